#include "service/instrument_folders.h"

#include <cstdlib>

namespace securebase::service {
namespace {

std::filesystem::path ShippedForms() {
    if (const char* overridden = std::getenv("SECUREBASE_FORMS_DIR"); overridden && *overridden)
        return overridden;
    // A build run from its tree reads the forms being edited; an installed one, its data folder.
    const std::filesystem::path source = SECUREBASE_SOURCE_FORMS_DIR;
    if (std::filesystem::is_directory(source)) return source;
    return SECUREBASE_INSTALLED_FORMS_DIR;
}

std::filesystem::path ClinicForms() {
    // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
    const char* dataHome = std::getenv("XDG_DATA_HOME");
    if (dataHome && *dataHome && std::filesystem::path(dataHome).is_absolute())
        return std::filesystem::path(dataHome) / "securebase" / "forms";
    const char* home = std::getenv("HOME");
    if (!home || !*home) return {};
    return std::filesystem::path(home) / ".local" / "share" / "securebase" / "forms";
}

}  // namespace

std::vector<std::filesystem::path> InstrumentFolders() {
    std::vector<std::filesystem::path> folders{ShippedForms() / "instruments"};
    if (const auto clinic = ClinicForms(); !clinic.empty())
        folders.push_back(clinic / "instruments");
    return folders;
}

}  // namespace securebase::service
