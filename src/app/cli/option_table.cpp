#include "app/cli/option_table.h"

#include <string_view>

namespace securebase::cli {
namespace {

constexpr OptionSpec kOptions[] = {
    {"help", nullptr, "show the commands, options and exit codes"},
    {"version", nullptr, "show the program and storage engine versions"},
    {"vault", "PATH", "the vault file"},
    {"json", nullptr, "machine-readable output"},
    {"input", "FILE", "read the record or text from FILE ('-' = standard input)"},
    {"passphrase-fd", "N", "read the passphrase from file descriptor N"},
    {"new-passphrase-fd", "N", "read the new passphrase from file descriptor N"},
    {"status", "S", "waitlist, active or discharged"},
    {"limit", "N", "at most N rows"},
    {"offset", "N", "skip the first N rows"},
    {"date", "D", "a date, YYYY-MM-DD"},
    {"reason-file", "F", "read the discharge reason from F"},
    {"start", "WHEN", "session start, \"YYYY-MM-DD HH:MM\""},
    {"duration", "MIN", "session length in minutes"},
    {"kind", "K", "individual, couple, family or group"},
    {"attendance", "A", "attended, cancelled or no-show"},
    {"format", "F", "soap, dap, birp or free"},
    {"clients", "N", "number of clients (demo, bench)"},
    {"sessions", "N", "number of sessions (demo, bench)"},
    {"seed", "S", "seed of the invented practice (demo)"},
    {"due", "D", "homework: the due day of a one-off, or the last day of a recurring one"},
    {"daily", nullptr, "homework: expected every day"},
    {"weekdays", "L", "homework: expected on these days, e.g. mon,wed,fri"},
    {"weekly", "DAY", "homework: expected once a week, planned for DAY (e.g. fri)"},
    {"goal", "G", "homework: the treatment goal the assignment serves"},
    {"instructions-file", "F", "homework: read the practitioner's instructions from F"},
    {"answers", "LIST", "refused: answers never go on the command line (use --answers-file)"},
    {"answers-file", "F", "read assessment answers from F ('-' = standard input)"},
    {"mode", "M", "how the answers were taken: paper or interview (assess record)"},
    {"out", "FILE", "write the export to FILE (created, never overwritten)"},
    {"from", "D",
     "report: the first day of the period (default: 90 days back); group homework: the first day "
     "of work (default: the meeting day)"},
    {"to", "D", "report: the last day of the period, YYYY-MM-DD (default: today)"},
    {"template", "NAME",
     "report: the layout reports/NAME.json (default: progress); group homework: the template"},
    {"deidentify", nullptr, "report: name the client by code only"},
    {"summary-file", "F", "report: the practitioner's summary and recommendations from F"},
    {"full-name", nullptr, "worksheet: print the client's full name instead of the code"},
    {"code-only", nullptr, "group certificate: name the participant by client code only"},
    {"scale", nullptr,
     "bench: also measure search and chart opening at 5000 and 50000 clients, one session "
     "each (about 3 more minutes of loading)"},
    {"report-batch", "N",
     "bench: reports drawn in the report batch (default 200; 0 skips reports)"},
};

const OptionSpec* Find(std::string_view name) {
    for (const auto& spec : kOptions)
        if (name == spec.name) return &spec;
    return nullptr;
}

}  // namespace

std::span<const OptionSpec> OptionTable() { return kOptions; }

std::optional<std::string> FirstUnknownOption(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.size() < 3 || arg.substr(0, 2) != "--") continue;
        const std::string_view name = arg.substr(2, arg.find_first_of("=:") - 2);
        const OptionSpec* spec = Find(name);
        if (!spec) return std::string(name);
        const bool inlineValue = name.size() + 2 < arg.size();
        if (spec->argument && !inlineValue) ++i;  // the next word is this option's value
    }
    return std::nullopt;
}

}  // namespace securebase::cli
