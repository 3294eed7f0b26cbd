#pragma once

namespace securebase::service {

// Called first thing by both programs: a crash must not leave a core file holding decrypted
// records or the vault key, and other processes of the same user must not attach a debugger to
// read them. Failures are ignored: hardening is best effort and never stops the program.
void HardenProcess() noexcept;

}  // namespace securebase::service
