#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/secret.h"

namespace securebase::storage {

inline constexpr std::string_view kSlotKdf = "PBKDF2-HMAC-SHA512";
inline constexpr std::string_view kSlotWrap = "AES-256-GCM";
inline constexpr std::size_t kDataKeySize = 32;
// Far above what tuning picks on any machine in use today; a header asking for more is refused
// so that a tampered file cannot turn unlocking into an hours-long hang.
inline constexpr int kMaximumKdfIterations = 50000000;

// One passphrase's way into a vault, as in LUKS: the random data key, wrapped with AES-256-GCM
// under a key derived from the passphrase with PBKDF2-HMAC-SHA512. Byte fields hold raw bytes.
struct KeySlot {
    int iterations = 0;
    std::string salt;        // 32 random bytes
    std::string nonce;       // 12 random bytes
    std::string wrappedKey;  // 32 bytes
    std::string tag;         // 16 bytes
};

// Wraps dataKey for passphrase with a fresh salt and nonce.
KeySlot SealKeySlot(const Secret& dataKey, const Secret& passphrase, int iterations);

// The data key, or nullopt when the passphrase is not the one this slot was sealed with.
std::optional<Secret> OpenKeySlot(const KeySlot& slot, const Secret& passphrase);

// The associated data bound into the GCM tag, so that a slot's parameters cannot be swapped:
// "securebase-key-slot-v1|PBKDF2-HMAC-SHA512|<iterations>|<salt hex>|AES-256-GCM".
std::string KeySlotAad(const KeySlot& slot);

// Iterations that take about `seconds` here, measured on a short run; never below the minimum.
int TuneKdfIterations(double seconds, int minimum);

}  // namespace securebase::storage
