#include "present/client_details_presenter.h"

#include "core/date_time.h"
#include "core/error.h"

namespace securebase::present {

ClientDetailsPresenter::ClientDetailsPresenter(ClientDetailsView& view, service::Practice& practice,
                                               Saved saved)
    : m_view(view), m_practice(practice), m_saved(std::move(saved)) {}

void ClientDetailsPresenter::ShowClient(Id clientId) {
    m_client = m_practice.GetClient(clientId);
    m_isNew = false;
    Show();
    m_view.ShowMessage("");
}

void ClientDetailsPresenter::StartNew() {
    m_client = Client{};
    m_isNew = true;
    Show();
    m_view.ShowMessage("New client: the code is assigned when you save.");
    m_view.FocusFirstField();
}

void ClientDetailsPresenter::Show() {
    m_view.ShowForm(ToForm(m_client));
    m_view.ShowProblems({});
    m_view.ShowStatusActions(!m_isNew && m_client.status == ClientStatus::Waitlist,
                             !m_isNew && m_client.status != ClientStatus::Discharged);
}

bool ClientDetailsPresenter::OnSave() {
    Client edited = m_client;
    const auto problems = ApplyForm(m_view.ReadForm(), edited);
    if (!problems.empty()) {
        m_view.ShowMessage("Some fields need attention.");
        m_view.ShowProblems(problems);
        return false;
    }
    try {
        if (m_isNew) {
            m_client = m_practice.AdmitClient(edited);
        } else {
            m_practice.UpdateClient(edited);
            m_client = m_practice.GetClient(edited.id);
        }
    } catch (const service::ValidationError& invalid) {
        m_view.ShowMessage("Some fields need attention.");
        m_view.ShowProblems(invalid.Problems());
        return false;
    }
    const bool wasNew = m_isNew;
    m_isNew = false;
    Show();
    m_view.ShowMessage(wasNew ? "Client " + m_client.code + " added." : "Saved.");
    if (m_saved) m_saved(m_client.id, wasNew);
    return true;
}

void ClientDetailsPresenter::OnActivate() {
    if (m_isNew || m_client.id == kNoId) return;
    m_practice.Activate(m_client.id, Today());
    ShowClient(m_client.id);
    m_view.ShowMessage("Client is now active.");
    if (m_saved) m_saved(m_client.id, false);
}

void ClientDetailsPresenter::OnDischarge(const std::string& reason) {
    if (m_isNew || m_client.id == kNoId) return;
    m_practice.Discharge(m_client.id, Today(), reason);
    ShowClient(m_client.id);
    m_view.ShowMessage("Client discharged.");
    if (m_saved) m_saved(m_client.id, false);
}

std::optional<Id> ClientDetailsPresenter::CurrentClient() const {
    if (m_isNew || m_client.id == kNoId) return std::nullopt;
    return m_client.id;
}

}  // namespace securebase::present
