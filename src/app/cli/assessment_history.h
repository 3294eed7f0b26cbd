#pragma once

#include <ostream>
#include <vector>

#include <Poco/JSON/Object.h>

#include "service/assessments.h"

namespace securebase::cli {

// A client's history as `assess history` shows it: per instrument version, each subscale's scores
// over time with the change from the previous one (RCI and verdict where norms exist, else the
// raw change and why not), the change since baseline, and the administrations not scored.
void PrintHistory(std::ostream& out, const std::vector<service::AdministrationReport>& history,
                  const service::InstrumentCatalog& catalog);

Poco::JSON::Object::Ptr HistoryJson(Id clientId,
                                    const std::vector<service::AdministrationReport>& history,
                                    const service::InstrumentCatalog& catalog);

}  // namespace securebase::cli
