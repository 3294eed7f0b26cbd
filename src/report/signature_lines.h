#pragma once

#include <string>
#include <vector>

#include "report/flow_layout.h"

namespace securebase::report {

// A signature line per name ("Signature: Name"), or one for `fallback` when no name is given:
// a group's facilitators each sign, and the practitioner signs for a group that names none.
void SignatureLines(FlowLayout& flow, const std::string& label,
                    const std::vector<std::string>& names, const std::string& fallback);

}  // namespace securebase::report
