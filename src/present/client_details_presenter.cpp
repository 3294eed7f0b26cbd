#include "present/client_details_presenter.h"

#include <utility>

#include "core/date_time.h"
#include "core/error.h"
#include "core/text.h"

namespace securebase::present {
namespace {

constexpr const char* kDateHint = "Enter the date as YYYY-MM-DD, e.g. 2026-11-25.";

std::vector<ConsentRow> ConsentRows(const std::vector<Consent>& consents) {
    std::vector<ConsentRow> rows;
    for (const Consent& consent : consents)
        rows.push_back({consent.topic, FormatDate(consent.givenOn),
                        consent.withdrawnOn ? FormatDate(*consent.withdrawnOn) : ""});
    return rows;
}

}  // namespace

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
    m_view.ShowConsents(ConsentRows(m_client.consents));
    m_view.ShowConsentDraft({"", FormatDate(Today())});
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

bool ClientDetailsPresenter::OnAddConsent() {
    const ConsentDraft draft = m_view.ReadConsentDraft();
    std::vector<service::FieldProblem> problems;
    const std::string topic = Trim(draft.topic);
    if (topic.empty()) problems.push_back({"consent.topic", "Say what the client consented to."});
    const auto givenOn = ParseDate(Trim(draft.givenOn));
    if (!givenOn) problems.push_back({"consent.givenOn", kDateHint});
    if (!problems.empty()) {
        m_view.ShowMessage("The new consent needs attention.");
        m_view.ShowProblems(problems);
        return false;
    }
    std::vector<Consent> consents = m_client.consents;
    consents.push_back({kNoId, topic, *givenOn, std::nullopt});
    return SaveConsents(std::move(consents), "Consent recorded.");
}

bool ClientDetailsPresenter::OnWithdrawConsent(size_t row, const std::string& withdrawnOn) {
    if (row >= m_client.consents.size() || m_client.consents[row].withdrawnOn) return false;
    const auto on = ParseDate(Trim(withdrawnOn));
    if (!on) {
        m_view.ShowMessage(kDateHint);
        return false;
    }
    std::vector<Consent> consents = m_client.consents;
    consents[row].withdrawnOn = on;
    return SaveConsents(std::move(consents), "Consent withdrawn.");
}

bool ClientDetailsPresenter::SaveConsents(std::vector<Consent> consents, const std::string& done) {
    std::vector<Consent> before = std::exchange(m_client.consents, std::move(consents));
    if (!OnSave()) {
        m_client.consents = std::move(before);
        return false;
    }
    m_view.ShowMessage(done);
    return true;
}

std::optional<Id> ClientDetailsPresenter::CurrentClient() const {
    if (m_isNew || m_client.id == kNoId) return std::nullopt;
    return m_client.id;
}

}  // namespace securebase::present
