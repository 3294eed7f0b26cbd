#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace securebase::present {

// The client list is virtual: the view only learns how many rows there are and asks the
// presenter for the text of the rows it paints.
class ClientListView {
public:
    virtual ~ClientListView() = default;
    virtual void SetRowCount(size_t rows) = 0;
    virtual void SelectRow(std::optional<size_t> row) = 0;
    virtual void ShowSummary(const std::string& text) = 0;  // "1,024 clients", "3 matches"
};

}  // namespace securebase::present
