#pragma once

#include <wx/bmpbndl.h>
#include <wx/iconbndl.h>

namespace securebase::ui {

// The application icon, drawn from the SVG in assets/ that is compiled into the binary.
wxBitmapBundle AppIcon();
wxIconBundle AppIcons();

}  // namespace securebase::ui
