#include "present/homework_text.h"

#include <array>
#include <cmath>

#include "homework/field_text.h"
#include "homework/iso_week.h"

namespace securebase::present {
namespace {

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

const char* DayName(std::chrono::weekday day) { return kDays[day.iso_encoding() - 1]; }

std::string Recurring(const Recurrence& recurrence) {
    switch (recurrence.kind) {
        case RecurrenceKind::Once:
            return "Once";
        case RecurrenceKind::Daily:
            return "Every day";
        case RecurrenceKind::Weekly:
            return std::string("Weekly (planned ") + DayName(recurrence.weeklyOn) + ")";
        case RecurrenceKind::Weekdays:
            break;
    }
    std::string days;
    // Monday first whatever order they were chosen in.
    for (unsigned iso = 1; iso <= 7; ++iso)
        for (const auto day : recurrence.weekdays)
            if (day.iso_encoding() == iso) {
                if (!days.empty()) days += ", ";
                days += DayName(day);
                break;
            }
    return days;
}

}  // namespace

std::string DayText(Date day) {
    return std::to_string(static_cast<unsigned>(day.day())) + " " +
           kMonths[static_cast<unsigned>(day.month()) - 1] + " " +
           std::to_string(static_cast<int>(day.year()));
}

std::string ScheduleText(const Schedule& schedule) {
    std::string text = Recurring(schedule.recurrence);
    if (schedule.recurrence.kind == RecurrenceKind::Once) {
        text += " from " + DayText(schedule.start);
        if (schedule.due) text += ", due " + DayText(*schedule.due);
        return text;
    }
    text += " from " + DayText(schedule.start);
    if (schedule.due) text += " to " + DayText(*schedule.due);
    return text;
}

std::string StatusText(const Assignment& assignment) {
    switch (assignment.Status()) {
        case AssignmentStatus::Ended:
            return "Ended " + DayText(*assignment.schedule.ended);
        case AssignmentStatus::Paused:
            for (const auto& pause : assignment.schedule.pauses)
                if (!pause.last) return "Paused since " + DayText(pause.first);
            return "Paused";
        case AssignmentStatus::Active:
            break;
    }
    return "Active";
}

std::string RatioText(size_t completed, size_t expected) {
    if (expected == 0) return "none due";
    const auto percent = static_cast<long>(
        std::lround(100.0 * static_cast<double>(completed) / static_cast<double>(expected)));
    return std::to_string(completed) + " of " + std::to_string(expected) + " (" +
           std::to_string(percent) + "%)";
}

std::string ThisWeekText(const homework::Adherence& adherence, Date asOf) {
    const homework::IsoWeek current = homework::IsoWeekOf(asOf);
    for (const auto& week : adherence.weeks)
        if (week.week == current) return RatioText(week.completed, week.expected);
    return RatioText(0, 0);
}

std::string StreakText(const homework::Adherence& adherence) {
    return std::to_string(adherence.currentStreak) + " (best " +
           std::to_string(adherence.longestStreak) + ")";
}

std::string EntrySummary(const homework::HomeworkTemplate& homeworkTemplate, const Entry& entry,
                         size_t maxChars) {
    std::string summary;
    for (const auto& field : homeworkTemplate.fields) {
        const auto value = entry.values.find(field.key);
        if (value == entry.values.end()) continue;
        if (!summary.empty()) summary += " \u00b7 ";
        summary += field.label + ": " + homework::FormatFieldValue(field, value->second);
        if (summary.size() > maxChars) break;
    }
    if (summary.empty()) summary = entry.freeText;
    for (auto& c : summary)
        if (c == '\n') c = ' ';
    if (summary.size() <= maxChars) return summary;
    size_t cut = maxChars;
    // Never cut a UTF-8 sequence in half.
    while (cut > 0 && (static_cast<unsigned char>(summary[cut]) & 0xC0) == 0x80) --cut;
    return summary.substr(0, cut) + "\u2026";
}

}  // namespace securebase::present
