#pragma once

#include <wx/string.h>

#include <string>
#include <string_view>

namespace securebase::ui {

// The one place where UTF-8 std::string (the domain's text) meets wxString.
inline wxString ToWx(std::string_view utf8) { return wxString::FromUTF8(utf8.data(), utf8.size()); }

inline std::string FromWx(const wxString& text) {
    const wxScopedCharBuffer utf8 = text.utf8_str();
    return std::string(utf8.data(), utf8.length());
}

}  // namespace securebase::ui
