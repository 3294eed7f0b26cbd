#include "storage/row_values.h"

#include "core/error.h"

namespace securebase::storage {
namespace {

[[noreturn]] void Unreadable(const char* column) {
    throw Error(ErrorCode::Damaged, std::string("the vault holds an unreadable value in ") +
                                        column + "; run verify and restore a backup if it fails");
}

}  // namespace

std::optional<std::string> DateText(const std::optional<Date>& date) {
    if (!date) return std::nullopt;
    return FormatDate(*date);
}

std::optional<Date> DateFromText(const std::optional<std::string>& text, const char* column) {
    if (!text) return std::nullopt;
    return RequiredDate(*text, column);
}

Date RequiredDate(const std::string& text, const char* column) {
    auto date = ParseDate(text);
    if (!date) Unreadable(column);
    return *date;
}

LocalDateTime LocalDateTimeFromText(const std::string& text, const char* column) {
    auto moment = ParseLocalDateTime(text);
    if (!moment) Unreadable(column);
    return *moment;
}

Timestamp TimestampFromText(const std::string& text, const char* column) {
    auto instant = ParseTimestamp(text);
    if (!instant) Unreadable(column);
    return *instant;
}

}  // namespace securebase::storage
