#pragma once

#include <cstdint>

namespace securebase {

// Row ids are the vault's own; they never leave the practice except inside the vault itself.
// Output meant for others uses the client code instead.
using Id = std::int64_t;
inline constexpr Id kNoId = 0;

}  // namespace securebase
