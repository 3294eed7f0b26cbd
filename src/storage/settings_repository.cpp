#include "storage/settings_repository.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <charconv>
#include <iterator>
#include <optional>
#include <sstream>

#include "storage/cached_statement.h"

namespace securebase::storage {
namespace {

constexpr const char* kPracticeName = "practice_name";
constexpr const char* kPractitionerName = "practitioner_name";
constexpr const char* kCredentials = "credentials";
constexpr const char* kIdleLockMinutes = "idle_lock_minutes";
constexpr const char* kDefaultNoteFormat = "default_note_format";
constexpr const char* kLogo = "report_logo";
constexpr const char* kLogoPng = "report_logo_png";  // base64: the rows hold TEXT

std::string LogoName(LogoChoice logo) {
    switch (logo) {
        case LogoChoice::None:
            return "none";
        case LogoChoice::Custom:
            return "custom";
        case LogoChoice::Default:
            break;
    }
    return "default";
}

std::string Base64(const std::string& bytes) {
    std::ostringstream text;
    Poco::Base64Encoder encoder(text);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return text.str();
}

// Nothing when the text is not base64: the vault was edited by hand or damaged.
std::optional<std::string> FromBase64(const std::string& text) {
    try {
        std::istringstream input(text);
        Poco::Base64Decoder decoder(input);
        return std::string(std::istreambuf_iterator<char>(decoder), {});
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

std::string SqlcipherSettingsRepository::PractitionerName() const {
    CachedStatement select(m_db, "SELECT value FROM practice_settings WHERE key = ?");
    select->Bind(1, kPractitionerName);
    return select->Step() ? select->Text(0) : std::string();
}

PracticeSettings SqlcipherSettingsRepository::Load() const {
    PracticeSettings settings;
    std::string logo;
    std::string logoPng;
    CachedStatement select(m_db, "SELECT key, value FROM practice_settings");
    while (select->Step()) {
        const std::string key = select->Text(0);
        std::string value = select->Text(1);
        if (key == kPracticeName)
            settings.practiceName = std::move(value);
        else if (key == kPractitionerName)
            settings.practitionerName = std::move(value);
        else if (key == kCredentials)
            settings.credentials = std::move(value);
        else if (key == kIdleLockMinutes) {
            int minutes = 0;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), minutes);
            if (error == std::errc{} && end == value.data() + value.size())
                settings.idleLockMinutes = minutes;
        } else if (key == kDefaultNoteFormat) {
            if (auto format = ParseNoteFormat(value)) settings.defaultNoteFormat = *format;
        } else if (key == kLogo) {
            logo = std::move(value);
        } else if (key == kLogoPng) {
            logoPng = std::move(value);
        }
    }
    if (logo == "none") settings.logo = LogoChoice::None;
    // A custom logo whose bytes cannot be read falls back to the default rather than to none.
    if (logo == "custom") {
        if (auto png = FromBase64(logoPng); png && !png->empty()) {
            settings.logo = LogoChoice::Custom;
            settings.logoPng = std::move(*png);
        }
    }
    return settings;
}

void SqlcipherSettingsRepository::Save(const PracticeSettings& settings) {
    const std::pair<const char*, std::string> rows[] = {
        {kPracticeName, settings.practiceName},
        {kPractitionerName, settings.practitionerName},
        {kCredentials, settings.credentials},
        {kIdleLockMinutes, std::to_string(settings.idleLockMinutes)},
        {kDefaultNoteFormat, ToString(settings.defaultNoteFormat)},
        {kLogo, LogoName(settings.logo)},
        {kLogoPng, settings.logo == LogoChoice::Custom ? Base64(settings.logoPng) : std::string()},
    };
    for (const auto& [key, value] : rows) {
        CachedStatement(m_db,
                        "INSERT INTO practice_settings (key, value) VALUES (?1, ?2) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            ->Bind(1, key)
            .Bind(2, value)
            .Run();
    }
}

}  // namespace securebase::storage
