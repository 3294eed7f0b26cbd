#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"
#include "present/client_details_view.h"
#include "service/practice.h"

namespace securebase::present {

// Shows one client's details, or a blank form for a new client, and saves them through the
// service, which validates: its problems are shown next to their fields.
class ClientDetailsPresenter {
public:
    using Saved = std::function<void(Id clientId, bool isNew)>;

    ClientDetailsPresenter(ClientDetailsView& view, service::Practice& practice, Saved saved);

    void ShowClient(Id clientId);
    void StartNew();
    bool OnSave();  // true when saved
    void OnActivate();
    void OnDischarge(const std::string& reason);
    // Consents are part of the record: adding or withdrawing one saves the whole form, so the
    // list never shows a consent that is not stored.
    bool OnAddConsent();
    bool OnWithdrawConsent(size_t row, const std::string& withdrawnOn);

    std::optional<Id> CurrentClient() const;
    bool IsNew() const { return m_isNew; }

private:
    void Show();
    // Saves with one consent changed; puts the consents back as they were when that fails.
    bool SaveConsents(std::vector<Consent> consents, const std::string& done);

    ClientDetailsView& m_view;
    service::Practice& m_practice;
    Saved m_saved;
    Client m_client;
    bool m_isNew = false;
};

}  // namespace securebase::present
