#pragma once

#include <filesystem>
#include <string>

namespace securebase::storage {

// File-system steps that survive a crash: data flushed before it is renamed into place, the
// folder flushed after. Failures throw Error(ErrorCode::Io) naming the file (never its content).

// A name beside `target` that no other file has: "<name>.<purpose>-<random hex>".
std::filesystem::path SiblingTempPath(const std::filesystem::path& target,
                                      const std::string& purpose);

// Renames from -> to, refusing (ErrorCode::Invalid) when `to` exists.
void RenameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to);

// Copies from -> to (which must not exist) and flushes the copy to disk.
void CopyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to);

void SyncFile(const std::filesystem::path& path);
void SyncDirectoryOf(const std::filesystem::path& path);

// Removes a file and SQLite's companions of it (-wal, -shm, -journal); never throws.
void RemoveWithCompanions(const std::filesystem::path& path) noexcept;

}  // namespace securebase::storage
