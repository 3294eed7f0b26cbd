#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace securebase {

// Calendar dates (birth, admission, consent) carry no time zone.
using Date = std::chrono::year_month_day;

// A wall-clock moment in the practice's own time zone, as the practitioner booked it. Sessions
// are stored this way so a session at 14:00 stays at 14:00 whatever the machine's zone later is.
using LocalDateTime = std::chrono::local_seconds;

// An instant, for audit rows and signatures.
using Timestamp = std::chrono::sys_seconds;

std::optional<Date> ParseDate(std::string_view isoDate);  // "2026-11-25"
std::string FormatDate(const Date& date);

// "2026-11-25T14:30" or "2026-11-25 14:30" (seconds optional).
std::optional<LocalDateTime> ParseLocalDateTime(std::string_view text);
std::string FormatLocalDateTime(LocalDateTime moment);  // "2026-11-25 14:30"

std::optional<Timestamp> ParseTimestamp(std::string_view isoUtc);  // "2026-11-25T14:30:00Z"
std::string FormatTimestamp(Timestamp instant);                    // "2026-11-25T14:30:00Z"

Timestamp Now();
Date Today();  // in the machine's local zone
LocalDateTime LocalNow();

}  // namespace securebase
