#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>

#include "core/error.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::service;
using securebase::test::TempDir;

namespace {

const VaultOptions kFast{storage::kTestKdfIterations};
Secret Passphrase() { return Secret("quiet harbour lantern"); }

std::vector<std::string> NewestActions(VaultSession& session, size_t count) {
    std::vector<std::string> actions;
    for (const auto& entry : session.Records().AuditTrail(count))
        actions.push_back(std::string(ToString(entry.action)) + " " + entry.entity);
    return actions;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backup_audit)

BOOST_AUTO_TEST_CASE(a_backup_holds_the_audit_row_of_its_own_making) {
    TempDir dir;
    {
        auto session = VaultSession::Create(dir / "practice.sbv", Passphrase(), kFast);
        session->Backup(dir / "backup.sbv");
        BOOST_TEST(NewestActions(*session, 1) == std::vector<std::string>{"backup vault"},
                   boost::test_tools::per_element());
    }
    auto copy = VaultSession::Open(dir / "backup.sbv", Passphrase());
    // Opening the copy adds its own unlock row after the backup's.
    const auto actions = NewestActions(*copy, 2);
    BOOST_TEST(actions == (std::vector<std::string>{"unlock vault", "backup vault"}),
               boost::test_tools::per_element());
    BOOST_TEST(copy->Verify().ok);
}

BOOST_AUTO_TEST_CASE(a_failed_backup_is_followed_by_a_row_saying_the_copy_was_removed) {
    TempDir dir;
    std::ofstream(dir / "taken.sbv") << "something else";
    auto session = VaultSession::Create(dir / "practice.sbv", Passphrase(), kFast);
    BOOST_CHECK_THROW(session->Backup(dir / "taken.sbv"), Error);
    const auto actions = NewestActions(*session, 2);
    BOOST_TEST(actions == (std::vector<std::string>{"delete backup", "backup vault"}),
               boost::test_tools::per_element());
    BOOST_TEST(session->Verify().ok);
}

BOOST_AUTO_TEST_SUITE_END()
