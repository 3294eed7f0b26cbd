#include "assess/answer_list.h"

#include <charconv>

#include "core/error.h"
#include "core/text.h"

namespace securebase::assess {

namespace {

std::string Trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

Answers ParseAnswerList(const std::string& text) {
    std::string separated = text;
    for (char& c : separated) {
        if (c == '\n') c = ',';
    }
    Answers answers;
    for (const auto& pair : Split(separated, ',')) {
        const auto equals = pair.find('=');
        if (equals == std::string::npos) {
            throw Error(ErrorCode::Invalid,
                        "answer \"" + pair + "\": write item=value, for example 3=5");
        }
        const auto item = Trimmed(pair.substr(0, equals));
        const auto valueText = Trimmed(pair.substr(equals + 1));
        int value = 0;
        const auto [end, error] =
            std::from_chars(valueText.data(), valueText.data() + valueText.size(), value);
        if (item.empty() || valueText.empty() || error != std::errc() ||
            end != valueText.data() + valueText.size()) {
            throw Error(ErrorCode::Invalid,
                        "answer \"" + pair + "\": needs an item id and a whole-number value");
        }
        if (!answers.emplace(item, value).second) {
            throw Error(ErrorCode::Invalid, "item " + item + " is answered twice");
        }
    }
    return answers;
}

}  // namespace securebase::assess
