#pragma once

#include <wx/datetime.h>

#include <string>

namespace securebase::ui {

// The ISO day ("2026-11-25") of a date picker's value and back; an invalid date reads as "".
std::string IsoDay(const wxDateTime& date);
wxDateTime FromIsoDay(const std::string& isoDate);

}  // namespace securebase::ui
