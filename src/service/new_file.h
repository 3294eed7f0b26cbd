#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/error.h"

namespace securebase::service {

// Refused: `file` exists already (documents never overwrite what is there).
Error Exists(const std::filesystem::path& file);

// Writes `bytes` to a file that must not exist yet: O_EXCL makes the refusal one step with the
// creation, so two saves racing for one name cannot both win; mode 0600 because a document holds
// client data. A failed write removes the file, so no half document is left behind.
void WriteNewFile(const std::filesystem::path& file, const std::string& bytes);

// WriteNewFile, then `recordExport` (the audit row); when that fails the file goes again, so a
// document never leaves the vault unaudited.
void ExportNewFile(const std::filesystem::path& file, const std::string& bytes,
                   const std::function<void()>& recordExport);

}  // namespace securebase::service
