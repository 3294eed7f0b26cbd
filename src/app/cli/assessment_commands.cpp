// The assessment commands: instruments, administrations, norms.
#include <array>

#include "app/cli/assessment_commands.h"
#include "app/cli/commands.h"

namespace securebase::cli {

std::span<const Command> AssessmentCommands() {
    static constexpr std::array<Command, 12> kCommands{{
        {"instrument list", "", "assessment instruments installed (shipped and the clinic's own)",
         InstrumentList},
        {"instrument show", "ID", "one instrument: items, scales, subscales, notes",
         InstrumentShow},
        {"instrument validate", "FILE", "check an instrument file; errors name the field",
         InstrumentValidate},
        {"instrument import-fhir", "FILE",
         "add a FHIR R4 Questionnaire to the clinic's instruments (never replaces one)",
         InstrumentImportFhir},
        {"instrument export-fhir", "ID [--out F]", "an instrument as a FHIR R4 Questionnaire",
         InstrumentExportFhir},
        {"assess record",
         "ID|CODE INSTRUMENT [--answers-file F] [--mode paper|interview] [--date D]",
         "score a completed form; answers (1=3,2=5 or JSON) come from F or standard input, "
         "never the command line",
         AssessRecord},
        {"assess list", "ID|CODE", "a client's administrations, oldest first", AssessList},
        {"assess show", "ADMINISTRATION", "scores, classification and change of one administration",
         AssessShow},
        {"assess history", "ID|CODE",
         "each subscale over time with its change and reliable change verdict", AssessHistory},
        {"assess export-fhir", "ADMINISTRATION [--out F]",
         "an administration as a FHIR R4 QuestionnaireResponse with its scores", AssessExportFhir},
        {"assess norms set", "INSTRUMENT SUBSCALE [--input FILE]",
         "SD, reliability and their published source as JSON {\"sd\", \"reliability\", "
         "\"source\"}, for reliable change",
         NormsSet},
        {"assess norms list", "", "the norms reliable change is computed from, and their source",
         NormsList},
    }};
    return kCommands;
}

}  // namespace securebase::cli
