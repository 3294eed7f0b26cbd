#include "service/instrument_import.h"

#include <fstream>
#include <iterator>

#include "assess/fhir_questionnaire.h"
#include "assess/instrument_writer.h"
#include "core/error.h"
#include "service/assessments.h"

namespace securebase::service {
namespace {

std::string ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::Io, "cannot read the file " + file.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Ids may hold '/', which a file name cannot.
std::string FileNameFor(const std::string& instrumentId) {
    std::string name = instrumentId;
    for (char& c : name)
        if (c == '/') c = '_';
    return name + ".json";
}

// Written beside the target and renamed over it, so a crash never leaves half a definition that
// the catalog would then report as broken.
void WriteNew(const std::filesystem::path& target, const std::string& text) {
    const std::filesystem::path partial = target.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) throw Error(ErrorCode::Io, "cannot write " + partial.string());
    }
    std::filesystem::rename(partial, target);
}

}  // namespace

assess::Instrument ImportFhirInstrument(const std::filesystem::path& questionnaire,
                                        const std::vector<std::filesystem::path>& folders) {
    if (folders.size() < 2)
        throw Error(ErrorCode::Refused,
                    "there is no clinic forms folder to import into; set HOME or XDG_DATA_HOME");
    assess::Instrument instrument =
        assess::ImportQuestionnaire(ReadFile(questionnaire), questionnaire.string());
    for (const auto& installed : LoadInstrumentCatalog(folders).instruments)
        if (installed.id == instrument.id)
            throw Error(ErrorCode::Refused, "an instrument with id '" + instrument.id +
                                                "' is already installed; remove it or change the "
                                                "Questionnaire's id before importing");
    const std::filesystem::path& clinic = folders.back();
    const std::filesystem::path target = clinic / FileNameFor(instrument.id);
    if (std::filesystem::exists(target))
        throw Error(ErrorCode::Refused,
                    target.string() + " already exists; move it away before importing");
    std::filesystem::create_directories(clinic);
    WriteNew(target, assess::SerializeInstrument(instrument));
    return instrument;
}

}  // namespace securebase::service
