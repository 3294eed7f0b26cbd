#include "core/note_format.h"

#include <array>

#include "core/text.h"

namespace securebase {
namespace {

constexpr std::array<NoteFieldSpec, 4> kSoap{{
    {"subjective", "Subjective", "What the client reported, in their words where it helps"},
    {"objective", "Objective", "What you observed: affect, presentation, measures"},
    {"assessment", "Assessment", "Your clinical understanding of where the client is now"},
    {"plan", "Plan", "Next steps, homework, next session"},
}};
constexpr std::array<NoteFieldSpec, 3> kDap{{
    {"data", "Data", "What was said and observed in the session"},
    {"assessment", "Assessment", "Your interpretation of the data"},
    {"plan", "Plan", "Next steps, homework, next session"},
}};
constexpr std::array<NoteFieldSpec, 4> kBirp{{
    {"behavior", "Behavior", "The client's presentation and what they reported"},
    {"intervention", "Intervention", "What you did in the session"},
    {"response", "Response", "How the client responded to it"},
    {"plan", "Plan", "Next steps, homework, next session"},
}};
constexpr std::array<NoteFieldSpec, 1> kFree{{
    {"text", "Note", "The session note"},
}};

}  // namespace

std::span<const NoteFieldSpec> FieldsOf(NoteFormat format) {
    switch (format) {
        case NoteFormat::Soap: return kSoap;
        case NoteFormat::Dap: return kDap;
        case NoteFormat::Birp: return kBirp;
        case NoteFormat::Free: return kFree;
    }
    return kFree;
}

const char* ToString(NoteFormat format) {
    switch (format) {
        case NoteFormat::Soap: return "soap";
        case NoteFormat::Dap: return "dap";
        case NoteFormat::Birp: return "birp";
        case NoteFormat::Free: return "free";
    }
    return "free";
}

const char* DisplayName(NoteFormat format) {
    switch (format) {
        case NoteFormat::Soap: return "SOAP";
        case NoteFormat::Dap: return "DAP";
        case NoteFormat::Birp: return "BIRP";
        case NoteFormat::Free: return "Free text";
    }
    return "Free text";
}

std::optional<NoteFormat> ParseNoteFormat(std::string_view text) {
    const std::string lower = ToLower(text);
    for (NoteFormat f : {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp, NoteFormat::Free})
        if (lower == ToString(f)) return f;
    return std::nullopt;
}

}  // namespace securebase
