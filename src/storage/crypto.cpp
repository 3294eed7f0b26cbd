#include "storage/crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <limits>
#include <memory>

#include "core/error.h"

namespace securebase::storage {

namespace {

const unsigned char* Bytes(std::string_view data) {
    return reinterpret_cast<const unsigned char*>(data.data());
}

int Length(std::string_view data) {
    if (data.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw Error(ErrorCode::Invalid, "input too large for the cipher");
    return static_cast<int>(data.size());
}

[[noreturn]] void Fail(const char* what) {
    throw Error(ErrorCode::Storage, std::string("OpenSSL failed to ") + what +
                                        "; check that OpenSSL 3 is installed correctly");
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext NewCipher() {
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context) Fail("allocate a cipher");
    return context;
}

void RequireGcmSizes(const Secret& key, std::string_view nonce) {
    if (key.Size() != 32 || nonce.size() != 12)
        throw Error(ErrorCode::Invalid, "AES-256-GCM needs a 32-byte key and a 12-byte nonce");
}

}  // namespace

std::string RandomBytes(std::size_t count) {
    std::string bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), Length(bytes)) != 1)
        Fail("produce random bytes");
    return bytes;
}

Secret RandomKey(std::size_t count) { return Secret(RandomBytes(count)); }

Secret Pbkdf2Sha512(const Secret& passphrase, std::string_view salt, int iterations) {
    // Longer than the small-string buffer, so moving it into the Secret moves the heap block and
    // leaves no copy behind.
    std::string key(32, '\0');
    if (PKCS5_PBKDF2_HMAC(passphrase.View().data(), Length(passphrase.View()), Bytes(salt),
                          Length(salt), iterations, EVP_sha512(), 32,
                          reinterpret_cast<unsigned char*>(key.data())) != 1) {
        OPENSSL_cleanse(key.data(), key.size());
        Fail("derive a key from the passphrase");
    }
    return Secret(std::move(key));
}

GcmSealed SealAes256Gcm(const Secret& key, std::string_view nonce, const Secret& plaintext,
                        std::string_view aad) {
    RequireGcmSizes(key, nonce);
    auto context = NewCipher();
    GcmSealed sealed{std::string(plaintext.Size(), '\0'), std::string(16, '\0')};
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    int written = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, Bytes(key.View()),
                           Bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &written, Bytes(aad), Length(aad)) != 1 ||
        EVP_EncryptUpdate(context.get(), out, &written, Bytes(plaintext.View()),
                          Length(plaintext.View())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), out + written, &written) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, 16, sealed.tag.data()) != 1)
        Fail("wrap a key");
    return sealed;
}

std::optional<Secret> OpenAes256Gcm(const Secret& key, std::string_view nonce,
                                    std::string_view ciphertext, std::string_view tag,
                                    std::string_view aad) {
    RequireGcmSizes(key, nonce);
    if (tag.size() != 16) return std::nullopt;
    auto context = NewCipher();
    std::string plain(ciphertext.size(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    std::string expectedTag(tag);
    int written = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, Bytes(key.View()),
                           Bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &written, Bytes(aad), Length(aad)) != 1 ||
        EVP_DecryptUpdate(context.get(), out, &written, Bytes(ciphertext), Length(ciphertext)) !=
            1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, 16, expectedTag.data()) != 1) {
        OPENSSL_cleanse(plain.data(), plain.size());
        Fail("unwrap a key");
    }
    if (EVP_DecryptFinal_ex(context.get(), out + written, &written) != 1) {
        OPENSSL_cleanse(plain.data(), plain.size());
        return std::nullopt;
    }
    return Secret(std::move(plain));
}

std::vector<unsigned char> HkdfSha256(const Secret& key, std::string_view info, std::size_t size) {
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    if (!kdf) Fail("find HKDF");
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()),
                                                                      &EVP_KDF_CTX_free);
    if (!context) Fail("allocate HKDF");
    std::string digest = "SHA256";
    std::string keyCopy(key.View());
    std::string infoCopy(info);
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, keyCopy.data(), keyCopy.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infoCopy.data(), infoCopy.size()),
        OSSL_PARAM_construct_end(),
    };
    std::vector<unsigned char> out(size);
    const int rc = EVP_KDF_derive(context.get(), out.data(), out.size(), parameters);
    OPENSSL_cleanse(keyCopy.data(), keyCopy.size());
    if (rc != 1) Fail("derive a subkey");
    return out;
}

std::string Sha256(std::string_view data) {
    std::string digest(32, '\0');
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), reinterpret_cast<unsigned char*>(digest.data()), &size,
                   EVP_sha256(), nullptr) != 1 ||
        size != 32)
        Fail("compute SHA-256");
    return digest;
}

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void AppendHex(std::string& out, std::string_view bytes) {
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out.push_back(kHexDigits[byte >> 4]);
        out.push_back(kHexDigits[byte & 0x0f]);
    }
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string ToHex(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    AppendHex(out, bytes);
    return out;
}

Secret ToHex(const Secret& bytes) {
    std::string out;
    // Reserved up front so that no reallocation leaves an unwiped copy behind.
    out.reserve(bytes.Size() * 2);
    AppendHex(out, bytes.View());
    return Secret(std::move(out));
}

std::optional<std::string> FromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = HexValue(hex[i]);
        const int low = HexValue(hex[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out.push_back(static_cast<char>(high * 16 + low));
    }
    return out;
}

}  // namespace securebase::storage
