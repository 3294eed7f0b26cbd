#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>

#include "homework/problem.h"
#include "homework/template_editor.h"
#include "homework/template_json.h"
#include "homework_fixture.h"
#include "service/demo_homework.h"
#include "service/demo_practice.h"
#include "service/vault_session.h"
#include "storage/vault.h"

using namespace securebase;
using securebase::test::HasCode;
using securebase::test::HomeworkFixture;
namespace bdata = boost::unit_test::data;

namespace {

void Write(const std::filesystem::path& file, const std::string& text) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

bool Invalid(const Error& error) { return HasCode(error, ErrorCode::Invalid); }
bool Refused(const Error& error) { return HasCode(error, ErrorCode::Refused); }
bool NotFound(const Error& error) { return HasCode(error, ErrorCode::NotFound); }

// Runs the adherence of one case under a time zone, so a change of the machine's zone (and its
// daylight saving days) is shown to leave calendar-day counting alone.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (m_old.empty())
            unsetenv("TZ");
        else
            setenv("TZ", m_old.c_str(), 1);
        tzset();
    }

private:
    std::string m_old;
};

struct AdherenceCase {
    const char* name;
    const char* zone;
    RecurrenceKind kind;
    std::vector<std::chrono::weekday> days;  // Weekdays: the chosen days; Weekly: the planned one
    const char* start;
    const char* asOf;
    std::vector<const char*> written;  // entered in this order, back-dated to these days
    size_t expected;
    size_t completed;
    size_t pending;
    size_t currentStreak;
};

std::ostream& operator<<(std::ostream& out, const AdherenceCase& c) { return out << c.name; }

using namespace std::chrono;

const AdherenceCase kAdherence[] = {
    {"daily across the end of January",
     "Europe/Berlin",
     RecurrenceKind::Daily,
     {},
     "2026-01-29",
     "2026-02-02",
     {"2026-02-01", "2026-01-29", "2026-01-31"},
     5,
     3,
     1,
     2},
    {"daily across a leap day",
     "America/New_York",
     RecurrenceKind::Daily,
     {},
     "2028-02-27",
     "2028-03-01",
     {"2028-02-27", "2028-02-28", "2028-02-29"},
     4,
     3,
     1,
     3},
    {"daily across the Berlin spring change",
     "Europe/Berlin",
     RecurrenceKind::Daily,
     {},
     "2026-03-28",
     "2026-03-31",
     {"2026-03-29", "2026-03-28", "2026-03-30"},
     4,
     3,
     1,
     3},
    {"daily across the New York autumn change",
     "America/New_York",
     RecurrenceKind::Daily,
     {},
     "2026-10-31",
     "2026-11-03",
     {"2026-11-01", "2026-11-02"},
     4,
     2,
     1,
     2},
    {"weekdays across the New York spring change",
     "America/New_York",
     RecurrenceKind::Weekdays,
     {Monday, Wednesday, Friday},
     "2026-03-02",
     "2026-03-14",
     {"2026-03-02", "2026-03-06", "2026-03-09", "2026-03-11"},
     6,
     4,
     0,
     0},
    {"weekdays across the end of April",
     "Europe/Berlin",
     RecurrenceKind::Weekdays,
     {Tuesday, Thursday},
     "2026-04-27",
     "2026-05-08",
     {"2026-04-28", "2026-04-30", "2026-05-05", "2026-05-07"},
     4,
     4,
     0,
     4},
    {"weekly across the Berlin autumn change",
     "Europe/Berlin",
     RecurrenceKind::Weekly,
     {Sunday},
     "2026-10-19",
     "2026-11-08",
     {"2026-11-06", "2026-10-21"},
     3,
     2,
     0,
     1},
    {"weekly across the end of the year",
     "America/New_York",
     RecurrenceKind::Weekly,
     {Friday},
     "2026-12-21",
     "2027-01-10",
     {"2026-12-30", "2027-01-05"},
     3,
     2,
     0,
     2},
    {"weekly with this week still open",
     "Europe/Berlin",
     RecurrenceKind::Weekly,
     {Wednesday},
     "2026-11-30",
     "2026-12-09",
     {"2026-12-02"},
     2,
     1,
     1,
     1},
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(homework_service, HomeworkFixture)

BOOST_AUTO_TEST_CASE(every_shipped_template_is_offered_and_a_bad_clinic_file_is_named_apart) {
    Write(clinicFolder / "broken.json", R"({"id": "broken", "version": 1, "titel": "x"})");
    auto copy = homework::TemplateEditor::CopyOf(homework.GetTemplate("gratitude_journal"),
                                                 "clinic_gratitude");
    Write(clinicFolder / "clinic_gratitude.json", homework::ToJson(copy.Result()));
    const service::HomeworkCatalog catalog = homework.Templates();
    BOOST_TEST(catalog.templates.size() == 12u);
    BOOST_TEST(catalog.Find("trigger_log"));
    BOOST_TEST(catalog.Find("clinic_gratitude"));
    BOOST_REQUIRE(catalog.failures.size() == 1u);
    const std::string message = catalog.failures[0].Message();
    BOOST_TEST(message.find("broken.json") != std::string::npos);
    BOOST_TEST(message.find("titel") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_template_is_not_found_and_nothing_is_assigned) {
    const auto auditRows = Count("audit_log");
    BOOST_CHECK_EXCEPTION(Assign(RecurrenceKind::Daily, "2026-12-01", "no_such_template"), Error,
                          NotFound);
    BOOST_TEST(Count("homework_assignments") == 0);
    BOOST_TEST(Count("audit_log") == auditRows);
}

BOOST_AUTO_TEST_CASE(a_one_off_without_a_due_day_is_invalid) {
    service::AssignRequest request;
    request.clientId = clientId;
    request.templateId = "small_wins";
    request.schedule.start = Day("2026-12-01");
    request.schedule.recurrence.kind = RecurrenceKind::Once;
    BOOST_CHECK_EXCEPTION(homework.Assign(request), Error, Invalid);
    BOOST_TEST(Count("homework_assignments") == 0);
}

BOOST_AUTO_TEST_CASE(an_assignment_keeps_the_template_as_it_read_when_assigned) {
    auto copy = homework::TemplateEditor::CopyOf(homework.GetTemplate("trigger_log"), "our_log");
    copy.SetTitle("Our trigger log");
    homework.SaveClinicTemplate(copy.Result());
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01", "our_log");
    copy.SetTitle("Our trigger log, reworded");
    Write(clinicFolder / "our_log.json", homework::ToJson(copy.Result()));
    BOOST_TEST(homework.GetTemplate("our_log").title == "Our trigger log, reworded");
    BOOST_TEST(homework.GetAssignment(id).homeworkTemplate.title == "Our trigger log");
}

BOOST_AUTO_TEST_CASE(saving_a_clinic_template_writes_a_file_that_loads_and_refuses_a_taken_id) {
    auto copy = homework::TemplateEditor::CopyOf(homework.GetTemplate("small_wins"), "wins_ours");
    const auto file = homework.SaveClinicTemplate(copy.Result());
    BOOST_TEST(file == clinicFolder / "wins_ours.json");
    BOOST_TEST(homework.GetTemplate("wins_ours").basedOn == "small_wins");
    BOOST_CHECK_EXCEPTION(homework.SaveClinicTemplate(copy.Result()), Error, Refused);
    auto shadow =
        homework::TemplateEditor::CopyOf(homework.GetTemplate("small_wins"), "small_wins");
    BOOST_CHECK_EXCEPTION(homework.SaveClinicTemplate(shadow.Result()), Error, Refused);
}

BOOST_AUTO_TEST_CASE(a_valid_entry_is_stored_and_audited_by_id_only) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    auto values = TriggerEntry(6);
    values["situation"] = std::string("Quendrith-marker at the bus stop");
    const Entry entry = homework.AddEntry(id, Day("2026-12-10"), values, "Quendrith-marker too");
    BOOST_TEST(Count("homework_entries") == 1);
    const AuditEntry last = LastAudit();
    BOOST_TEST(last.entity == "homework_entry");
    BOOST_TEST(last.entityId == entry.id);
    BOOST_TEST((last.action == AuditAction::Create));
    BOOST_TEST(AuditTableText().find("Quendrith") == std::string::npos);
    const auto stored = homework.Entries(id);
    BOOST_REQUIRE(stored.size() == 1u);
    BOOST_TEST((stored[0].values == values));
    BOOST_TEST(stored[0].freeText == "Quendrith-marker too");
}

BOOST_AUTO_TEST_CASE(a_rating_of_eleven_or_an_unknown_field_is_refused_and_nothing_stored) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    const auto auditRows = Count("audit_log");
    auto eleven = TriggerEntry(11);
    auto unknown = TriggerEntry(5);
    unknown["mood_colour"] = std::string("blue");
    for (const auto& values : {eleven, unknown}) {
        try {
            homework.AddEntry(id, Day("2026-12-10"), values, "");
            BOOST_FAIL("the entry was accepted");
        } catch (const homework::ProblemsError& error) {
            BOOST_TEST((error.Code() == ErrorCode::Invalid));
            BOOST_REQUIRE(error.Problems().size() == 1u);
            const auto& path = error.Problems()[0].path;
            BOOST_TEST((path == "intensity_before" || path == "mood_colour"));
        }
    }
    BOOST_TEST(Count("homework_entries") == 0);
    BOOST_TEST(Count("audit_log") == auditRows);
}

BOOST_AUTO_TEST_CASE(an_entry_in_the_future_or_before_the_start_is_invalid) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    BOOST_CHECK_EXCEPTION(homework.AddEntry(id, Day("2026-12-16"), TriggerEntry(3), ""), Error,
                          Invalid);
    BOOST_CHECK_EXCEPTION(homework.AddEntry(id, Day("2026-11-30"), TriggerEntry(3), ""), Error,
                          Invalid);
    BOOST_TEST(Count("homework_entries") == 0);
}

BOOST_AUTO_TEST_CASE(an_entry_for_an_ended_assignment_is_refused_and_nothing_stored) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    homework.AddEntry(id, Day("2026-12-02"), TriggerEntry(4), "");
    homework.End(id, Day("2026-12-05"));
    const auto auditRows = Count("audit_log");
    BOOST_CHECK_EXCEPTION(homework.AddEntry(id, Day("2026-12-04"), TriggerEntry(4), ""), Error,
                          Refused);
    BOOST_CHECK_EXCEPTION(homework.Pause(id, Day("2026-12-06")), Error, Refused);
    BOOST_TEST(Count("homework_entries") == 1);
    BOOST_TEST(Count("audit_log") == auditRows);
}

BOOST_AUTO_TEST_CASE(entries_given_as_json_are_read_with_the_frozen_template) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    const Entry entry = homework.AddEntryJson(
        id, Day("2026-12-03"),
        R"({"time": "21:15", "situation": "a late reply", "trigger": "waiting",
            "emotions": ["anxious", "lonely"], "intensity_before": 8, "intensity_after": 4})",
        "");
    BOOST_TEST((entry.values.at("time") == FieldValue{TimeOfDay{hours{21} + minutes{15}}}));
    BOOST_CHECK_EXCEPTION(
        homework.AddEntryJson(id, Day("2026-12-03"), R"({"intensity_before": "high"})", ""), Error,
        Invalid);
    BOOST_TEST(Count("homework_entries") == 1);
}

BOOST_DATA_TEST_CASE_F(HomeworkFixture, adherence_counts_calendar_days_whatever_the_time_zone,
                       bdata::make(kAdherence), c) {
    const ScopedTimeZone zone(c.zone);
    today = Day(c.asOf);
    service::AssignRequest request;
    request.clientId = clientId;
    request.templateId = "trigger_log";
    request.schedule.start = Day(c.start);
    request.schedule.recurrence.kind = c.kind;
    if (c.kind == RecurrenceKind::Weekdays) request.schedule.recurrence.weekdays = c.days;
    if (c.kind == RecurrenceKind::Weekly) request.schedule.recurrence.weeklyOn = c.days.at(0);
    const Id id = homework.Assign(request).id;
    for (const char* day : c.written) homework.AddEntry(id, Day(day), TriggerEntry(5), "");
    const homework::Adherence adherence = homework.Adherence(id, Day(c.asOf));
    BOOST_TEST(adherence.expected == c.expected);
    BOOST_TEST(adherence.completed == c.completed);
    BOOST_TEST(adherence.pending == c.pending);
    BOOST_TEST(adherence.currentStreak == c.currentStreak);
    BOOST_TEST(homework.GetAssignment(id).adherence.completed == c.completed);
}

BOOST_AUTO_TEST_CASE(paused_days_expect_nothing_and_resuming_counts_again) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    homework.Pause(id, Day("2026-12-04"));
    BOOST_TEST((homework.GetAssignment(id).assignment.Status() == AssignmentStatus::Paused));
    BOOST_CHECK_EXCEPTION(homework.Pause(id, Day("2026-12-05")), Error, Refused);
    const Assignment resumed = homework.Resume(id, Day("2026-12-08"));
    BOOST_TEST((resumed.Status() == AssignmentStatus::Active));
    BOOST_REQUIRE(resumed.schedule.pauses.size() == 1u);
    BOOST_TEST(FormatDate(*resumed.schedule.pauses[0].last) == "2026-12-07");
    // 1-3 and 8-10 are expected: six days, the four paused days not among them.
    BOOST_TEST(homework.Adherence(id, Day("2026-12-10")).expected == 6u);
    BOOST_CHECK_EXCEPTION(homework.Resume(id, Day("2026-12-09")), Error, Refused);
}

BOOST_AUTO_TEST_CASE(ending_while_paused_closes_the_pause_and_the_assignment_for_good) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    homework.Pause(id, Day("2026-12-04"));
    const Assignment ended = homework.End(id, Day("2026-12-06"));
    BOOST_TEST((ended.Status() == AssignmentStatus::Ended));
    BOOST_TEST(FormatDate(*ended.schedule.pauses.at(0).last) == "2026-12-06");
    BOOST_TEST(*db.QueryText("SELECT status FROM homework_assignments") == "ended");
    BOOST_CHECK_EXCEPTION(homework.End(id, Day("2026-12-07")), Error, Refused);
}

BOOST_AUTO_TEST_CASE(reassigning_ends_the_old_assignment_the_day_before_the_new_one_starts) {
    const Id old = Assign(RecurrenceKind::Daily, "2026-12-01");
    Schedule weekly;
    weekly.start = Day("2026-12-14");
    weekly.recurrence.kind = RecurrenceKind::Weekly;
    weekly.recurrence.weeklyOn = Thursday;
    const Assignment next = homework.Reassign(old, weekly);
    BOOST_TEST(next.id != old);
    BOOST_TEST(next.templateId == "trigger_log");
    BOOST_TEST(FormatDate(*homework.GetAssignment(old).assignment.schedule.ended) == "2026-12-13");
    BOOST_TEST((homework.GetAssignment(next.id).assignment.schedule.recurrence.kind ==
                RecurrenceKind::Weekly));
    BOOST_TEST(homework.Assignments(clientId).size() == 2u);
}

BOOST_AUTO_TEST_CASE(what_came_back_since_the_last_review_is_listed_until_marked_reviewed) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    Assign(RecurrenceKind::Daily, "2026-12-01", "gratitude_journal");
    homework.AddEntry(id, Day("2026-12-02"), TriggerEntry(7), "");
    homework.AddEntry(id, Day("2026-12-03"), TriggerEntry(5), "");
    auto review = homework.SinceLastReview(clientId);
    BOOST_REQUIRE(review.size() == 1u);
    BOOST_TEST(review[0].summary.assignment.id == id);
    BOOST_TEST(review[0].unreviewed.size() == 2u);

    Session session;
    session.clientId = clientId;
    session.start = *ParseLocalDateTime("2026-12-15 10:00");
    const Id sessionId = practice->AddSession(session).id;
    BOOST_TEST(homework.MarkReviewed(id, sessionId) == 2u);
    BOOST_TEST(homework.SinceLastReview(clientId).empty());
    BOOST_CHECK_EXCEPTION(homework.MarkReviewed(id, 4242), Error, NotFound);
}

BOOST_AUTO_TEST_CASE(trends_chart_the_numeric_fields_of_the_entries) {
    const Id id = Assign(RecurrenceKind::Daily, "2026-12-01");
    homework.AddEntry(id, Day("2026-12-03"), TriggerEntry(4), "");
    homework.AddEntry(id, Day("2026-12-02"), TriggerEntry(8), "");
    const auto trends = homework.Trends(id);
    BOOST_REQUIRE(!trends.empty());
    BOOST_TEST(trends[0].path == "intensity_before");
    BOOST_REQUIRE(trends[0].points.size() == 2u);
    BOOST_TEST(trends[0].points[0].value == 8.0);
    BOOST_TEST(trends[0].points[1].value == 4.0);
}

BOOST_AUTO_TEST_CASE(goals_are_added_updated_and_linked_to_the_client_own_assignments) {
    const Goal goal = homework.AddGoal(clientId, "  Ask a friend for help once a week ");
    BOOST_TEST(goal.title == "Ask a friend for help once a week");
    const Goal updated = homework.UpdateGoal(goal.id, GoalStatus::Active, 30);
    BOOST_TEST(updated.progress == 30);
    BOOST_CHECK_EXCEPTION(homework.UpdateGoal(goal.id, GoalStatus::Active, 101), Error, Invalid);
    BOOST_CHECK_EXCEPTION(homework.AddGoal(clientId, "   "), Error, Invalid);
    BOOST_TEST(homework.Goals(clientId).at(0).progress == 30);

    service::AssignRequest request;
    request.clientId = clientId;
    request.templateId = "personal_goals_plan";
    request.schedule.start = Day("2026-12-01");
    request.goalId = goal.id;
    BOOST_TEST(*homework.Assign(request).goalId == goal.id);
    Client other = Draft();
    other.name.given = "Tobiah";
    const Id otherClient = practice->AdmitClient(other).id;
    request.clientId = otherClient;
    BOOST_CHECK_EXCEPTION(homework.Assign(request), Error, NotFound);
    BOOST_TEST(Count("homework_assignments") == 1);
}

BOOST_AUTO_TEST_CASE(homework_entries_never_reach_the_vault_file_in_plain_text) {
    const std::string marker = "Yselwynmarker";
    test::TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto session = service::VaultSession::Create(path, Secret("correct horse battery"),
                                                     {storage::kTestKdfIterations});
        Client client;
        client.name = {"Ambrel", "Tovey", ""};
        const Id clientId = session->Records().AdmitClient(client).id;
        service::AssignRequest request;
        request.clientId = clientId;
        request.templateId = "gratitude_journal";
        request.schedule.start = Today();
        request.instructions = marker + " instructions";
        const Id id = session->Homework().Assign(request).id;
        const auto fields = session->Homework().GetTemplate("gratitude_journal").fields;
        EntryValues values;
        for (const auto& field : fields)
            if (field.type == homework::FieldType::List)
                values[field.key] = std::vector<std::string>{marker, marker, marker};
            else if (field.required)
                values[field.key] = marker;
        session->Homework().AddEntry(id, Today(), values, marker);
        session->Homework().AddGoal(clientId, marker + " goal");
        BOOST_TEST(session->Homework().Entries(id).size() == 1u);
    }
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_REQUIRE(bytes.size() > 4096u);
    BOOST_TEST(bytes.find(marker) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// A practice loaded from the demo generator, then given its demo homework.
struct DemoHomework : test::PracticeFixture {
    explicit DemoHomework(std::uint64_t seed)
        : homeworkStore(db), homework(*store, homeworkStore, service::HomeworkFolders()) {
        service::DemoOptions options;
        options.clients = 10;
        options.seed = seed;
        service::LoadDemoPractice(*practice, options);
        summary = service::LoadDemoHomework(*practice, homework, options);
    }

    std::string Stored() {
        return *db.QueryText(
            "SELECT group_concat(a.template_id || a.recurrence || a.start_on || a.status || "
            "e.written_on || e.values_json || e.free_text, '|') FROM homework_entries e "
            "JOIN homework_assignments a ON a.id = e.assignment_id");
    }

    storage::SqlcipherHomeworkStore homeworkStore;
    service::Homework homework;
    service::DemoHomeworkSummary summary;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(demo_homework)

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_homework_and_another_seed_other_homework) {
    DemoHomework first(11);
    DemoHomework again(11);
    DemoHomework other(12);
    BOOST_TEST(first.summary.entries > 0u);
    BOOST_TEST(first.summary.entries == again.summary.entries);
    BOOST_TEST(first.summary.assignments == again.summary.assignments);
    BOOST_TEST(first.Stored() == again.Stored());
    BOOST_TEST(first.Stored() != other.Stored());
}

BOOST_AUTO_TEST_CASE(demo_adherence_varies_between_assignments_because_entries_have_gaps) {
    DemoHomework demo(11);
    BOOST_TEST(demo.summary.goals > 0u);
    std::set<long> rates;
    size_t withGaps = 0;
    for (const auto& client : demo.practice->ListClients({ClientStatus::Active, 0, 100}))
        for (const auto& summary : demo.homework.Assignments(client.id)) {
            const homework::Adherence& adherence = summary.adherence;
            if (const auto rate = adherence.Rate()) rates.insert(std::lround(*rate * 10));
            if (adherence.completed + adherence.pending < adherence.expected) ++withGaps;
        }
    BOOST_TEST(rates.size() >= 3u);
    BOOST_TEST(withGaps > 0u);
}

BOOST_AUTO_TEST_SUITE_END()
