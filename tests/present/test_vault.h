#pragma once

#include <memory>
#include <string>

#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

namespace securebase::test {

inline constexpr const char* kTestPassphrase = "orchid-lantern-47-quiet";

// A fast (insecure) vault in its own temporary folder.
struct TestVault {
    TempDir dir;
    std::filesystem::path path = dir / "practice.sbv";
    std::unique_ptr<service::VaultSession> session =
        service::VaultSession::Create(path, Secret(kTestPassphrase), {storage::kTestKdfIterations});

    TestVault() {
        PracticeSettings settings = Records().Settings();
        settings.practitionerName = "Dr Wenna Castellan";
        Records().SaveSettings(settings);
    }

    service::Practice& Records() { return session->Records(); }

    Client Admit(const std::string& given, const std::string& family) {
        Client draft;
        draft.name.given = given;
        draft.name.family = family;
        return Records().AdmitClient(draft);
    }
};

}  // namespace securebase::test
