#pragma once

namespace securebase::cli {

class CommandContext;

// The handlers of AssessmentCommands(), defined by area in instrument_commands.cpp,
// assess_commands.cpp and norms_commands.cpp.
int InstrumentList(CommandContext& context);
int InstrumentShow(CommandContext& context);
int InstrumentValidate(CommandContext& context);
int InstrumentImportFhir(CommandContext& context);
int InstrumentExportFhir(CommandContext& context);

int AssessRecord(CommandContext& context);
int AssessList(CommandContext& context);
int AssessShow(CommandContext& context);
int AssessHistory(CommandContext& context);
int AssessExportFhir(CommandContext& context);

int NormsSet(CommandContext& context);
int NormsList(CommandContext& context);

}  // namespace securebase::cli
