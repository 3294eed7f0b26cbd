#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "assess/instrument.h"
#include "assess/instrument_loader.h"
#include "assess/scoring.h"

namespace securebase::test {

inline std::filesystem::path ShippedInstrumentPath(const std::string& id) {
    return std::filesystem::path(SECUREBASE_FORMS_DIR) / "instruments" / (id + ".json");
}

inline assess::Instrument LoadShipped(const std::string& id) {
    return assess::LoadInstrument(ShippedInstrumentPath(id));
}

inline std::string ReadTestData(const std::string& name) {
    std::ifstream in(std::filesystem::path(SECUREBASE_ASSESS_DATA_DIR) / name, std::ios::binary);
    if (!in) throw std::runtime_error("missing test data file " + name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Answers written as one character per item, items numbered "1", "2", ... in order; '-' leaves
// that item unanswered. "54-7" answers item 1 with 5, item 2 with 4, skips 3, item 4 with 7.
inline assess::Answers NumberedAnswers(const std::string& digits) {
    assess::Answers answers;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] != '-') answers[std::to_string(i + 1)] = digits[i] - '0';
    }
    return answers;
}

}  // namespace securebase::test
