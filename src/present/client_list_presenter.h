#pragma once

#include <cstddef>
#include <list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"
#include "present/client_list_view.h"
#include "service/practice.h"

namespace securebase::present {

enum class ClientColumn { Code, Name, Status };

// Rows of the client list. With no query it pages through all clients, fetching a page only when
// a row of it is painted and keeping a few pages, so 10,000 clients cost what one screen costs.
// With a query it shows the search's best matches.
class ClientListPresenter {
public:
    static constexpr size_t kSearchLimit = 200;

    ClientListPresenter(ClientListView& view, service::Practice& practice, size_t pageSize = 100,
                        size_t pagesKept = 16);

    void Reload();  // after a client was added or changed
    void OnQueryChanged(const std::string& query);

    size_t RowCount() const { return m_rowCount; }
    std::string Cell(size_t row, ClientColumn column);
    std::optional<Id> ClientAt(size_t row);
    // Selects the row of a client when it is in view (search results or a cached page).
    void Select(Id clientId);

    size_t PagesFetched() const { return m_pagesFetched; }

private:
    const ClientSummary* Row(size_t row);
    const std::vector<ClientSummary>& Page(size_t page);

    ClientListView& m_view;
    service::Practice& m_practice;
    size_t m_pageSize;
    size_t m_pagesKept;
    std::string m_query;
    size_t m_rowCount = 0;
    std::vector<ClientSummary> m_matches;
    std::map<size_t, std::vector<ClientSummary>> m_pages;
    std::list<size_t> m_pageUse;  // most recently used first
    size_t m_pagesFetched = 0;
};

std::string StatusLabel(ClientStatus status);  // "Waitlist", "Active", "Discharged"

}  // namespace securebase::present
