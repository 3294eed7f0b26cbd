#pragma once

#include <string>
#include <vector>

#include "assess/instrument.h"
#include "report/chart.h"

namespace securebase::report {

// How a group scored one subscale at one meeting.
struct MeetingSpread {
    Date heldOn{};
    double mean = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
};

// A group's trend on one subscale: the mean per meeting as a line between the lowest and the
// highest score of that meeting, on the subscale's own range with its cut-offs, as the
// individual charts show it. A plain LineChart, so both painters draw it unchanged; the lowest
// and highest lines have empty value labels, so only the mean is labelled.
LineChart SubscaleSpreadChart(const assess::Instrument& instrument, const std::string& subscaleId,
                              const std::vector<MeetingSpread>& meetings);

}  // namespace securebase::report
