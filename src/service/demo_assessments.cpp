#include "service/demo_assessments.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "service/assessments.h"
#include "service/practice.h"

namespace securebase::service {
namespace {

using namespace std::chrono;

constexpr const char* kInventory = "relationship_patterns_inventory";
constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr size_t kMaxCheckIns = 8;
// Distinct from the practice generator's stream, so adding assessments changes no demo client.
constexpr std::uint64_t kStream = 0x5ec0'ba5e'a55e'55edULL;

// How a client's attachment scores move over the course of therapy.
enum class Course { Improving, Steady, AnxietyOnly };

struct Point {
    double anxiety;
    double avoidance;
    double disorganization;
};

class DemoAnswers {
public:
    explicit DemoAnswers(std::uint64_t seed) : m_rng(seed ^ kStream) {}

    double Between(double low, double high) {
        return low + (high - low) * static_cast<double>(m_rng() % 1001) / 1000.0;
    }

    // Items answered around the subscale's target mean, so the mean lands near it.
    assess::Answers Inventory(const assess::Instrument& instrument, const Point& target) {
        assess::Answers answers;
        for (const auto& subscale : instrument.subscales) {
            const double mean = subscale.id == "anxiety"     ? target.anxiety
                                : subscale.id == "avoidance" ? target.avoidance
                                                             : target.disorganization;
            for (const auto& itemId : subscale.items) {
                const auto* item = instrument.FindItem(itemId);
                const auto& scale = instrument.ScaleOf(*item);
                const int jitter = static_cast<int>(m_rng() % 3) - 1;
                const int value = std::clamp(static_cast<int>(std::lround(mean)) + jitter,
                                             scale.Lowest(), scale.Highest());
                answers[itemId] = instrument.IsReversedIn(*item, subscale)
                                      ? scale.Lowest() + scale.Highest() - value
                                      : value;
            }
        }
        return answers;
    }

    // 0–10 ratings that follow the inventory: safer and calmer as anxiety falls.
    assess::Answers CheckIn(const Point& now) {
        const auto rating = [&](double value) {
            return std::clamp(
                static_cast<int>(std::lround(value)) + static_cast<int>(m_rng() % 3) - 1, 0, 10);
        };
        const double security = 10.0 - (now.anxiety + now.avoidance - 2.0) * 10.0 / 12.0;
        return {{"safety", rating(security)},
                {"trust", rating(security - 0.5)},
                {"reassurance", rating(now.anxiety * 10.0 / 7.0)},
                {"withdrawal", rating(now.avoidance * 10.0 / 7.0)},
                {"calming", rating(security - 1.0)},
                {"needs", rating(security - 0.5)}};
    }

    size_t Pick(size_t n) { return static_cast<size_t>(m_rng() % n); }

private:
    std::mt19937_64 m_rng;
};

Point Along(const Point& from, const Point& to, double share) {
    return {from.anxiety + (to.anxiety - from.anxiety) * share,
            from.avoidance + (to.avoidance - from.avoidance) * share,
            from.disorganization + (to.disorganization - from.disorganization) * share};
}

Point Goal(Course course, const Point& start, DemoAnswers& random) {
    switch (course) {
        case Course::Improving:
            return {start.anxiety - random.Between(2.0, 3.0),
                    start.avoidance - random.Between(1.5, 2.5),
                    start.disorganization - random.Between(1.0, 2.0)};
        case Course::AnxietyOnly:
            return {start.anxiety - random.Between(2.0, 2.5), start.avoidance,
                    start.disorganization - random.Between(0.0, 0.5)};
        case Course::Steady:
            break;
    }
    return start;
}

Timestamp AfterSession(LocalDateTime start) {
    // The form is filled in at the end of the session: a plausible, reproducible moment.
    return Timestamp{start.time_since_epoch()} + minutes{45};
}

void SetDemoNorms(Assessments& assessments, const assess::Instrument& inventory) {
    for (const auto& subscale : inventory.subscales)
        assessments.SetNorms({inventory.id, subscale.id, 1.0, 0.8, kDemoNormsSource});
}

void CountVerdicts(const AdministrationReport& last, DemoAssessmentSummary& summary) {
    bool improved = false;
    bool changed = false;
    for (const auto& change : last.sinceBaseline) {
        if (change.subscale == "disorganization" || !change.change || !change.change->verdict)
            continue;
        const auto verdict = *change.change->verdict;
        improved = improved || verdict == assess::ChangeVerdict::Improved;
        changed = changed || verdict != assess::ChangeVerdict::NoReliableChange;
    }
    if (improved) ++summary.reliablyImproved;
    if (!changed) ++summary.noReliableChange;
}

}  // namespace

DemoAssessmentSummary LoadDemoAssessments(Practice& practice, Assessments& assessments,
                                          const DemoOptions& options) {
    const assess::Instrument inventory = assessments.GetInstrument(kInventory);
    SetDemoNorms(assessments, inventory);
    DemoAnswers random(options.seed);
    DemoPracticeGenerator generator(options);
    DemoAssessmentSummary summary;
    size_t inCare = 0;
    while (auto demo = generator.Next()) {
        std::vector<LocalDateTime> attended;
        for (const auto& visit : demo->visits)
            if (visit.session.attendance == Attendance::Attended)
                attended.push_back(visit.session.start);
        if (attended.size() < 2) continue;
        // The first three clients in care show each course, so even a small demo has them all.
        const size_t which = inCare < 3 ? inCare : random.Pick(3);
        ++inCare;
        const Course course = static_cast<Course>(which);
        const Id clientId = practice.FindClient(demo->client.code).id;
        const Point start{random.Between(4.5, 6.5), random.Between(3.0, 6.0),
                          random.Between(3.0, 5.5)};
        const Point goal = Goal(course, start, random);

        const size_t repeats = std::min<size_t>(2 + random.Pick(4), attended.size() - 1);
        const size_t last = attended.size() - 1;
        std::optional<AdministrationReport> latest;
        for (size_t k = 0; k <= repeats; ++k) {
            const size_t visit = k * last / repeats;
            const double share = static_cast<double>(visit) / static_cast<double>(last);
            latest = assessments.Record(clientId, inventory.id,
                                        random.Inventory(inventory, Along(start, goal, share)),
                                        AdministrationMode::Client, AfterSession(attended[visit]));
            ++summary.administrations;
        }
        CountVerdicts(*latest, summary);
        const size_t firstCheckIn =
            attended.size() > kMaxCheckIns ? attended.size() - kMaxCheckIns : 0;
        for (size_t visit = firstCheckIn; visit < attended.size(); ++visit) {
            const double share = static_cast<double>(visit) / static_cast<double>(last);
            assessments.Record(clientId, kCheckIn, random.CheckIn(Along(start, goal, share)),
                               AdministrationMode::Client,
                               AfterSession(attended[visit]) + minutes{5});
            ++summary.administrations;
        }
    }
    return summary;
}

}  // namespace securebase::service
