#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/secret.h"

namespace securebase::storage {

// The few OpenSSL primitives the vault needs, over byte strings. Key material is always a Secret
// so that it is wiped when it goes away; salts, nonces and tags are not secret.

// Cryptographically random bytes (OpenSSL RAND_bytes).
std::string RandomBytes(std::size_t count);
Secret RandomKey(std::size_t count);

// PBKDF2-HMAC-SHA512 of the passphrase: a 32-byte key.
Secret Pbkdf2Sha512(const Secret& passphrase, std::string_view salt, int iterations);

struct GcmSealed {
    std::string ciphertext;
    std::string tag;  // 16 bytes
};
// AES-256-GCM. Open answers nullopt when the tag does not verify (wrong key or altered input).
GcmSealed SealAes256Gcm(const Secret& key, std::string_view nonce, const Secret& plaintext,
                        std::string_view aad);
std::optional<Secret> OpenAes256Gcm(const Secret& key, std::string_view nonce,
                                    std::string_view ciphertext, std::string_view tag,
                                    std::string_view aad);

// HKDF-SHA256 with an empty salt: independent keys for separate purposes from one data key.
std::vector<unsigned char> HkdfSha256(const Secret& key, std::string_view info, std::size_t size);

std::string Sha256(std::string_view data);

std::string ToHex(std::string_view bytes);
Secret ToHex(const Secret& bytes);
// nullopt for odd lengths or characters that are not hex digits.
std::optional<std::string> FromHex(std::string_view hex);

}  // namespace securebase::storage
