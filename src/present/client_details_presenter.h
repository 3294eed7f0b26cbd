#pragma once

#include <functional>
#include <optional>
#include <string>

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

    std::optional<Id> CurrentClient() const;
    bool IsNew() const { return m_isNew; }

private:
    void Show();

    ClientDetailsView& m_view;
    service::Practice& m_practice;
    Saved m_saved;
    Client m_client;
    bool m_isNew = false;
};

}  // namespace securebase::present
