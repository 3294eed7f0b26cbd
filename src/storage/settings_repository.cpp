#include "storage/settings_repository.h"

#include <charconv>

#include "storage/cached_statement.h"

namespace securebase::storage {
namespace {

constexpr const char* kPracticeName = "practice_name";
constexpr const char* kPractitionerName = "practitioner_name";
constexpr const char* kCredentials = "credentials";
constexpr const char* kIdleLockMinutes = "idle_lock_minutes";
constexpr const char* kDefaultNoteFormat = "default_note_format";

}  // namespace

PracticeSettings SqlcipherSettingsRepository::Load() const {
    PracticeSettings settings;
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
