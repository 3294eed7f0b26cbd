#pragma once

#include <string>

#include "core/note_format.h"

namespace securebase {

// Settings that belong to the practice and travel with the vault (and its backups).
struct PracticeSettings {
    std::string practiceName;
    std::string practitionerName;
    std::string credentials;
    int idleLockMinutes = 10;  // 0 disables auto-lock
    NoteFormat defaultNoteFormat = NoteFormat::Soap;

    // "Name, Credentials" as it appears on a signature.
    std::string SignatureLine() const;
};

}  // namespace securebase
