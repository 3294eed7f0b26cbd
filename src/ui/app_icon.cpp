#include "ui/app_icon.h"

#include <wx/icon.h>

#include "ui/app_icon_svg.h"

namespace securebase::ui {

wxBitmapBundle AppIcon() { return wxBitmapBundle::FromSVG(kAppIconSvg, wxSize(64, 64)); }

wxIconBundle AppIcons() {
    const wxBitmapBundle bundle = AppIcon();
    wxIconBundle icons;
    for (int size : {16, 32, 48, 64, 128}) {
        wxIcon icon;
        icon.CopyFromBitmap(bundle.GetBitmap(wxSize(size, size)));
        icons.AddIcon(icon);
    }
    return icons;
}

}  // namespace securebase::ui
