#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/key_slot.h"

namespace securebase::storage {

// The plaintext header in front of the SQLCipher database of a vault (layout in db/README.md):
// a magic, then two equal areas A and B, each with a sequence number, a JSON document and a
// SHA-256 checksum. A reader takes the valid area with the higher sequence, so rewriting one area
// at a time is crash-safe.
inline constexpr std::size_t kHeaderSize = 4096;
inline constexpr std::string_view kVaultMagic = "SecureBaseVault1";
inline constexpr std::size_t kHeaderAreaSize = 2040;
inline constexpr std::array<std::size_t, 2> kHeaderAreaOffsets = {16, 16 + kHeaderAreaSize};
inline constexpr int kVaultFormat = 1;

// Recorded with the vault so that a later SQLCipher can be told how this one wrote it.
struct CipherSettings {
    int compatibility = 4;
    int pageSize = 4096;
    std::string hmacAlgorithm = "HMAC_SHA512";
    std::string kdfAlgorithm = "PBKDF2_HMAC_SHA512";
};

struct VaultHeader {
    CipherSettings cipher;
    std::vector<KeySlot> slots;
};

// A header as found on disk: the newest valid area's content and each area's sequence number
// (nullopt for an area that fails its checksum).
struct HeaderAreas {
    VaultHeader header;
    std::array<std::optional<std::uint64_t>, 2> sequences;

    std::uint64_t NewestSequence() const;
    // The area to overwrite first: the invalid one, else the one with the lower sequence.
    int OlderArea() const;
};

// One area's 2040 bytes.
std::string EncodeHeaderArea(std::uint64_t sequence, const VaultHeader& header);
// A whole new header (both areas), kHeaderSize bytes.
std::string EncodeHeader(const VaultHeader& header);

// Decodes the first kHeaderSize bytes of a file (fewer when the file is shorter). Throws
// NotAVault (no magic, too short), Damaged (neither area valid) or TooNew (a format or cipher
// setting this program does not know). fileName is used in messages only.
HeaderAreas DecodeHeader(std::string_view bytes, const std::string& fileName);

// Creates `path` (refusing if it exists) holding only the header, flushed to disk.
void WriteHeaderFile(const std::filesystem::path& path, const VaultHeader& header);

}  // namespace securebase::storage
