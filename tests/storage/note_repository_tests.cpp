#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <ostream>

#include "core/error.h"
#include "repository_test_fixture.h"

using namespace securebase;
using namespace std::chrono;
using securebase::test::RepositoryFixture;
namespace data = boost::unit_test::data;

namespace {

struct NoteFixture : RepositoryFixture {
    NoteFixture() {
        Session session;
        session.clientId = AddClient("SB-NOTE01", "Cass", "Ormerod");
        session.start = local_days{year{2026} / 11 / 2} + hours{16};
        sessionId = store->Sessions().Insert(session);
    }

    ProgressNote Draft(NoteFormat format) const {
        ProgressNote note;
        note.sessionId = sessionId;
        note.format = format;
        for (const auto& spec : FieldsOf(format))
            note.fields.push_back({std::string(spec.key), "about " + std::string(spec.label)});
        return note;
    }

    Id SignedNote() {
        const Id id = store->Notes().SaveProgressNote(Draft(NoteFormat::Soap));
        store->Notes().Sign(id, kSignature);
        return id;
    }

    static ErrorCode CodeOf(const std::function<void()>& action) {
        try {
            action();
        } catch (const Error& error) {
            return error.Code();
        }
        BOOST_FAIL("expected an error");
        return ErrorCode::Usage;
    }

    const Signature kSignature{"Dr Imogen Vasquez-Lark, DClinPsy", sys_days{year{2026} / 11 / 2}};
    Id sessionId = kNoId;
};

const NoteFormat kFormats[] = {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp,
                               NoteFormat::Free};

}  // namespace

namespace securebase {
// Names each data-driven case in the test log.
std::ostream& operator<<(std::ostream& out, NoteFormat format) { return out << ToString(format); }
}  // namespace securebase

BOOST_FIXTURE_TEST_SUITE(note_repository, NoteFixture)

BOOST_DATA_TEST_CASE_F(NoteFixture, a_note_in_each_format_reads_back_section_by_section,
                       data::make(kFormats), format) {
    const ProgressNote written = Draft(format);
    const Id id = store->Notes().SaveProgressNote(written);
    const auto read = store->Notes().FindProgressNote(sessionId);
    BOOST_REQUIRE(read.has_value());
    BOOST_TEST(read->id == id);
    BOOST_TEST(read->sessionId == sessionId);
    BOOST_TEST((read->format == format));
    BOOST_TEST(!read->IsSigned());
    BOOST_REQUIRE(read->fields.size() == written.fields.size());
    for (size_t i = 0; i < written.fields.size(); ++i) {
        BOOST_TEST(read->fields[i].key == written.fields[i].key);
        BOOST_TEST(read->fields[i].text == written.fields[i].text);
    }
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM note_fields") ==
               static_cast<std::int64_t>(written.fields.size()));
    BOOST_TEST(store->Notes().FindProgressNoteById(id)->sessionId == sessionId);
}

BOOST_AUTO_TEST_CASE(saving_an_unsigned_note_again_replaces_it_in_place) {
    const Id first = store->Notes().SaveProgressNote(Draft(NoteFormat::Soap));
    ProgressNote changed = Draft(NoteFormat::Dap);
    changed.fields[0].text = "rewritten";
    BOOST_TEST(store->Notes().SaveProgressNote(changed) == first);
    const auto read = store->Notes().FindProgressNote(sessionId);
    BOOST_TEST((read->format == NoteFormat::Dap));
    BOOST_TEST(*read->Field("data") == "rewritten");
    BOOST_TEST(read->Field("subjective") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_signed_note_keeps_its_signature) {
    const Id id = SignedNote();
    const auto read = store->Notes().FindProgressNoteById(id);
    BOOST_REQUIRE(read->IsSigned());
    BOOST_TEST(read->signature->signedBy == kSignature.signedBy);
    BOOST_TEST((read->signature->signedAt == kSignature.signedAt));
}

BOOST_AUTO_TEST_CASE(the_repository_refuses_to_change_or_resign_a_signed_note) {
    const Id id = SignedNote();
    BOOST_TEST((CodeOf([&] { store->Notes().SaveProgressNote(Draft(NoteFormat::Free)); }) ==
                ErrorCode::Refused));
    BOOST_TEST((CodeOf([&] { store->Notes().Sign(id, kSignature); }) == ErrorCode::Refused));
    BOOST_TEST((store->Notes().FindProgressNoteById(id)->format == NoteFormat::Soap));
}

BOOST_AUTO_TEST_CASE(signing_a_missing_note_is_not_found) {
    BOOST_TEST((CodeOf([&] { store->Notes().Sign(4040, kSignature); }) == ErrorCode::NotFound));
}

BOOST_DATA_TEST_CASE_F(NoteFixture, raw_sql_cannot_change_a_signed_note,
                       data::make({"UPDATE note_fields SET text = 'forged'",
                                   "DELETE FROM note_fields",
                                   "INSERT INTO note_fields VALUES (1, 9, 'extra', 'forged')",
                                   "UPDATE progress_notes SET format = 'free'",
                                   "UPDATE progress_notes SET signed_by = 'someone else'",
                                   "UPDATE progress_notes SET signed_at = NULL, signed_by = NULL",
                                   "DELETE FROM progress_notes"}),
                       sql) {
    SignedNote();
    const std::string before = *db.QueryText(
        "SELECT group_concat(key || '=' || text, ';') FROM note_fields ORDER BY position");
    BOOST_CHECK_THROW(db.Exec(sql), Error);
    BOOST_TEST(*db.QueryText("SELECT group_concat(key || '=' || text, ';') FROM note_fields "
                             "ORDER BY position") == before);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM progress_notes WHERE signed_at IS NOT NULL "
                            "AND format = 'soap' AND signed_by LIKE 'Dr Imogen%'") == 1);
}

BOOST_AUTO_TEST_CASE(raw_sql_can_still_change_an_unsigned_note) {
    store->Notes().SaveProgressNote(Draft(NoteFormat::Soap));
    db.Exec("UPDATE note_fields SET text = 'edited' WHERE key = 'plan'");
    BOOST_TEST(*store->Notes().FindProgressNote(sessionId)->Field("plan") == "edited");
}

BOOST_AUTO_TEST_CASE(addenda_follow_a_signed_note_and_never_change) {
    const Id unsigned_ = store->Notes().SaveProgressNote(Draft(NoteFormat::Dap));
    const Addendum addendum{kNoId, "Corrected the date of the referral letter.", kSignature};
    BOOST_TEST(
        (CodeOf([&] { store->Notes().AddAddendum(unsigned_, addendum); }) == ErrorCode::Refused));
    store->Notes().Sign(unsigned_, kSignature);
    const Id first = store->Notes().AddAddendum(unsigned_, addendum);
    const Id second =
        store->Notes().AddAddendum(unsigned_, {kNoId, "A second addition.", kSignature});
    const auto read = store->Notes().FindProgressNoteById(unsigned_);
    BOOST_REQUIRE(read->addenda.size() == 2u);
    BOOST_TEST(read->addenda[0].id == first);
    BOOST_TEST(read->addenda[0].text == addendum.text);
    BOOST_TEST(read->addenda[0].signature.signedBy == kSignature.signedBy);
    BOOST_TEST((read->addenda[0].signature.signedAt == kSignature.signedAt));
    BOOST_TEST(read->addenda[1].id == second);
    BOOST_CHECK_THROW(db.Exec("UPDATE addenda SET text = 'forged'"), Error);
    BOOST_CHECK_THROW(db.Exec("DELETE FROM addenda"), Error);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM addenda WHERE text <> 'forged'") == 2);
    BOOST_TEST(
        (CodeOf([&] { store->Notes().AddAddendum(9999, addendum); }) == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(process_notes_are_kept_apart_from_the_progress_note_and_unsearchable) {
    store->Notes().SaveProgressNote(Draft(NoteFormat::Soap));
    store->Notes().SaveProcessNote(sessionId, "countertransference: felt protective");
    store->Notes().SaveProcessNote(sessionId, "countertransference: felt impatient");
    const auto process = store->Notes().FindProcessNote(sessionId);
    BOOST_REQUIRE(process.has_value());
    BOOST_TEST(process->text == "countertransference: felt impatient");
    BOOST_TEST(process->sessionId == sessionId);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM process_notes") == 1);
    const auto progress = store->Notes().FindProgressNote(sessionId);
    BOOST_REQUIRE(progress.has_value());
    for (const auto& field : progress->fields)
        BOOST_TEST(field.text.find("countertransference") == std::string::npos);
    BOOST_TEST(store->Clients().Search("countertransference", 10).empty());
    BOOST_TEST(!store->Notes().FindProcessNote(sessionId + 1).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
