#include "ui/version_text.h"

#include "service/about.h"

namespace securebase::ui {

std::string VersionText() {
    return "SecureBase " SECUREBASE_VERSION "\n" + service::EngineDescription();
}

}  // namespace securebase::ui
