#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace securebase {

enum class NoteFormat { Soap, Dap, Birp, Free };

// One section of a structured note: its stable key (stored) and the label a person reads.
struct NoteFieldSpec {
    std::string_view key;
    std::string_view label;
    std::string_view hint;  // what belongs in this section, shown as a placeholder
};

struct NoteField {
    std::string key;
    std::string text;
};

std::span<const NoteFieldSpec> FieldsOf(NoteFormat format);
const char* ToString(NoteFormat format);  // "soap", "dap", "birp", "free"
const char* DisplayName(NoteFormat format);  // "SOAP", ...
std::optional<NoteFormat> ParseNoteFormat(std::string_view text);

}  // namespace securebase
