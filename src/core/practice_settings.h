#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/note_format.h"

namespace securebase {

// Which logo heads the practice's documents.
enum class LogoChoice {
    Default,  // the SecureBase logo compiled into the program
    None,     // a practice that wants no logo
    Custom,   // the practice's own PNG, kept in the vault
};

// Larger files bloat every report and the vault's settings row; a header logo needs far less.
inline constexpr std::size_t kMaxLogoBytes = 1024 * 1024;

// Settings that belong to the practice and travel with the vault (and its backups).
struct PracticeSettings {
    std::string practiceName;
    std::string practitionerName;
    std::string credentials;
    int idleLockMinutes = 10;  // 0 disables auto-lock
    NoteFormat defaultNoteFormat = NoteFormat::Soap;
    LogoChoice logo = LogoChoice::Default;
    std::string logoPng;  // the PNG file's bytes when logo is Custom, empty otherwise

    // "Name, Credentials" as it appears on a signature.
    std::string SignatureLine() const;
};

// Why the practice's own logo cannot be used, in words for the user; nothing when it can (or when
// no custom logo is chosen).
std::optional<std::string> LogoProblem(const PracticeSettings& settings);

// "default", "none" or "custom PNG, 240 × 80 pixels": which logo is in use, never its bytes.
std::string LogoDescription(const PracticeSettings& settings);

}  // namespace securebase
