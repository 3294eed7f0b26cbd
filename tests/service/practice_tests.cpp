#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <ostream>
#include <set>

#include "core/error.h"
#include "practice_fixture.h"

using namespace securebase;
using namespace securebase::service;
using namespace std::chrono;
using securebase::test::PracticeFixture;
namespace data = boost::unit_test::data;

namespace {

ErrorCode CodeOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.Code();
    }
    BOOST_FAIL("expected an error");
    return ErrorCode::Usage;
}

std::string MessageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.what();
    }
    BOOST_FAIL("expected an error");
    return {};
}

struct ChartFixture : PracticeFixture {
    ChartFixture() {
        NamePractitioner();
        Client draft = Draft();
        draft.status = ClientStatus::Active;
        client = practice->AdmitClient(draft);
        Session booked;
        booked.clientId = client.id;
        booked.start = local_days{year{2026} / 11 / 3} + hours{9};
        session = practice->AddSession(booked);
    }

    ProgressNote WrittenNote(NoteFormat format = NoteFormat::Soap) {
        ProgressNote note;
        note.sessionId = session.id;
        note.format = format;
        for (const auto& spec : FieldsOf(format))
            note.fields.push_back({std::string(spec.key), "Discussed the rowing club"});
        return practice->SaveNote(note);
    }

    Client client;
    Session session;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(practice, PracticeFixture)

BOOST_AUTO_TEST_CASE(a_new_client_code_is_sb_and_six_unambiguous_characters) {
    std::set<std::string> codes;
    for (int i = 0; i < 200; ++i) {
        const std::string code = NewClientCode();
        BOOST_TEST_REQUIRE(code.size() == 9u);
        BOOST_TEST(code.substr(0, 3) == "SB-");
        BOOST_TEST(code.substr(3).find_first_not_of("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") ==
                   std::string::npos);
        codes.insert(code);
    }
    BOOST_TEST(codes.size() == 200u);
}

BOOST_AUTO_TEST_CASE(admitting_a_client_gives_a_code_a_waitlist_date_and_one_audit_row) {
    const Client admitted = practice->AdmitClient(Draft());
    BOOST_TEST(admitted.id != kNoId);
    BOOST_TEST(admitted.code.substr(0, 3) == "SB-");
    BOOST_TEST((admitted.status == ClientStatus::Waitlist));
    BOOST_TEST((admitted.waitlistedOn == Today()));
    BOOST_TEST(Count("clients") == 1);
    BOOST_TEST(Count("audit_log") == 1);
    const AuditEntry row = LastAudit();
    BOOST_TEST((row.action == AuditAction::Create));
    BOOST_TEST(row.entity == "client");
    BOOST_TEST(row.entityId == admitted.id);
    BOOST_TEST(row.actor == "practitioner");
}

BOOST_AUTO_TEST_CASE(an_invalid_admission_writes_no_client_and_no_audit_row) {
    Client draft = Draft();
    draft.contact.email = "not an email";
    draft.dateOfBirth = Date{sys_days{Today()} + days{1}};
    try {
        practice->AdmitClient(draft);
        BOOST_FAIL("expected a ValidationError");
    } catch (const ValidationError& error) {
        BOOST_TEST(error.Problems().size() == 2u);
        BOOST_TEST(std::string(error.what()).find("not an email") == std::string::npos);
    }
    BOOST_TEST(Count("clients") == 0);
    BOOST_TEST(Count("client_tags") == 0);
    BOOST_TEST(Count("audit_log") == 0);
}

BOOST_AUTO_TEST_CASE(a_code_already_in_use_is_refused_and_nothing_is_written) {
    Client first = Draft();
    first.code = "SB-TAKEN2";
    practice->AdmitClient(first);
    BOOST_CHECK_THROW(practice->AdmitClient(first), ValidationError);
    BOOST_TEST(Count("clients") == 1);
    BOOST_TEST(Count("audit_log") == 1);
}

BOOST_AUTO_TEST_CASE(reading_a_client_is_audited_and_a_missing_one_is_not_found) {
    const Client admitted = practice->AdmitClient(Draft());
    BOOST_TEST(practice->GetClient(admitted.id).name.family == "Quillfeather");
    BOOST_TEST((LastAudit().action == AuditAction::Read));
    BOOST_TEST(LastAudit().entityId == admitted.id);
    BOOST_TEST((CodeOf([&] { practice->GetClient(admitted.id + 100); }) == ErrorCode::NotFound));
    BOOST_TEST(Count("audit_log") == 2);
}

BOOST_AUTO_TEST_CASE(a_client_is_found_by_id_or_by_code_in_any_case) {
    const Client admitted = practice->AdmitClient(Draft());
    BOOST_TEST(practice->FindClient(std::to_string(admitted.id)).id == admitted.id);
    BOOST_TEST(practice->FindClient(admitted.code).id == admitted.id);
    std::string lower = admitted.code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    BOOST_TEST(practice->FindClient(" " + lower + " ").id == admitted.id);
    BOOST_TEST((CodeOf([&] { practice->FindClient("SB-ZZZZZZ"); }) == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(an_update_is_audited_and_the_code_cannot_change) {
    Client client = practice->AdmitClient(Draft());
    client.pronouns = "she/her";
    practice->UpdateClient(client);
    BOOST_TEST((LastAudit().action == AuditAction::Update));
    BOOST_TEST(store->Clients().Find(client.id)->pronouns == "she/her");
    client.code = "SB-OTHER2";
    BOOST_TEST((CodeOf([&] { practice->UpdateClient(client); }) == ErrorCode::Invalid));
    BOOST_TEST(store->Clients().Find(client.id)->code != "SB-OTHER2");
}

BOOST_AUTO_TEST_CASE(discharge_then_activate_moves_status_and_dates) {
    Client draft = Draft();
    draft.status = ClientStatus::Active;
    draft.admittedOn = Date{year{2026}, month{1}, day{10}};
    const Client client = practice->AdmitClient(draft);
    practice->Discharge(client.id, Date{year{2026}, month{6}, day{1}}, "moved away");
    auto stored = store->Clients().Find(client.id);
    BOOST_TEST((stored->status == ClientStatus::Discharged));
    BOOST_TEST(stored->dischargeReason == "moved away");
    BOOST_TEST(
        (CodeOf([&] { practice->Discharge(client.id, Today(), ""); }) == ErrorCode::Refused));
    Session session;
    session.clientId = client.id;
    session.start = local_days{year{2026} / 7 / 1} + hours{9};
    BOOST_TEST((CodeOf([&] { practice->AddSession(session); }) == ErrorCode::Refused));
    practice->Activate(client.id, Date{year{2026}, month{7}, day{1}});
    stored = store->Clients().Find(client.id);
    BOOST_TEST((stored->status == ClientStatus::Active));
    BOOST_TEST(!stored->dischargedOn.has_value());
    BOOST_TEST(practice->AddSession(session).id != kNoId);
}

BOOST_AUTO_TEST_CASE(a_discharge_before_admission_is_invalid_and_changes_nothing) {
    Client draft = Draft();
    draft.status = ClientStatus::Active;
    draft.admittedOn = Date{year{2026}, month{5}, day{10}};
    const Client client = practice->AdmitClient(draft);
    const auto before = Count("audit_log");
    BOOST_CHECK_THROW(practice->Discharge(client.id, Date{year{2026}, month{1}, day{1}}, ""),
                      ValidationError);
    BOOST_TEST((store->Clients().Find(client.id)->status == ClientStatus::Active));
    BOOST_TEST(Count("audit_log") == before);
}

BOOST_AUTO_TEST_CASE(settings_save_is_audited_and_invalid_settings_are_not_saved) {
    NamePractitioner();
    BOOST_TEST((LastAudit().action == AuditAction::Update));
    BOOST_TEST(LastAudit().entity == "settings");
    BOOST_TEST(practice->Settings().practitionerName == "Dr Aurelio Stanwick");
    PracticeSettings bad = practice->Settings();
    bad.idleLockMinutes = -3;
    BOOST_CHECK_THROW(practice->SaveSettings(bad), ValidationError);
    BOOST_TEST(practice->Settings().idleLockMinutes == PracticeSettings{}.idleLockMinutes);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(practice_notes, ChartFixture)

BOOST_AUTO_TEST_CASE(a_session_with_a_bad_duration_writes_nothing) {
    const auto sessions = Count("sessions");
    const auto audits = Count("audit_log");
    Session bad = session;
    bad.id = kNoId;
    bad.duration = minutes{0};
    BOOST_CHECK_THROW(practice->AddSession(bad), ValidationError);
    BOOST_TEST(Count("sessions") == sessions);
    BOOST_TEST(Count("audit_log") == audits);
}

BOOST_AUTO_TEST_CASE(a_session_for_an_unknown_client_is_not_found) {
    Session stray = session;
    stray.clientId = 999;
    BOOST_TEST((CodeOf([&] { practice->AddSession(stray); }) == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(a_saved_note_has_every_section_of_its_format_in_order) {
    ProgressNote note;
    note.sessionId = session.id;
    note.format = NoteFormat::Birp;
    note.fields = {{"plan", "next week"}, {"behavior", "calm"}};
    const ProgressNote saved = practice->SaveNote(note);
    BOOST_REQUIRE(saved.fields.size() == 4u);
    BOOST_TEST(saved.fields[0].key == "behavior");
    BOOST_TEST(saved.fields[0].text == "calm");
    BOOST_TEST(saved.fields[1].text.empty());
    BOOST_TEST(saved.fields[3].text == "next week");
    BOOST_TEST((LastAudit().action == AuditAction::Create));
    BOOST_TEST(LastAudit().entity == "note");
    practice->SaveNote(saved);
    BOOST_TEST((LastAudit().action == AuditAction::Update));
}

BOOST_AUTO_TEST_CASE(signing_uses_the_practitioners_signature_line_and_is_audited) {
    const ProgressNote note = WrittenNote();
    const ProgressNote signedNote = practice->SignNote(note.id);
    BOOST_REQUIRE(signedNote.IsSigned());
    BOOST_TEST(signedNote.signature->signedBy == "Dr Aurelio Stanwick, MBACP");
    BOOST_TEST((LastAudit().action == AuditAction::Sign));
    BOOST_TEST(LastAudit().entityId == note.id);
}

BOOST_AUTO_TEST_CASE(signing_twice_or_editing_after_signing_is_refused_with_a_clear_message) {
    const ProgressNote note = WrittenNote();
    practice->SignNote(note.id);
    BOOST_TEST(MessageOf([&] { practice->SignNote(note.id); }) ==
               "this note is already signed; add an addendum instead");
    BOOST_TEST((CodeOf([&] { practice->SignNote(note.id); }) == ErrorCode::Refused));
    BOOST_TEST((CodeOf([&] { practice->SaveNote(note); }) == ErrorCode::Refused));
}

BOOST_AUTO_TEST_CASE(an_empty_note_cannot_be_signed) {
    ProgressNote empty;
    empty.sessionId = session.id;
    empty.format = NoteFormat::Dap;
    empty.fields = {{"data", "   "}};
    const ProgressNote saved = practice->SaveNote(empty);
    BOOST_TEST((CodeOf([&] { practice->SignNote(saved.id); }) == ErrorCode::Refused));
    BOOST_TEST(!store->Notes().FindProgressNoteById(saved.id)->IsSigned());
}

BOOST_AUTO_TEST_CASE(without_a_practitioner_name_signing_is_refused_and_nothing_changes) {
    const ProgressNote note = WrittenNote();
    PracticeSettings settings = practice->Settings();
    settings.practitionerName.clear();
    practice->SaveSettings(settings);
    const auto audits = Count("audit_log");
    const std::string message = MessageOf([&] { practice->SignNote(note.id); });
    BOOST_TEST(message.find("practitioner") != std::string::npos);
    BOOST_TEST(!store->Notes().FindProgressNoteById(note.id)->IsSigned());
    BOOST_TEST(Count("audit_log") == audits);
}

BOOST_AUTO_TEST_CASE(addenda_need_a_signed_note_and_are_signed_and_audited) {
    const ProgressNote note = WrittenNote(NoteFormat::Free);
    BOOST_TEST(
        (CodeOf([&] { practice->AddAddendum(note.id, "late detail"); }) == ErrorCode::Refused));
    BOOST_TEST((CodeOf([&] { practice->AddAddendum(note.id, "  "); }) == ErrorCode::Invalid));
    practice->SignNote(note.id);
    const Addendum addendum = practice->AddAddendum(note.id, "Session ran ten minutes over.");
    BOOST_TEST(addendum.id != kNoId);
    BOOST_TEST(addendum.signature.signedBy == "Dr Aurelio Stanwick, MBACP");
    BOOST_TEST((LastAudit().action == AuditAction::Create));
    BOOST_TEST(LastAudit().entity == "addendum");
    BOOST_TEST(practice->GetNote(note.id).addenda.size() == 1u);
}

BOOST_AUTO_TEST_CASE(process_notes_are_stored_apart_and_reading_them_is_audited) {
    WrittenNote();
    practice->SaveProcessNote(session.id, "I noticed my own impatience");
    BOOST_TEST(LastAudit().entity == "process-note");
    const auto process = practice->ProcessNoteOf(session.id);
    BOOST_REQUIRE(process.has_value());
    BOOST_TEST(process->text == "I noticed my own impatience");
    BOOST_TEST((LastAudit().action == AuditAction::Read));
    const auto progress = practice->NoteOf(session.id);
    BOOST_REQUIRE(progress.has_value());
    for (const auto& field : progress->fields)
        BOOST_TEST(field.text.find("impatience") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_audit_table_holds_ids_and_verbs_but_no_client_text) {
    const ProgressNote note = WrittenNote();
    practice->SignNote(note.id);
    practice->AddAddendum(note.id, "Mentioned the lighthouse trip");
    practice->SaveProcessNote(session.id, "Felt the weight of the marigold story");
    practice->GetClient(client.id);
    practice->NoteOf(session.id);
    practice->ProcessNoteOf(session.id);
    Client changed = practice->GetClient(client.id);
    changed.presentingConcerns = "Panic on ferries";
    practice->UpdateClient(changed);
    practice->Discharge(client.id, Today(), "completed the work on trains");
    const std::string audit = AuditTableText();
    BOOST_TEST(!audit.empty());
    for (const char* secret : {"Philippa", "Quillfeather", "Pip", "pip@example", "Panic", "rowing",
                               "lighthouse", "marigold", "trains", "ferries", client.code.c_str()})
        BOOST_TEST(audit.find(secret) == std::string::npos, "audit log contains " << secret);
    BOOST_TEST(practice->VerifyAuditTrail().intact);
}

BOOST_AUTO_TEST_CASE(search_finds_clients_by_name_and_note_text) {
    WrittenNote();
    BOOST_TEST(practice->Search("quill").size() == 1u);
    BOOST_TEST(practice->Search("rowing").size() == 1u);
    BOOST_TEST(practice->Search("\"AND OR NEAR(").empty());
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

struct UseCase {
    const char* name;
    std::function<void(ChartFixture&)> run;
    AuditAction action;
    const char* entity;
};
std::ostream& operator<<(std::ostream& out, const UseCase& useCase) { return out << useCase.name; }

const UseCase kUseCases[] = {
    {"admit", [](ChartFixture& f) { f.practice->AdmitClient(ChartFixture::Draft()); },
     AuditAction::Create, "client"},
    {"read client", [](ChartFixture& f) { f.practice->GetClient(f.client.id); }, AuditAction::Read,
     "client"},
    {"update client",
     [](ChartFixture& f) { f.practice->UpdateClient(*f.store->Clients().Find(f.client.id)); },
     AuditAction::Update, "client"},
    {"discharge", [](ChartFixture& f) { f.practice->Discharge(f.client.id, Today(), ""); },
     AuditAction::Update, "client"},
    {"add session",
     [](ChartFixture& f) {
         Session another = f.session;
         another.id = kNoId;
         f.practice->AddSession(another);
     },
     AuditAction::Create, "session"},
    {"update session", [](ChartFixture& f) { f.practice->UpdateSession(f.session); },
     AuditAction::Update, "session"},
    {"read session", [](ChartFixture& f) { f.practice->GetSession(f.session.id); },
     AuditAction::Read, "session"},
    {"write note", [](ChartFixture& f) { f.WrittenNote(); }, AuditAction::Create, "note"},
    {"read note", [](ChartFixture& f) { f.practice->GetNote(f.WrittenNote().id); },
     AuditAction::Read, "note"},
    {"sign note", [](ChartFixture& f) { f.practice->SignNote(f.WrittenNote().id); },
     AuditAction::Sign, "note"},
    {"write process note", [](ChartFixture& f) { f.practice->SaveProcessNote(f.session.id, "x"); },
     AuditAction::Create, "process-note"},
    {"record export",
     [](ChartFixture& f) { f.practice->RecordAudit(AuditAction::Export, "client", f.client.id); },
     AuditAction::Export, "client"},
};

}  // namespace

BOOST_DATA_TEST_CASE_F(ChartFixture, every_use_case_leaves_its_audit_row, data::make(kUseCases),
                       useCase) {
    const auto before = Count("audit_log");
    useCase.run(*this);
    BOOST_TEST(Count("audit_log") > before);
    const AuditEntry row = LastAudit();
    BOOST_TEST((row.action == useCase.action));
    BOOST_TEST(row.entity == useCase.entity);
    BOOST_TEST(row.entityId != kNoId);
    BOOST_TEST(row.actor == "Dr Aurelio Stanwick");
}
