#include "storage/key_slot.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/error.h"
#include "storage/crypto.h"

namespace securebase::storage {

std::string KeySlotAad(const KeySlot& slot) {
    return "securebase-key-slot-v1|" + std::string(kSlotKdf) + "|" +
           std::to_string(slot.iterations) + "|" + ToHex(slot.salt) + "|" + std::string(kSlotWrap);
}

KeySlot SealKeySlot(const Secret& dataKey, const Secret& passphrase, int iterations) {
    if (dataKey.Size() != kDataKeySize) throw Error(ErrorCode::Invalid, "data key has wrong size");
    if (iterations < 1) throw Error(ErrorCode::Invalid, "key derivation needs iterations");
    KeySlot slot;
    slot.iterations = iterations;
    slot.salt = RandomBytes(32);
    slot.nonce = RandomBytes(12);
    const Secret kek = Pbkdf2Sha512(passphrase, slot.salt, iterations);
    GcmSealed sealed = SealAes256Gcm(kek, slot.nonce, dataKey, KeySlotAad(slot));
    slot.wrappedKey = std::move(sealed.ciphertext);
    slot.tag = std::move(sealed.tag);
    return slot;
}

std::optional<Secret> OpenKeySlot(const KeySlot& slot, const Secret& passphrase) {
    const Secret kek = Pbkdf2Sha512(passphrase, slot.salt, slot.iterations);
    auto dataKey = OpenAes256Gcm(kek, slot.nonce, slot.wrappedKey, slot.tag, KeySlotAad(slot));
    if (dataKey && dataKey->Size() != kDataKeySize) return std::nullopt;
    return dataKey;
}

int TuneKdfIterations(double seconds, int minimum) {
    using Clock = std::chrono::steady_clock;
    const Secret probe(RandomBytes(16));
    const std::string salt = RandomBytes(32);
    // Grow the probe until it runs long enough to time reliably, then extrapolate linearly:
    // PBKDF2's cost is proportional to its iteration count.
    int trial = 10000;
    for (;;) {
        const auto start = Clock::now();
        Pbkdf2Sha512(probe, salt, trial);
        const std::chrono::duration<double> took = Clock::now() - start;
        if (took.count() >= 0.05 || trial >= 10'000'000) {
            const double perSecond = trial / std::max(took.count(), 1e-6);
            const double wanted = std::min(perSecond * seconds, double{kMaximumKdfIterations});
            return std::max(minimum, static_cast<int>(std::lround(wanted)));
        }
        trial *= 4;
    }
}

}  // namespace securebase::storage
