#include "service/process_hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace securebase::service {

void HardenProcess() noexcept {
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    // Not dumpable also means no ptrace attach by ordinary processes of the same user.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

}  // namespace securebase::service
