// The group report and certificate against the vault they come from, and the privacy rule: a
// participant's own documents never show another participant or the group note.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "core/error.h"
#include "report/pdf_tools.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::service;
using securebase::test::TempDir;

namespace {

constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr const char* kGroupNote = "Tamsin Rookwell spoke about her brother Alaric at length";
constexpr const char* kOwnNote = "Practised naming the first body signal of a trigger.";
constexpr const char* kOtherNote = "Talked about the long drive home from Quillan Marsh.";

Date Day(const char* iso) { return *ParseDate(iso); }

assess::Answers CheckIn(int value) {
    assess::Answers answers;
    for (const char* item : {"safety", "trust", "reassurance", "withdrawal", "calming", "needs"})
        answers[item] = value;
    return answers;
}

std::string Text(const std::filesystem::path& file) { return test::PdfText(file); }

// Images drawn on the pages (soft masks aside): one logo per page in the running header.
int LogoImages(const std::filesystem::path& file) {
    std::istringstream lines(test::RunTool("pdfimages -list " + test::Quoted(file)));
    int images = 0;
    std::string page, number, type;
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        if (fields >> page >> number >> type && type == "image") ++images;
    }
    return images;
}

// Three participants with names nobody else has; Corvina leaves after the second of three
// meetings. Meeting 1: all present, check-ins 2, 5 and 8. Meeting 2: Tamsin late, Bexley
// excused, Corvina absent. Meeting 3: Tamsin present, Bexley unmarked.
struct GroupVault {
    GroupVault()
        : session(VaultSession::Create(dir / "practice.sbv", Secret("quiet harbour lantern"),
                                       VaultOptions{storage::kTestKdfIterations})) {
        auto settings = session->Records().Settings();
        settings.practiceName = "Larkspur Counselling";
        settings.practitionerName = "Ottilie Brandvold";
        session->Records().SaveSettings(settings);
        tamsin = Admit("Tamsin", "Rookwell");
        bexley = Admit("Bexley", "Oakenshaw");
        corvina = Admit("Corvina", "Feldspar");
        outsider = Admit("Perrin", "Vantablack");
        Group draft;
        draft.name = "Harbour lights circle";
        draft.kind = GroupKind::Support;
        draft.facilitators = {"Ottilie Brandvold"};
        draft.weekday = std::chrono::Thursday;
        draft.startsOn = Day("2026-09-03");
        draft.meetingCount = 8;
        draft.capacity = 6;
        groupId = session->Groups().Create(draft).id;
        for (Id client : {tamsin, bexley, corvina})
            session->Groups().Enrol(groupId, client, Day("2026-09-01"));
        auto& groups = session->Groups();
        const Id first = Meeting("2026-09-03");
        groups.RecordAttendance(first, {{tamsin, GroupAttendance::Present},
                                        {bexley, GroupAttendance::Present},
                                        {corvina, GroupAttendance::Present}});
        groups.RecordCheckins(first, kCheckIn,
                              {{tamsin, CheckIn(2)}, {bexley, CheckIn(5)}, {corvina, CheckIn(8)}});
        groups.SaveParticipantNote(first, tamsin, kOwnNote);
        groups.SaveParticipantNote(first, bexley, kOtherNote);
        const Id second = Meeting("2026-09-10");
        groups.RecordAttendance(second, {{tamsin, GroupAttendance::Late},
                                         {bexley, GroupAttendance::Excused},
                                         {corvina, GroupAttendance::Absent}});
        groups.Leave(groupId, corvina, Day("2026-09-12"), "moved away");
        const Id third = Meeting("2026-09-17");
        groups.RecordAttendance(third, {{tamsin, GroupAttendance::Present}});
    }

    Id Admit(const char* given, const char* family) {
        Client client;
        client.name = {given, family, ""};
        client.status = ClientStatus::Active;
        client.admittedOn = Day("2026-08-01");
        return session->Records().AdmitClient(client).id;
    }

    Id Meeting(const char* date) {
        GroupMeeting meeting;
        meeting.groupId = groupId;
        meeting.heldOn = Day(date);
        meeting.topic = "Sharing round";
        meeting.groupNote = kGroupNote;
        return session->Groups().AddMeeting(meeting).id;
    }

    std::string CodeOf(Id client) { return session->Records().GetClient(client).code; }

    std::string NewestAudit() {
        const auto entry = session->Records().AuditTrail(1).front();
        return std::string(ToString(entry.action)) + " " + entry.entity + " " +
               std::to_string(entry.entityId);
    }

    TempDir dir;
    std::unique_ptr<VaultSession> session;
    Id tamsin = kNoId, bexley = kNoId, corvina = kNoId, outsider = kNoId;
    Id groupId = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_reports, GroupVault)

BOOST_AUTO_TEST_CASE(the_collected_report_matches_the_vault) {
    const auto data = session->GroupReporting().Collect({groupId, "Settled well."});
    // Collecting reads; the export is recorded only once a file is written.
    BOOST_TEST(NewestAudit().find("export") == std::string::npos, NewestAudit());
    BOOST_TEST(data.practiceName == "Larkspur Counselling");
    BOOST_TEST(data.groupName == "Harbour lights circle");
    BOOST_TEST(data.kind == "support group");
    BOOST_REQUIRE_EQUAL(data.meetings.size(), 3u);
    BOOST_TEST(data.meetings[1].attended == 1);
    BOOST_REQUIRE_EQUAL(data.participants.size(), 3u);
    const auto rates = session->Groups().AttendanceRates(groupId);
    for (size_t i = 0; i < rates.size(); ++i) {
        BOOST_TEST(data.participants[i].code == rates[i].code);
        BOOST_TEST(data.participants[i].meetings == rates[i].meetings);
        BOOST_TEST(data.participants[i].attended == rates[i].attended);
        BOOST_TEST((data.participants[i].rate == rates[i].rate));
    }
    BOOST_TEST(data.participants[0].marks == (std::vector<std::string>{"P", "L", "P"}),
               boost::test_tools::per_element());
    BOOST_TEST(data.participants[1].marks == (std::vector<std::string>{"P", "E", "-"}),
               boost::test_tools::per_element());
    BOOST_TEST(data.participants[2].marks == (std::vector<std::string>{"P", "A", ""}),
               boost::test_tools::per_element());
    BOOST_TEST(data.participants[2].meetings == 2);
    BOOST_TEST(*data.participants[0].rate == 1.0);
    BOOST_REQUIRE(data.checkins.has_value());
    BOOST_REQUIRE_EQUAL(data.checkins->rows.size(), 1u);
    const auto& cell = data.checkins->rows[0].cells[0];
    BOOST_TEST(data.checkins->rows[0].participants == 3);
    BOOST_TEST(cell.mean == 5.0);
    BOOST_TEST(cell.minimum == 2.0);
    BOOST_TEST(cell.maximum == 8.0);
    BOOST_TEST(data.checkins->charts.size() == data.checkins->subscales.size());
    BOOST_TEST(data.homework.rows.empty());
    BOOST_TEST(data.summary == "Settled well.");
}

BOOST_AUTO_TEST_CASE(homework_adherence_counts_the_assignments_made_at_the_groups_meetings) {
    MeetingHomeworkRequest request;
    request.meetingId = session->Groups().Show(groupId).meetings.front().id;
    request.templateId = "trigger_log";
    request.schedule.start = Day("2026-09-03");
    request.schedule.due = Day("2026-09-06");
    request.schedule.recurrence.kind = RecurrenceKind::Daily;
    const auto made = session->GroupAssignments().AssignToPresent(request);
    BOOST_REQUIRE_EQUAL(made.size(), 3u);
    const std::string entry =
        R"({"time": "21:15", "situation": "a late reply", "trigger": "waiting",
            "emotions": ["anxious"], "intensity_before": 8, "intensity_after": 4})";
    for (const char* day : {"2026-09-03", "2026-09-04", "2026-09-05"}) {
        session->Homework().AddEntryJson(made[0].id, Day(day), entry, "");
    }
    session->Homework().AddEntryJson(made[1].id, Day("2026-09-03"), entry, "");
    const auto homework = session->GroupReporting().Collect({groupId, ""}).homework;
    BOOST_TEST(homework.participantsAssigned == 3);
    BOOST_TEST(homework.entries == 4);
    BOOST_REQUIRE_EQUAL(homework.rows.size(), 3u);
    std::map<std::string, std::optional<double>> byCode;
    for (const auto& row : homework.rows) byCode[row.code] = row.adherence;
    const auto first = session->Homework().GetAssignment(made[0].id).assignment.clientId;
    const auto second = session->Homework().GetAssignment(made[1].id).assignment.clientId;
    BOOST_TEST(*byCode[CodeOf(first)] == 0.75);
    BOOST_TEST(*byCode[CodeOf(second)] == 0.25);
    BOOST_TEST(*homework.meanAdherence == (0.75 + 0.25 + 0.0) / 3,
               boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(the_group_report_names_participants_by_code_and_leaves_out_notes) {
    const auto file = dir / "group.pdf";
    BOOST_TEST(session->GroupReporting().WriteReport({groupId, ""}, file) >= 2);
    const auto text = Text(file);
    for (Id client : {tamsin, bexley, corvina})
        BOOST_TEST(text.find(CodeOf(client)) != std::string::npos);
    for (const char* secret : {"Tamsin", "Rookwell", "Bexley", "Oakenshaw", "Corvina", "Feldspar",
                               "Alaric", "Quillan Marsh", "body signal"}) {
        BOOST_TEST(text.find(secret) == std::string::npos, secret);
    }
    BOOST_TEST(text.find("Harbour lights circle") != std::string::npos);
    BOOST_TEST(LogoImages(file) == test::PdfPages(file));  // the practice's default logo
}

BOOST_AUTO_TEST_CASE(an_unknown_group_or_an_existing_file_writes_nothing) {
    const auto file = dir / "none.pdf";
    try {
        session->GroupReporting().WriteReport({groupId + 100, ""}, file);
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
        BOOST_TEST(std::string(error.what()).find(std::to_string(groupId + 100)) !=
                   std::string::npos);
    }
    BOOST_TEST(!std::filesystem::exists(file));
    std::ofstream(dir / "taken.pdf") << "keep me";
    BOOST_CHECK_THROW(session->GroupReporting().WriteReport({groupId, ""}, dir / "taken.pdf"),
                      Error);
    BOOST_CHECK_THROW(
        session->GroupReporting().WriteCertificate(groupId, tamsin, false, dir / "taken.pdf"),
        Error);
    BOOST_TEST(test::FileBytes(dir / "taken.pdf") == "keep me");
    // A folder that is not there: nothing written, and no export recorded.
    const auto nowhere = dir / "missing" / "report.pdf";
    BOOST_CHECK_THROW(session->GroupReporting().WriteReport({groupId, ""}, nowhere), Error);
    BOOST_CHECK_THROW(session->GroupReporting().WriteCertificate(groupId, tamsin, false, nowhere),
                      Error);
    BOOST_TEST(!std::filesystem::exists(nowhere));
    BOOST_TEST(NewestAudit().find("export") == std::string::npos, NewestAudit());
}

BOOST_AUTO_TEST_CASE(a_written_report_is_private_to_its_owner) {
    const auto file = dir / "private.pdf";
    session->GroupReporting().WriteReport({groupId, ""}, file);
    const auto permissions = std::filesystem::status(file).permissions();
    BOOST_TEST(((permissions & std::filesystem::perms::group_all) == std::filesystem::perms::none));
    BOOST_TEST(
        ((permissions & std::filesystem::perms::others_all) == std::filesystem::perms::none));
    BOOST_TEST(NewestAudit() == "export group " + std::to_string(groupId));
}

BOOST_AUTO_TEST_CASE(a_certificate_counts_the_meetings_held_while_enrolled) {
    const auto file = dir / "corvina.pdf";
    BOOST_TEST(session->GroupReporting().WriteCertificate(groupId, corvina, false, file) == 1);
    const auto text = Text(file);
    BOOST_TEST(text.find("Corvina Feldspar attended 1 of the 2 meetings") != std::string::npos,
               text);
    BOOST_TEST(text.find("2026-09-01 to 2026-09-12") != std::string::npos);
    BOOST_TEST(text.find("2026-09-03") != std::string::npos);
    BOOST_TEST(text.find("2026-09-10") == std::string::npos);
    BOOST_TEST(text.find("attendance only") != std::string::npos);
    for (const char* other : {"Tamsin", "Bexley", "Alaric"})
        BOOST_TEST(text.find(other) == std::string::npos, other);
    BOOST_TEST(NewestAudit() == "export client " + std::to_string(corvina));
    BOOST_TEST(LogoImages(file) == 1);
}

BOOST_AUTO_TEST_CASE(a_code_only_certificate_leaves_the_name_out) {
    const auto file = dir / "tamsin.pdf";
    session->GroupReporting().WriteCertificate(groupId, tamsin, true, file);
    const auto text = Text(file);
    BOOST_TEST(text.find(CodeOf(tamsin) + " attended 3 of the 3 meetings") != std::string::npos,
               text);
    BOOST_TEST(text.find("Tamsin") == std::string::npos);
    BOOST_TEST(text.find("Rookwell") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_certificate_for_someone_never_enrolled_is_refused) {
    const auto file = dir / "perrin.pdf";
    try {
        session->GroupReporting().WriteCertificate(groupId, outsider, false, file);
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
        BOOST_TEST(std::string(error.what()).find("Perrin") == std::string::npos);
    }
    BOOST_TEST(!std::filesystem::exists(file));
}

// Issue 6's privacy rule: one participant's own report shows their own note, never another
// participant's name or note, nor the group note.
BOOST_AUTO_TEST_CASE(a_participants_progress_report_shows_no_other_participant_or_group_note) {
    ProgressRequest request;
    request.client = CodeOf(tamsin);
    request.from = Day("2026-08-01");
    request.to = Day("2026-12-31");
    const auto file = dir / "tamsin-progress.pdf";
    session->Reporting().Write(request, file);
    const auto text = Text(file);
    BOOST_TEST(text.find("Tamsin Rookwell") != std::string::npos);
    BOOST_TEST(text.find("Attended") != std::string::npos);
    for (const char* other : {"Bexley", "Oakenshaw", "Corvina", "Feldspar", "Alaric",
                              "Quillan Marsh", "spoke about her brother"}) {
        BOOST_TEST(text.find(other) == std::string::npos, other);
    }
    for (Id client : {bexley, corvina}) BOOST_TEST(text.find(CodeOf(client)) == std::string::npos);
    // The chart as the practice opens it: her own note, nothing of the others'.
    const auto chart = session->Records().OpenChart(tamsin);
    bool ownNote = false;
    for (const auto& entry : chart.sessions) {
        if (!entry.note) continue;
        for (const auto& field : entry.note->fields) {
            ownNote = ownNote || field.text.find("first body signal") != std::string::npos;
            BOOST_TEST(field.text.find("Quillan") == std::string::npos);
            BOOST_TEST(field.text.find("Alaric") == std::string::npos);
        }
    }
    BOOST_TEST(ownNote);
}

BOOST_AUTO_TEST_SUITE_END()
