#include "service/demo_homework.h"

#include <algorithm>
#include <array>
#include <random>

#include "homework/field_type.h"
#include "service/homework.h"
#include "service/practice.h"

namespace securebase::service {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// Distinct from the other demo streams, so adding homework changes no demo client or form.
constexpr std::uint64_t kStream = 0x40e3'3a0c'd1a7'e5edULL;

constexpr std::array<const char*, 6> kTemplates{
    "trigger_log",       "mindfulness_log", "affirmations_practice",
    "gratitude_journal", "small_wins",      "reflective_journal"};

constexpr std::array<const char*, 12> kPhrases{
    "noticed the urge to check my phone again",  "a reply that took longer than I hoped",
    "asked for a hug instead of waiting",        "took three slow breaths before answering",
    "went for a walk and let the worry pass",    "said what I needed in a calm voice",
    "stayed in the room when it got tense",      "wrote the worry down and came back to it later",
    "a friend listened without fixing anything", "caught myself expecting to be left",
    "made tea and sat with the feeling",         "told my partner I felt unsure and it went well",
};

constexpr std::array<const char*, 5> kGoals{
    "Ask for support before things reach a crisis",
    "Stay present in conflict instead of withdrawing",
    "Notice and name anxious thoughts about being left",
    "Share one personal feeling with a close person each week",
    "Keep a steady routine that helps me settle",
};

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_rng(seed ^ kStream) {}

    size_t Pick(size_t n) { return static_cast<size_t>(m_rng() % n); }
    bool Chance(int percent) { return Pick(100) < static_cast<size_t>(percent); }
    std::string Phrase() { return kPhrases[Pick(kPhrases.size())]; }

private:
    std::mt19937_64 m_rng;
};

ScalarValue DemoScalar(const homework::FieldSpec& field, DemoRandom& random, std::int64_t mood) {
    using homework::FieldType;
    switch (field.type) {
        case FieldType::Rating:
            return std::clamp<std::int64_t>(mood + static_cast<std::int64_t>(random.Pick(3)) - 1,
                                            homework::kRatingMin, homework::kRatingMax);
        case FieldType::Number: {
            const auto span = static_cast<size_t>(std::max(1.0, field.maximum - field.minimum));
            return field.minimum + static_cast<double>(random.Pick(std::min<size_t>(span, 30) + 1));
        }
        case FieldType::YesNo:
            return random.Chance(60);
        case FieldType::TimeOfDay:
            return TimeOfDay{std::chrono::minutes{(7 + random.Pick(15)) * 60 + random.Pick(60)}};
        case FieldType::Choice:
            return field.options.at(random.Pick(field.options.size())).key;
        case FieldType::MultiChoice: {
            std::vector<std::string> keys{field.options.at(random.Pick(field.options.size())).key};
            const auto& second = field.options.at(random.Pick(field.options.size())).key;
            if (second != keys.front() && field.maxItems != 1) keys.push_back(second);
            return keys;
        }
        case FieldType::List: {
            const size_t count = std::max<size_t>(field.minItems, 1 + random.Pick(3));
            const size_t limited = field.maxItems ? std::min(count, field.maxItems) : count;
            std::vector<std::string> items;
            for (size_t i = 0; i < limited; ++i) items.push_back(random.Phrase());
            return items;
        }
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Steps:
            break;
    }
    return random.Phrase();
}

// Values for the required fields, the charted ones and about half of the rest.
EntryValues DemoValues(const homework::HomeworkTemplate& homeworkTemplate, DemoRandom& random,
                       std::int64_t mood) {
    EntryValues values;
    for (const auto& field : homeworkTemplate.fields) {
        if (!field.required && !field.trend && !random.Chance(50)) continue;
        if (field.type != homework::FieldType::Steps) {
            std::visit([&](auto&& v) { values[field.key] = std::move(v); },
                       DemoScalar(field, random, mood));
            continue;
        }
        StepRows rows(std::max<size_t>(field.minItems, 2));
        for (auto& row : rows)
            for (const auto& sub : field.stepFields)
                if (sub.required || sub.trend) row[sub.key] = DemoScalar(sub, random, mood);
        values[field.key] = std::move(rows);
    }
    return values;
}

Schedule DemoSchedule(DemoRandom& random, Date today) {
    using namespace std::chrono;
    Schedule schedule;
    schedule.start = Date{sys_days{today} - days{14 + static_cast<int>(random.Pick(43))}};
    switch (random.Pick(4)) {
        case 0:
            schedule.recurrence.kind = RecurrenceKind::Daily;
            break;
        case 1:
            schedule.recurrence.kind = RecurrenceKind::Weekdays;
            schedule.recurrence.weekdays = {Monday, Wednesday, Friday};
            break;
        case 2:
            schedule.recurrence.kind = RecurrenceKind::Weekly;
            schedule.recurrence.weeklyOn = weekday{static_cast<unsigned>(random.Pick(7))};
            break;
        default:
            schedule.recurrence.kind = RecurrenceKind::Once;
            schedule.due = Date{sys_days{schedule.start} + days{10}};
            break;
    }
    return schedule;
}

// The days the client wrote something: each day work was expected, with the assignment's own
// diligence, sometimes a day late.
std::vector<Date> DemoDays(const Schedule& schedule, Date last, int diligence, DemoRandom& random) {
    std::vector<Date> written;
    const auto onceDay = sys_days{schedule.start} + days{random.Pick(10)};
    for (auto day = sys_days{schedule.start}; day <= sys_days{last}; day += days{1}) {
        const std::chrono::weekday weekday{day};
        bool expected = true;
        switch (schedule.recurrence.kind) {
            case RecurrenceKind::Daily:
                break;
            case RecurrenceKind::Weekdays:
                expected = std::find(schedule.recurrence.weekdays.begin(),
                                     schedule.recurrence.weekdays.end(),
                                     weekday) != schedule.recurrence.weekdays.end();
                break;
            case RecurrenceKind::Weekly:
                expected = weekday == schedule.recurrence.weeklyOn;
                break;
            case RecurrenceKind::Once:
                expected = day == onceDay;
                break;
        }
        if (!expected || !random.Chance(diligence)) continue;
        const auto onDay = random.Chance(80) ? day : std::min(day + days{1}, sys_days{last});
        written.push_back(Date{onDay});
    }
    return written;
}

}  // namespace

DemoHomeworkSummary LoadDemoHomework(Practice& practice, Homework& homework,
                                     const DemoOptions& options) {
    constexpr std::array<int, 4> kDiligence{90, 70, 45, 20};
    DemoRandom random(options.seed);
    DemoHomeworkSummary summary;
    const Date today = std::min(sys_days{options.today}, sys_days{Today()});
    ClientListQuery query;
    query.status = ClientStatus::Active;
    query.limit = options.clients;
    for (const auto& client : practice.ListClients(query)) {
        const Goal goal = homework.AddGoal(client.id, kGoals[random.Pick(kGoals.size())]);
        homework.UpdateGoal(goal.id, GoalStatus::Active, static_cast<int>(random.Pick(8)) * 10);
        ++summary.goals;
        const size_t count = 1 + random.Pick(2);
        for (size_t i = 0; i < count; ++i) {
            AssignRequest request;
            request.clientId = client.id;
            request.templateId = kTemplates[random.Pick(kTemplates.size())];
            request.schedule = DemoSchedule(random, today);
            if (random.Chance(50)) request.goalId = goal.id;
            const Assignment assignment = homework.Assign(request);
            ++summary.assignments;
            const auto homeworkTemplate = homework.GetAssignment(assignment.id).homeworkTemplate;

            std::optional<Date> end;
            std::optional<Date> pause;
            if (random.Chance(20))
                end = Date{sys_days{request.schedule.start} + days{7 + random.Pick(7)}};
            else if (random.Chance(10))
                pause = Date{sys_days{today} - days{2}};
            const Date lastWritten = end ? *end : pause ? Date{sys_days{*pause} - days{1}} : today;
            const int diligence = kDiligence[random.Pick(kDiligence.size())];
            auto mood = static_cast<std::int64_t>(4 + random.Pick(4));
            for (const Date day : DemoDays(request.schedule, lastWritten, diligence, random)) {
                homework.AddEntry(assignment.id, day, DemoValues(homeworkTemplate, random, mood),
                                  random.Chance(30) ? random.Phrase() : "");
                mood = std::clamp<std::int64_t>(mood + (random.Chance(60) ? 0 : -1), 1, 10);
                ++summary.entries;
            }
            if (end) {
                homework.End(assignment.id, *end);
                ++summary.ended;
            } else if (pause) {
                homework.Pause(assignment.id, *pause);
                ++summary.paused;
            }
        }
    }
    return summary;
}

}  // namespace securebase::service
