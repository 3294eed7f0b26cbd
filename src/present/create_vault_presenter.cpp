#include "present/create_vault_presenter.h"

#include <system_error>

#include "core/error.h"
#include "present/passphrase_choice.h"
#include "service/validation.h"

namespace securebase::present {
namespace {

// The folder holds nothing but vaults, so nobody else needs to list it.
void CreatePrivateFolder(const std::filesystem::path& folder) {
    if (folder.empty() || std::filesystem::exists(folder)) return;
    CreatePrivateFolder(folder.parent_path());
    std::error_code error;
    std::filesystem::create_directory(folder, error);
    if (!error)
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace, error);
    if (error)
        throw Error(ErrorCode::Io, "Cannot create the folder " + folder.string() + ": " +
                                       error.message() + ". Choose another location with --vault.");
}

}  // namespace

CreateVaultPresenter::CreateVaultPresenter(CreateVaultView& view, std::filesystem::path vaultPath,
                                           service::VaultOptions options, VaultOpened opened)
    : m_view(view),
      m_vaultPath(std::move(vaultPath)),
      m_options(options),
      m_opened(std::move(opened)) {}

void CreateVaultPresenter::OnPassphraseEdited() {
    const Secret passphrase = m_view.Passphrase();
    const Secret confirmation = m_view.Confirmation();
    m_view.ShowStrength(EstimatePassphraseStrength(passphrase.View()));
    m_view.ShowMatch(PassphraseMatch(passphrase.View(), confirmation.View()));
    m_view.ShowError("");
}

void CreateVaultPresenter::OnCreate() {
    const Secret passphrase = m_view.Passphrase();
    const Secret confirmation = m_view.Confirmation();
    if (const std::string refusal = PassphraseRefusal(passphrase.View(), confirmation.View());
        !refusal.empty()) {
        m_view.ShowError(refusal);
        return;
    }
    const PracticeSettings practice = m_view.Practice();
    if (const auto problems = service::Validate(practice); !problems.empty()) {
        m_view.ShowError(problems.front().message);
        return;
    }
    std::unique_ptr<service::VaultSession> session;
    try {
        CreatePrivateFolder(m_vaultPath.parent_path());
        session = service::VaultSession::Create(m_vaultPath, passphrase, m_options);
        PracticeSettings settings = session->Records().Settings();
        settings.practiceName = practice.practiceName;
        settings.practitionerName = practice.practitionerName;
        settings.credentials = practice.credentials;
        session->Records().SaveSettings(settings);
    } catch (const Error& error) {
        m_view.ShowError(error.what());
        return;
    }
    m_view.ShowError("");
    m_opened(std::move(session));
}

}  // namespace securebase::present
