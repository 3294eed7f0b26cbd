#include "ui/homework_date.h"

#include "ui/wx_string.h"

namespace securebase::ui {

std::string IsoDay(const wxDateTime& date) {
    return date.IsValid() ? FromWx(date.FormatISODate()) : std::string();
}

wxDateTime FromIsoDay(const std::string& isoDate) {
    wxDateTime date;
    if (!date.ParseISODate(ToWx(isoDate))) return wxDateTime();
    return date;
}

}  // namespace securebase::ui
