#include "report/signature_lines.h"

namespace securebase::report {

void SignatureLines(FlowLayout& flow, const std::string& label,
                    const std::vector<std::string>& names, const std::string& fallback) {
    if (names.empty()) {
        flow.SignatureLine(label + ": " + fallback);
        return;
    }
    for (const auto& name : names) flow.SignatureLine(label + ": " + name);
}

}  // namespace securebase::report
