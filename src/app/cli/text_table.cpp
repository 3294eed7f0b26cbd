#include "app/cli/text_table.h"

#include <algorithm>

namespace securebase::cli {
namespace {

size_t Width(const std::string& utf8) {
    return static_cast<size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

void TextTable::AddRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }

void TextTable::Print(std::ostream& out) const {
    std::vector<size_t> widths;
    for (const auto& row : m_rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
    }
    for (const auto& row : m_rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(widths[i] - Width(row[i]) + 2, ' ');
        }
        line.erase(line.find_last_not_of(" ") + 1);
        out << line << "\n";
    }
}

}  // namespace securebase::cli
