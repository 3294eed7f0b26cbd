#include "assess/fhir_common.h"

namespace securebase::assess::fhir {

std::string ToFhirId(const std::string& text) {
    std::string id;
    for (char c : text) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-' || c == '.';
        id += allowed ? c : '-';
        if (id.size() == 64) break;
    }
    return id;
}

std::string CanonicalOf(const Instrument& instrument) {
    return std::string(kInstrumentSystem) + ":" + instrument.id;
}

int OrdinalOf(const ResponseScale& scale, const Item& item, int value) {
    return item.reverse ? *scale.min + *scale.max - value : value;
}

}  // namespace securebase::assess::fhir
