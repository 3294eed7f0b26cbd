#include "core/date_time.h"

#include <cstdio>
#include <ctime>

namespace securebase {
namespace {

bool ReadNumber(std::string_view text, size_t pos, size_t digits, int& out) {
    if (pos + digits > text.size()) return false;
    int value = 0;
    for (size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    return true;
}

// Parses "YYYY-MM-DD" at the start of text; rejects impossible days such as 2026-02-30.
std::optional<Date> ParseDatePrefix(std::string_view text) {
    int y = 0, m = 0, d = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!ReadNumber(text, 0, 4, y) || !ReadNumber(text, 5, 2, m) || !ReadNumber(text, 8, 2, d))
        return std::nullopt;
    Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
              std::chrono::day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

// Parses "HH:MM" or "HH:MM:SS" at pos; returns seconds since midnight.
std::optional<std::chrono::seconds> ParseTime(std::string_view text, size_t pos, size_t& end) {
    int h = 0, mi = 0, s = 0;
    if (!ReadNumber(text, pos, 2, h) || text.size() <= pos + 2 || text[pos + 2] != ':' ||
        !ReadNumber(text, pos + 3, 2, mi))
        return std::nullopt;
    end = pos + 5;
    if (text.size() > end && text[end] == ':') {
        if (!ReadNumber(text, end + 1, 2, s)) return std::nullopt;
        end += 3;
    }
    if (h > 23 || mi > 59 || s > 59) return std::nullopt;
    return std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

}  // namespace

std::optional<Date> ParseDate(std::string_view isoDate) {
    if (isoDate.size() != 10) return std::nullopt;
    return ParseDatePrefix(isoDate);
}

std::string FormatDate(const Date& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::optional<LocalDateTime> ParseLocalDateTime(std::string_view text) {
    auto date = ParseDatePrefix(text);
    if (!date || text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
    size_t end = 0;
    auto time = ParseTime(text, 11, end);
    if (!time || end != text.size()) return std::nullopt;
    return std::chrono::local_days{*date} + *time;
}

std::string FormatLocalDateTime(LocalDateTime moment) {
    auto day = std::chrono::floor<std::chrono::days>(moment);
    std::chrono::hh_mm_ss time{moment - day};
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, " %02d:%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()));
    return FormatDate(Date{day}) + buffer;
}

std::optional<Timestamp> ParseTimestamp(std::string_view isoUtc) {
    auto date = ParseDatePrefix(isoUtc);
    if (!date || isoUtc.size() < 17 || isoUtc[10] != 'T') return std::nullopt;
    size_t end = 0;
    auto time = ParseTime(isoUtc, 11, end);
    if (!time || end + 1 != isoUtc.size() || isoUtc[end] != 'Z') return std::nullopt;
    return std::chrono::sys_days{*date} + *time;
}

std::string FormatTimestamp(Timestamp instant) {
    auto day = std::chrono::floor<std::chrono::days>(instant);
    std::chrono::hh_mm_ss time{instant - day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02dZ", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return FormatDate(Date{day}) + buffer;
}

Timestamp Now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

LocalDateTime LocalNow() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    Date date{std::chrono::year{local.tm_year + 1900},
              std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
    return std::chrono::local_days{date} + std::chrono::hours{local.tm_hour} +
           std::chrono::minutes{local.tm_min} + std::chrono::seconds{local.tm_sec};
}

Date Today() { return Date{std::chrono::floor<std::chrono::days>(LocalNow())}; }

}  // namespace securebase
