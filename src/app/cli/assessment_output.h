#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "assess/instrument.h"
#include "assess/reliable_change.h"
#include "service/assessments.h"

namespace securebase::cli {

// The instrument an administration was given with, when it is still installed.
const assess::Instrument* FindInstrument(const service::InstrumentCatalog& catalog,
                                         const std::string& instrumentId);

// "4.25": scores and changes are shown to two decimals everywhere.
std::string Fixed2(double value);

// A subscale's name from the instrument, else its id.
std::string SubscaleName(const assess::Instrument* instrument, const std::string& subscaleId);

// The practitioner's view of one administration: disclaimer first, subscale scores, the
// subscales too incomplete to score, classification, unanswered items, and change since baseline
// and since last (reliable change verdict, or the raw change and why there is no RCI).
void PrintReport(std::ostream& out, const service::AdministrationReport& report,
                 const assess::Instrument* instrument);

// The same as --json. Field names are stable; absent values are null.
Poco::JSON::Object::Ptr ReportJson(const service::AdministrationReport& report,
                                   const assess::Instrument* instrument);

Poco::JSON::Object::Ptr ChangeJson(const assess::SubscaleChange& change);

// One line of text for a change: the verdict with the RCI, or the raw change and why no RCI.
std::string ChangeText(const assess::SubscaleChange& change);

}  // namespace securebase::cli
