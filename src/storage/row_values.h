#pragma once

#include <optional>
#include <string>

#include "core/date_time.h"

namespace securebase::storage {

// The vault stores dates and instants as ISO text; these convert at the row boundary and treat
// text that does not parse as damage, never as a silent default.
std::optional<std::string> DateText(const std::optional<Date>& date);
std::optional<Date> DateFromText(const std::optional<std::string>& text, const char* column);
Date RequiredDate(const std::string& text, const char* column);
LocalDateTime LocalDateTimeFromText(const std::string& text, const char* column);
Timestamp TimestampFromText(const std::string& text, const char* column);

}  // namespace securebase::storage
