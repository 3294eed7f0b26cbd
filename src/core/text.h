#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace securebase {

std::string Trim(std::string_view text);
std::string ToLower(std::string_view ascii);  // ASCII only: used for keywords, not for names
std::vector<std::string> Split(std::string_view text, char separator);  // trims each part, drops empties
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
bool IsValidUtf8(std::string_view text);

}  // namespace securebase
