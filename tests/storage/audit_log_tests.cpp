#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "repository_test_fixture.h"
#include "storage/audit_log.h"

using namespace securebase;
using securebase::test::RepositoryFixture;

namespace {

struct AuditFixture : RepositoryFixture {
    AuditFixture() {
        for (Id entityId = 1; entityId <= 5; ++entityId)
            store->Audit().Append(
                {kNoId, {}, "Dr Vasquez-Lark", AuditAction::Read, "client", entityId});
    }

    // What an attacker with raw access to the tables could do: drop the guards first.
    void DropGuards() {
        db.Exec(
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
            "DROP TRIGGER audit_head_no_delete; DROP TRIGGER audit_head_only_forward");
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(audit_log, AuditFixture)

BOOST_AUTO_TEST_CASE(appended_rows_read_back_newest_first_with_ids_and_times) {
    store->Audit().Append({kNoId, {}, "system", AuditAction::Backup, "vault", kNoId});
    const auto recent = store->Audit().Recent(3, 0);
    BOOST_REQUIRE(recent.size() == 3u);
    BOOST_TEST(recent[0].id == 6);
    BOOST_TEST((recent[0].action == AuditAction::Backup));
    BOOST_TEST(recent[0].entity == "vault");
    BOOST_TEST(recent[0].actor == "system");
    BOOST_TEST((recent[0].at != Timestamp{}));
    BOOST_TEST(recent[1].entityId == 5);
    BOOST_TEST(recent[2].entityId == 4);
    BOOST_TEST(store->Audit().Recent(10, 4).size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_untouched_chain_verifies) {
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(verdict.intact);
    BOOST_TEST(verdict.rowsChecked == 5u);
    BOOST_TEST(!verdict.firstBadRow.has_value());
    BOOST_TEST(verdict.problem.empty());
}

BOOST_AUTO_TEST_CASE(the_vault_refuses_to_update_or_delete_audit_rows) {
    BOOST_CHECK_THROW(db.Exec("UPDATE audit_log SET entity_id = 99 WHERE id = 2"), Error);
    BOOST_CHECK_THROW(db.Exec("DELETE FROM audit_log WHERE id = 2"), Error);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM audit_log") == 5);
    BOOST_TEST(store->Audit().Verify().intact);
}

BOOST_AUTO_TEST_CASE(a_removed_row_is_detected_at_the_row_after_it) {
    DropGuards();
    db.Exec("DELETE FROM audit_log WHERE id = 3");
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 4);
    BOOST_TEST(!verdict.problem.empty());
}

BOOST_AUTO_TEST_CASE(rows_cut_off_the_end_are_detected) {
    DropGuards();
    db.Exec("DELETE FROM audit_log WHERE id >= 4");
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 4);
}

BOOST_AUTO_TEST_CASE(a_seal_moved_back_to_an_earlier_row_is_detected) {
    DropGuards();
    db.Exec("DELETE FROM audit_log WHERE id = 5");
    db.Exec("UPDATE audit_head SET last_id = 4");
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 4);
}

BOOST_AUTO_TEST_CASE(a_removed_seal_is_detected) {
    DropGuards();
    db.Exec("DELETE FROM audit_head");
    BOOST_TEST(!store->Audit().Verify().intact);
}

BOOST_AUTO_TEST_CASE(the_seal_cannot_be_deleted_or_moved_back_through_sql) {
    BOOST_CHECK_THROW(db.Exec("DELETE FROM audit_head"), Error);
    BOOST_CHECK_THROW(db.Exec("UPDATE audit_head SET last_id = 2"), Error);
    BOOST_TEST(store->Audit().Verify().intact);
}

BOOST_AUTO_TEST_CASE(an_altered_row_is_detected_at_that_row) {
    DropGuards();
    db.Exec("UPDATE audit_log SET entity_id = 42 WHERE id = 2");
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 2);
}

BOOST_AUTO_TEST_CASE(an_inserted_row_is_detected_at_that_row) {
    DropGuards();
    // Make room between rows 2 and 3, then forge a row there with a plausible chain value.
    db.Exec("UPDATE audit_log SET id = id + 10 WHERE id >= 3");
    db.Exec(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, chain) "
        "SELECT 3, at, actor, action, entity, 9, chain FROM audit_log WHERE id = 2");
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 3);
}

BOOST_AUTO_TEST_CASE(a_row_appended_without_the_key_is_detected) {
    storage::ChainedAuditLog impostor(db, std::vector<unsigned char>(32, 0x01));
    impostor.Append({kNoId, {}, "intruder", AuditAction::Delete, "client", 1});
    const auto verdict = store->Audit().Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 6);
}

BOOST_AUTO_TEST_CASE(the_chain_does_not_verify_under_another_key) {
    storage::ChainedAuditLog other(db, std::vector<unsigned char>(32, 0x01));
    const auto verdict = other.Verify();
    BOOST_TEST(!verdict.intact);
    BOOST_TEST(verdict.firstBadRow.value_or(0) == 1);
}

BOOST_AUTO_TEST_CASE(a_short_key_is_refused) {
    BOOST_CHECK_THROW(storage::ChainedAuditLog(db, std::vector<unsigned char>(4, 0x01)), Error);
}

BOOST_AUTO_TEST_SUITE_END()
