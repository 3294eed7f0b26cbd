#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace securebase::report {

using MeasureText = std::function<double(std::string_view)>;

// Breaks UTF-8 text into lines no wider than `width` as `measure` sees them: at spaces, keeping
// the text's own line breaks (an empty line stays an empty line), and inside a word only when the
// word alone is too wide, never inside a multi-byte character.
std::vector<std::string> WrapText(std::string_view text, double width, const MeasureText& measure);

}  // namespace securebase::report
