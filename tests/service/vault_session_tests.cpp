#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "core/error.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::service;
using securebase::test::TempDir;

namespace {

const VaultOptions kFast{storage::kTestKdfIterations};

std::vector<std::string> ActionsOldestFirst(VaultSession& session) {
    std::vector<std::string> actions;
    const auto trail = session.Records().AuditTrail(100);
    for (auto it = trail.rbegin(); it != trail.rend(); ++it)
        actions.push_back(ToString(it->action));
    return actions;
}

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_old)
            setenv(m_name, m_old->c_str(), 1);
        else
            unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

Client Invented() {
    Client client;
    client.name = {"Leontyne", "Abernethy-Kroll", ""};
    return client;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_session)

BOOST_AUTO_TEST_CASE(create_lock_and_unlock_are_each_audited_and_records_persist) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    Id id = kNoId;
    {
        auto session = VaultSession::Create(path, Secret("correct horse battery"), kFast);
        id = session->Records().AdmitClient(Invented()).id;
        BOOST_TEST(session->Path() == path);
    }
    auto session = VaultSession::Open(path, Secret("correct horse battery"));
    BOOST_TEST(session->Records().GetClient(id).name.family == "Abernethy-Kroll");
    const auto actions = ActionsOldestFirst(*session);
    const std::vector<std::string> expected{"create", "create", "lock", "unlock", "read"};
    BOOST_TEST(actions == expected, boost::test_tools::per_element());
    BOOST_TEST(session->Verify().ok);
}

BOOST_AUTO_TEST_CASE(create_makes_the_missing_folder) {
    TempDir dir;
    const auto path = dir / "nested" / "deeper" / "practice.sbv";
    VaultSession::Create(path, Secret("correct horse battery"), kFast);
    BOOST_TEST(std::filesystem::exists(path));
}

BOOST_AUTO_TEST_CASE(a_wrong_passphrase_is_refused_and_writes_nothing) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    VaultSession::Create(path, Secret("correct horse battery"), kFast);
    const auto size = std::filesystem::file_size(path);
    try {
        VaultSession::Open(path, Secret("wrong horse"));
        BOOST_FAIL("expected WrongPassphrase");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::WrongPassphrase));
    }
    BOOST_TEST(std::filesystem::file_size(path) == size);
}

BOOST_AUTO_TEST_CASE(a_passphrase_change_is_audited_and_only_the_new_one_opens) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto session = VaultSession::Create(path, Secret("first passphrase"), kFast);
        session->ChangePassphrase(Secret("second passphrase"));
        BOOST_TEST((session->Records().AuditTrail(1).at(0).action == AuditAction::Rekey));
    }
    BOOST_CHECK_THROW(VaultSession::Open(path, Secret("first passphrase")), Error);
    BOOST_CHECK_NO_THROW(VaultSession::Open(path, Secret("second passphrase")));
}

BOOST_AUTO_TEST_CASE(a_backup_is_audited_and_opens_with_the_passphrase) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const auto backup = dir / "backup.sbv";
    Id id = kNoId;
    {
        auto session = VaultSession::Create(path, Secret("correct horse battery"), kFast);
        id = session->Records().AdmitClient(Invented()).id;
        session->Backup(backup);
        BOOST_TEST((session->Records().AuditTrail(1).at(0).action == AuditAction::Backup));
    }
    auto copy = VaultSession::Open(backup, Secret("correct horse battery"));
    BOOST_TEST(copy->Records().GetClient(id).name.given == "Leontyne");
    BOOST_TEST(copy->Verify().ok);
}

BOOST_AUTO_TEST_CASE(a_restore_is_recorded_in_the_restored_vault) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const auto backup = dir / "backup.sbv";
    {
        auto session = VaultSession::Create(path, Secret("correct horse battery"), kFast);
        session->Backup(backup);
        session->Records().AdmitClient(Invented());
    }
    VaultSession::Restore(backup, Secret("correct horse battery"), path);
    auto session = VaultSession::Open(path, Secret("correct horse battery"));
    BOOST_TEST(session->Records().CountClients() == 0u);
    const auto actions = ActionsOldestFirst(*session);
    BOOST_TEST((std::find(actions.begin(), actions.end(), "restore") != actions.end()));
    BOOST_TEST(session->Verify().ok);
}

BOOST_AUTO_TEST_CASE(the_default_path_follows_xdg_data_home_then_home) {
    {
        ScopedEnv xdg("XDG_DATA_HOME", "/srv/data");
        BOOST_TEST(VaultSession::DefaultPath() == "/srv/data/securebase/practice.sbv");
    }
    {
        ScopedEnv xdg("XDG_DATA_HOME", "relative/ignored");
        ScopedEnv home("HOME", "/home/wrenna");
        BOOST_TEST(VaultSession::DefaultPath() ==
                   "/home/wrenna/.local/share/securebase/practice.sbv");
    }
    {
        ScopedEnv xdg("XDG_DATA_HOME", nullptr);
        ScopedEnv home("HOME", "/home/wrenna");
        BOOST_TEST(VaultSession::DefaultPath() ==
                   "/home/wrenna/.local/share/securebase/practice.sbv");
    }
}

BOOST_AUTO_TEST_SUITE_END()
