#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"

using namespace securebase;
using namespace securebase::storage;

BOOST_AUTO_TEST_SUITE(statement)

BOOST_AUTO_TEST_CASE(binds_by_index_and_name_and_reads_back_typed_values) {
    auto db = Database::InMemory();
    db.Exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, n TEXT)");
    db.Prepare("INSERT INTO t VALUES(?1, :real, :text, :none)")
        .Bind(1, std::int64_t{42})
        .Bind(":real", 2.5)
        .Bind(":text", std::string("Zoë"))
        .Bind(":none", std::optional<std::string>{})
        .Run();
    auto row = db.Prepare("SELECT i, r, s, n FROM t");
    BOOST_REQUIRE(row.Step());
    BOOST_TEST(row.Int(0) == 42);
    BOOST_TEST(row.Real(1) == 2.5);
    BOOST_TEST(row.Text(2) == "Zoë");
    BOOST_TEST(!row.OptionalText(3).has_value());
    BOOST_TEST(!row.Step());
}

BOOST_AUTO_TEST_CASE(an_uncommitted_transaction_rolls_back) {
    auto db = Database::InMemory();
    db.Exec("CREATE TABLE t(x)");
    {
        Transaction transaction(db);
        db.Exec("INSERT INTO t VALUES(1)");
    }
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM t") == 0);
    {
        Transaction transaction(db);
        db.Exec("INSERT INTO t VALUES(1)");
        transaction.Commit();
    }
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM t") == 1);
}

BOOST_AUTO_TEST_CASE(errors_carry_sqlite_message_and_a_code) {
    auto db = Database::InMemory();
    try {
        db.Prepare("SELECT * FROM missing_table");
        BOOST_FAIL("expected an error");
    } catch (const Error& error) {
        BOOST_TEST(std::string(error.what()).find("missing_table") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_pragma_answers_nothing) {
    auto db = Database::InMemory();
    BOOST_TEST(!db.QueryText("PRAGMA no_such_pragma").has_value());
}

BOOST_AUTO_TEST_CASE(cached_statements_are_reset_between_uses) {
    auto db = Database::InMemory();
    db.Exec("CREATE TABLE t(x); INSERT INTO t VALUES(1),(2),(3)");
    for (int round = 0; round < 3; ++round) {
        auto& count = db.Cached("SELECT count(*) FROM t WHERE x >= ?1");
        count.Bind(1, 2);
        BOOST_REQUIRE(count.Step());
        BOOST_TEST(count.Int(0) == 2);
    }
}

BOOST_AUTO_TEST_CASE(migrations_bring_a_new_database_to_the_current_version_and_refuse_newer) {
    auto db = Database::InMemory();
    Migrate(db);
    BOOST_TEST(*db.QueryInt("PRAGMA user_version") == CurrentSchemaVersion());
    Migrate(db);  // idempotent
    db.Exec("PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1));
    try {
        Migrate(db);
        BOOST_FAIL("a newer vault must be refused");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::TooNew));
    }
}

BOOST_AUTO_TEST_SUITE_END()
