#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace securebase::cli {

// Human output: rows of cells in columns aligned by their widest cell (counted in characters,
// so accented names line up), two spaces apart, no trailing blanks.
class TextTable {
public:
    void AddRow(std::vector<std::string> cells);
    void Print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace securebase::cli
