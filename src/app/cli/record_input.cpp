#include "app/cli/record_input.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

#include <Poco/JSON/Parser.h>

#include "app/cli/command_context.h"
#include "app/cli/terminal.h"
#include "core/error.h"
#include "core/text.h"

namespace securebase::cli {
namespace {

std::string ReadAll(std::istream& in) {
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string ReadFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error(ErrorCode::Io, "cannot read the file " + path);
    return ReadAll(file);
}

// The whole input when it comes from a file or a pipe; nothing when it should be asked for.
std::optional<std::string> NonInteractiveInput(const CommandContext& context) {
    if (const auto input = context.Option("input")) {
        if (*input == "-") return ReadAll(std::cin);
        return ReadFile(*input);
    }
    if (StdinIsTerminal()) return std::nullopt;
    return ReadAll(std::cin);
}

void CheckUtf8(std::string_view text) {
    if (!IsValidUtf8(text)) throw Error(ErrorCode::Invalid, "the input is not valid UTF-8 text");
}

Poco::JSON::Object::Ptr Prompted(std::span<const PromptField> prompts) {
    Poco::JSON::Object::Ptr record = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& field : prompts) {
        auto answer = AskOnTerminal(std::string(field.label) + ": ", true);
        if (!answer) break;
        const std::string value = Trim(*answer);
        if (value.empty()) continue;
        CheckUtf8(value);
        const auto dot = field.key.find('.');
        if (dot == std::string_view::npos) {
            record->set(std::string(field.key), value);
            continue;
        }
        const std::string parent(field.key.substr(0, dot));
        Poco::JSON::Object::Ptr inner = record->getObject(parent);
        if (!inner) {
            inner = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            record->set(parent, inner);
        }
        inner->set(std::string(field.key.substr(dot + 1)), value);
    }
    return record;
}

}  // namespace

Poco::JSON::Object::Ptr ReadRecord(const CommandContext& context,
                                   std::span<const PromptField> prompts) {
    const auto text = NonInteractiveInput(context);
    if (!text) return Prompted(prompts);
    CheckUtf8(*text);
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var parsed = parser.parse(*text);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
            return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        // Poco's message may quote the input, which can be client data: say only what to do.
    }
    throw Error(ErrorCode::Invalid,
                "the input must be one JSON object with the record's fields (see --help)");
}

std::string ReadText(const CommandContext& context, std::string_view prompt) {
    auto text = NonInteractiveInput(context);
    if (!text) text = AskOnTerminal(std::string(prompt) + ": ", true).value_or("");
    CheckUtf8(*text);
    return Trim(*text);
}

std::string ReadTextFile(const std::string& path) {
    const std::string text = ReadFile(path);
    CheckUtf8(text);
    return Trim(text);
}

}  // namespace securebase::cli
