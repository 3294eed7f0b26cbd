#pragma once

#include <string>
#include <vector>

namespace securebase::present {

// One subscale's norms as typed: text, so that the presenter judges what is a number.
struct NormsRow {
    std::string subscale;  // the name shown
    std::string sd;
    std::string reliability;
    std::string source;
};

// The practitioner enters SD, reliability and their published source for subscales that ship
// without norms, so that change can be judged with the reliable change index.
class NormsView {
public:
    virtual ~NormsView() = default;
    virtual void ShowHeading(const std::string& title, const std::string& explanation) = 0;
    virtual void ShowRows(const std::vector<NormsRow>& rows) = 0;
    virtual std::vector<NormsRow> ReadRows() const = 0;
    virtual void ShowError(const std::string& message) = 0;
    virtual void Close() = 0;
};

}  // namespace securebase::present
