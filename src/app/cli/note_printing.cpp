#include "app/cli/note_printing.h"

namespace securebase::cli {
namespace {

std::string SignatureText(const Signature& signature) {
    return "signed by " + signature.signedBy + " at " + FormatTimestamp(signature.signedAt);
}

}  // namespace

void PrintNote(std::ostream& out, const ProgressNote& note) {
    out << DisplayName(note.format) << " note " << note.id << " ("
        << (note.signature ? SignatureText(*note.signature) : "draft, not signed") << ")\n";
    for (const auto& spec : FieldsOf(note.format)) {
        const std::string* text = note.Field(spec.key);
        out << "\n" << spec.label << ":\n" << (text && !text->empty() ? *text : "-") << "\n";
    }
    for (const auto& addendum : note.addenda)
        out << "\nAddendum " << addendum.id << " (" << SignatureText(addendum.signature) << "):\n"
            << addendum.text << "\n";
}

}  // namespace securebase::cli
