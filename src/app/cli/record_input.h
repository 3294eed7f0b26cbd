#pragma once

#include <span>
#include <string>
#include <string_view>

#include <Poco/JSON/Object.h>

namespace securebase::cli {

class CommandContext;

// A field asked for interactively when standard input is a terminal. key may name a nested
// member with a dot ("emergencyContact.name").
struct PromptField {
    std::string_view key;
    std::string_view label;
};

// Record contents never come from argv. They come from --input FILE ('-' = standard input), else
// from prompts when standard input is a terminal, else from standard input: one JSON object.
// Invalid when the input is not a JSON object.
Poco::JSON::Object::Ptr ReadRecord(const CommandContext& context,
                                   std::span<const PromptField> prompts);

// Free text (a search query, an addendum, a reason) from the same sources, trimmed.
std::string ReadText(const CommandContext& context, std::string_view prompt);

// Free text from a file named by an option such as --reason-file, trimmed.
std::string ReadTextFile(const std::string& path);

}  // namespace securebase::cli
