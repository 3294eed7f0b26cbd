#pragma once

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/secret.h"
#include "storage/crypto.h"
#include "storage/vault.h"

namespace securebase::test {

// Byte-level helpers for the vault suites: they damage files the way disks and people do, and
// fingerprint them to prove that a refused open changed nothing.

inline std::string ReadFileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void WriteFileBytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline void OverwriteBytes(const std::filesystem::path& path, std::size_t offset,
                           std::string_view bytes) {
    std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
    file.seekp(static_cast<std::streamoff>(offset));
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline void FlipByte(const std::filesystem::path& path, std::size_t offset) {
    std::string bytes = ReadFileBytes(path);
    BOOST_REQUIRE_LT(offset, bytes.size());
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x5a);
    WriteFileBytes(path, bytes);
}

inline std::string Fingerprint(const std::filesystem::path& path) {
    return storage::ToHex(storage::Sha256(ReadFileBytes(path)));
}

inline bool FileContains(const std::filesystem::path& path, std::string_view needle) {
    return ReadFileBytes(path).find(needle) != std::string::npos;
}

inline Secret Passphrase(const char* text) { return Secret(text); }

inline std::unique_ptr<storage::Vault> CreateTestVault(const std::filesystem::path& path,
                                                       const char* passphrase) {
    return storage::Vault::Create(path, Passphrase(passphrase),
                                  {.kdfIterations = storage::kTestKdfIterations});
}

// Runs `action`, which must throw Error with `code` and a message containing `fragment`.
template <typename Action>
void RequireError(Action&& action, ErrorCode code, std::string_view fragment) {
    try {
        action();
    } catch (const Error& error) {
        BOOST_TEST(static_cast<int>(error.Code()) == static_cast<int>(code));
        BOOST_TEST(std::string(error.what()).find(fragment) != std::string::npos,
                   "message \"" << error.what() << "\" lacks \"" << fragment << "\"");
        return;
    }
    BOOST_FAIL("expected an error containing \"" << fragment << "\"");
}

}  // namespace securebase::test
