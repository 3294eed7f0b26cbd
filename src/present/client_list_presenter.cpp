#include "present/client_list_presenter.h"

#include <algorithm>

#include "core/text.h"

namespace securebase::present {

std::string StatusLabel(ClientStatus status) {
    switch (status) {
        case ClientStatus::Waitlist:
            return "Waitlist";
        case ClientStatus::Active:
            return "Active";
        case ClientStatus::Discharged:
            return "Discharged";
    }
    return "";
}

ClientListPresenter::ClientListPresenter(ClientListView& view, service::Practice& practice,
                                         size_t pageSize, size_t pagesKept)
    : m_view(view),
      m_practice(practice),
      m_pageSize(std::max<size_t>(pageSize, 1)),
      m_pagesKept(std::max<size_t>(pagesKept, 1)) {}

void ClientListPresenter::Reload() {
    m_pages.clear();
    m_pageUse.clear();
    m_matches.clear();
    if (m_query.empty()) {
        m_rowCount = m_practice.CountClients();
        m_view.ShowSummary(std::to_string(m_rowCount) + (m_rowCount == 1 ? " client" : " clients"));
    } else {
        m_matches = m_practice.Search(m_query, kSearchLimit);
        m_rowCount = m_matches.size();
        m_view.ShowSummary(m_rowCount == 0   ? "No matches"
                           : m_rowCount == 1 ? "1 match"
                                             : std::to_string(m_rowCount) + " matches");
    }
    m_view.SetRowCount(m_rowCount);
}

void ClientListPresenter::OnQueryChanged(const std::string& query) {
    std::string trimmed = Trim(query);
    if (trimmed == m_query && m_rowCount != 0) return;
    m_query = std::move(trimmed);
    Reload();
    m_view.SelectRow(std::nullopt);
}

const std::vector<ClientSummary>& ClientListPresenter::Page(size_t page) {
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        ClientListQuery query;
        query.offset = page * m_pageSize;
        query.limit = m_pageSize;
        found = m_pages.emplace(page, m_practice.ListClients(query)).first;
        ++m_pagesFetched;
        if (m_pages.size() > m_pagesKept) {
            m_pages.erase(m_pageUse.back());
            m_pageUse.pop_back();
        }
    } else {
        m_pageUse.remove(page);
    }
    m_pageUse.push_front(page);
    return found->second;
}

const ClientSummary* ClientListPresenter::Row(size_t row) {
    if (row >= m_rowCount) return nullptr;
    if (!m_query.empty()) return &m_matches[row];
    const auto& page = Page(row / m_pageSize);
    const size_t index = row % m_pageSize;
    return index < page.size() ? &page[index] : nullptr;
}

std::string ClientListPresenter::Cell(size_t row, ClientColumn column) {
    const ClientSummary* summary = Row(row);
    if (!summary) return "";
    switch (column) {
        case ClientColumn::Code:
            return summary->code;
        case ClientColumn::Name:
            return summary->displayName;
        case ClientColumn::Status:
            return StatusLabel(summary->status);
    }
    return "";
}

std::optional<Id> ClientListPresenter::ClientAt(size_t row) {
    const ClientSummary* summary = Row(row);
    if (!summary) return std::nullopt;
    return summary->id;
}

void ClientListPresenter::Select(Id clientId) {
    const auto matches = [clientId](const ClientSummary& s) { return s.id == clientId; };
    if (!m_query.empty()) {
        const auto it = std::find_if(m_matches.begin(), m_matches.end(), matches);
        m_view.SelectRow(it == m_matches.end() ? std::nullopt
                                               : std::optional<size_t>(it - m_matches.begin()));
        return;
    }
    for (const auto& [page, rows] : m_pages) {
        const auto it = std::find_if(rows.begin(), rows.end(), matches);
        if (it != rows.end()) {
            m_view.SelectRow(page * m_pageSize + static_cast<size_t>(it - rows.begin()));
            return;
        }
    }
    m_view.SelectRow(std::nullopt);
}

}  // namespace securebase::present
