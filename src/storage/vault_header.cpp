#include "storage/vault_header.h"

#include <fcntl.h>
#include <unistd.h>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <sstream>

#include "core/error.h"
#include "storage/crypto.h"

namespace securebase::storage {

namespace {

// Inside an area: sequence (8 bytes LE), JSON length (4 bytes LE), JSON, zero padding, and the
// SHA-256 of everything before it in the last 32 bytes.
constexpr std::size_t kSequenceBytes = 8;
constexpr std::size_t kLengthBytes = 4;
constexpr std::size_t kChecksumBytes = 32;
constexpr std::size_t kJsonOffset = kSequenceBytes + kLengthBytes;
constexpr std::size_t kChecksumOffset = kHeaderAreaSize - kChecksumBytes;
constexpr std::size_t kMaxJson = kChecksumOffset - kJsonOffset;

const std::set<std::string> kHmacAlgorithms = {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"};
const std::set<std::string> kKdfAlgorithms = {"PBKDF2_HMAC_SHA1", "PBKDF2_HMAC_SHA256",
                                              "PBKDF2_HMAC_SHA512"};

// An intact area whose content names a format or algorithm this program does not know: written
// by a newer SecureBase, which is not the same as damaged.
class UnsupportedHeader : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

void PutLittleEndian(std::string& out, std::size_t offset, std::uint64_t value, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i)
        out[offset + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t GetLittleEndian(std::string_view in, std::size_t offset, std::size_t size) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < size; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[offset + i])) << (8 * i);
    return value;
}

std::string ToJson(const VaultHeader& header) {
    Poco::JSON::Object::Ptr cipher = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    cipher->set("cipher_compatibility", header.cipher.compatibility);
    cipher->set("cipher_page_size", header.cipher.pageSize);
    cipher->set("cipher_hmac_algorithm", header.cipher.hmacAlgorithm);
    cipher->set("cipher_kdf_algorithm", header.cipher.kdfAlgorithm);

    Poco::JSON::Array::Ptr slots = new Poco::JSON::Array;
    for (const KeySlot& slot : header.slots) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("kdf", std::string(kSlotKdf));
        entry->set("iterations", slot.iterations);
        entry->set("salt", ToHex(slot.salt));
        entry->set("wrap", std::string(kSlotWrap));
        entry->set("nonce", ToHex(slot.nonce));
        entry->set("wrapped_key", ToHex(slot.wrappedKey));
        entry->set("tag", ToHex(slot.tag));
        slots->add(entry);
    }

    Poco::JSON::Object root(Poco::JSON_PRESERVE_KEY_ORDER);
    root.set("format", kVaultFormat);
    root.set("cipher", cipher);
    root.set("key_slots", slots);
    std::ostringstream out;
    root.stringify(out);
    return out.str();
}

std::string HexField(const Poco::JSON::Object::Ptr& object, const std::string& name,
                     std::size_t size) {
    auto bytes = FromHex(object->getValue<std::string>(name));
    if (!bytes || bytes->size() != size) throw Poco::DataFormatException(name);
    return *bytes;
}

VaultHeader FromJson(std::string_view json) {
    Poco::JSON::Parser parser;
    const auto root = parser.parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    if (root->getValue<int>("format") != kVaultFormat)
        throw UnsupportedHeader("vault format " + root->getValue<std::string>("format"));

    VaultHeader header;
    const auto cipher = root->getObject("cipher");
    if (!cipher) throw Poco::DataFormatException("cipher");
    header.cipher.compatibility = cipher->getValue<int>("cipher_compatibility");
    header.cipher.pageSize = cipher->getValue<int>("cipher_page_size");
    header.cipher.hmacAlgorithm = cipher->getValue<std::string>("cipher_hmac_algorithm");
    header.cipher.kdfAlgorithm = cipher->getValue<std::string>("cipher_kdf_algorithm");
    const int page = header.cipher.pageSize;
    if (header.cipher.compatibility < 1 || header.cipher.compatibility > 4 || page < 512 ||
        page > 65536 || (page & (page - 1)) != 0 ||
        !kHmacAlgorithms.contains(header.cipher.hmacAlgorithm) ||
        !kKdfAlgorithms.contains(header.cipher.kdfAlgorithm))
        throw UnsupportedHeader("cipher settings");

    const auto slots = root->getArray("key_slots");
    if (!slots || slots->size() == 0) throw Poco::DataFormatException("key_slots");
    for (std::size_t i = 0; i < slots->size(); ++i) {
        const auto entry = slots->getObject(static_cast<unsigned>(i));
        if (!entry) throw Poco::DataFormatException("key slot");
        if (entry->getValue<std::string>("kdf") != kSlotKdf ||
            entry->getValue<std::string>("wrap") != kSlotWrap)
            throw UnsupportedHeader("key slot algorithms");
        KeySlot slot;
        slot.iterations = entry->getValue<int>("iterations");
        if (slot.iterations < 1 || slot.iterations > kMaximumKdfIterations)
            throw Poco::DataFormatException("iterations");
        slot.salt = HexField(entry, "salt", 32);
        slot.nonce = HexField(entry, "nonce", 12);
        slot.wrappedKey = HexField(entry, "wrapped_key", kDataKeySize);
        slot.tag = HexField(entry, "tag", 16);
        header.slots.push_back(std::move(slot));
    }
    return header;
}

struct DecodedArea {
    std::uint64_t sequence = 0;
    std::optional<VaultHeader> header;  // nullopt: intact, but written by a newer SecureBase
};

// nullopt for an area whose checksum or content does not hold up (torn write, tampering).
std::optional<DecodedArea> DecodeArea(std::string_view area) {
    if (Sha256(area.substr(0, kChecksumOffset)) != area.substr(kChecksumOffset))
        return std::nullopt;
    const std::size_t length = GetLittleEndian(area, kSequenceBytes, kLengthBytes);
    if (length > kMaxJson) return std::nullopt;
    DecodedArea decoded{GetLittleEndian(area, 0, kSequenceBytes), std::nullopt};
    try {
        decoded.header = FromJson(area.substr(kJsonOffset, length));
    } catch (const UnsupportedHeader&) {
        return decoded;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
    return decoded;
}

}  // namespace

std::uint64_t HeaderAreas::NewestSequence() const {
    return std::max(sequences[0].value_or(0), sequences[1].value_or(0));
}

int HeaderAreas::OlderArea() const {
    if (!sequences[0]) return 0;
    if (!sequences[1]) return 1;
    return *sequences[0] <= *sequences[1] ? 0 : 1;
}

std::string EncodeHeaderArea(std::uint64_t sequence, const VaultHeader& header) {
    const std::string json = ToJson(header);
    if (json.size() > kMaxJson)
        throw Error(ErrorCode::Invalid, "too many key slots to fit in the vault header");
    std::string area(kHeaderAreaSize, '\0');
    PutLittleEndian(area, 0, sequence, kSequenceBytes);
    PutLittleEndian(area, kSequenceBytes, json.size(), kLengthBytes);
    std::copy(json.begin(), json.end(), area.begin() + kJsonOffset);
    const std::string checksum = Sha256(std::string_view(area).substr(0, kChecksumOffset));
    std::copy(checksum.begin(), checksum.end(), area.begin() + kChecksumOffset);
    return area;
}

std::string EncodeHeader(const VaultHeader& header) {
    std::string bytes(kHeaderSize, '\0');
    std::copy(kVaultMagic.begin(), kVaultMagic.end(), bytes.begin());
    for (std::size_t i = 0; i < kHeaderAreaOffsets.size(); ++i) {
        const std::string area = EncodeHeaderArea(i + 1, header);
        std::copy(area.begin(), area.end(), bytes.begin() + kHeaderAreaOffsets[i]);
    }
    return bytes;
}

HeaderAreas DecodeHeader(std::string_view bytes, const std::string& fileName) {
    if (bytes.size() < kHeaderSize || bytes.substr(0, kVaultMagic.size()) != kVaultMagic)
        throw Error(ErrorCode::NotAVault, fileName + " is not a SecureBase vault");
    HeaderAreas found;
    std::optional<DecodedArea> newest;
    for (std::size_t i = 0; i < kHeaderAreaOffsets.size(); ++i) {
        auto area = DecodeArea(bytes.substr(kHeaderAreaOffsets[i], kHeaderAreaSize));
        if (!area) continue;
        found.sequences[i] = area->sequence;
        if (!newest || area->sequence > newest->sequence) newest = std::move(area);
    }
    if (!newest)
        throw Error(ErrorCode::Damaged, "vault is damaged: both copies of the key-slot header of " +
                                            fileName +
                                            " fail their checksum; restore it from a backup");
    if (!newest->header)
        throw Error(ErrorCode::TooNew, fileName +
                                           " was written by a newer SecureBase (unknown vault "
                                           "format); install the newer version to open it");
    found.header = std::move(*newest->header);
    return found;
}

void WriteHeaderFile(const std::filesystem::path& path, const VaultHeader& header) {
    const std::string bytes = EncodeHeader(header);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        throw Error(error == EEXIST ? ErrorCode::Invalid : ErrorCode::Io,
                    "cannot create " + path.filename().string() + ": " + std::strerror(error));
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) break;
        done += static_cast<std::size_t>(wrote);
    }
    const bool ok = done == bytes.size() && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw Error(ErrorCode::Io, "cannot write the header of " + path.filename().string() + ": " +
                                       std::strerror(error));
    }
}

}  // namespace securebase::storage
