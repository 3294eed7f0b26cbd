#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "service/report_benchmark.h"

namespace securebase::service {

struct BenchmarkOptions {
    size_t clients = 5000;
    size_t sessions = 100000;  // each attended one with a progress note
    // Also measure search and chart opening on practices of scaleClients clients each, with a
    // fixed number of sessions per client, to show how cost grows with the practice rather than
    // with the sessions per client. The defaults load in about three minutes in all on a
    // two-core machine; a practice of ten times the benchmark's sessions would take an hour.
    bool scale = false;
    std::vector<size_t> scaleClients = {5000, 50000};
    size_t scaleSessionsPerClient = 1;
    std::uint64_t seed = 20261125;
    size_t searchQueries = 200;
    // Reports in the batch of the report benchmark (ReportBenchmark); 0 leaves it out.
    int reportBatch = 200;
    // Told what the benchmark is doing now ("loading 5000 clients (encrypted)"), for a progress
    // line.
    std::function<void(std::string_view)> progress;
};

inline constexpr double kRatioTarget = 1.5;  // encrypted / unencrypted, for every figure but unlock

// One measured figure, on the encrypted vault and on the same schema unencrypted.
struct BenchmarkFigure {
    std::string key;    // stable name for JSON: "search_p95_ms"
    std::string label;  // for people: "search p95"
    size_t clients = 0;
    double encryptedMs = 0;
    double plainMs = 0;
    std::optional<double> targetMs;  // an absolute target on the encrypted figure
    bool ratioTargeted = true;       // unlock is slow by design (key derivation), so exempt

    double Ratio() const;
    bool MeetsTarget() const;  // true when there is no absolute target
    bool MeetsRatio() const;   // true when the ratio is not targeted
};

struct BenchmarkReport {
    std::string engine;  // EngineDescription()
    size_t clients = 0;
    size_t sessions = 0;
    size_t notes = 0;
    int kdfIterations = 0;
    double loadEncryptedSeconds = 0;
    double loadPlainSeconds = 0;
    std::vector<BenchmarkFigure> figures;
    std::optional<ReportBenchmark> reports;

    bool AllTargetsMet() const;
};

// Builds the same invented practice in an encrypted vault and in an unencrypted database (same
// SQLCipher library, same schema, no key) inside a temporary folder that is removed afterwards,
// then runs the same workload on both through the use cases: unlock, first page of the client
// list, search (median and p95 over searchQueries queries), opening a full chart (audited, as the
// GUI does, and once more straight from the repositories), adding and signing a note, and a
// verified backup.
BenchmarkReport RunBenchmark(const BenchmarkOptions& options);

}  // namespace securebase::service
