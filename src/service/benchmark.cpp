#include "service/benchmark.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <random>

#include "core/error.h"
#include "service/about.h"
#include "service/demo_practice.h"
#include "service/practice.h"
#include "storage/plain_database.h"
#include "storage/sqlcipher_practice_store.h"
#include "storage/vault.h"

namespace securebase::service {
namespace {

namespace fs = std::filesystem;

constexpr size_t kRepeats = 10;  // for figures taken as a median of repeated runs
constexpr size_t kUnlockRepeats = 3;

template <typename Work>
double Milliseconds(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double Quantile(std::vector<double> samples, double q) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<size_t>(q * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

// A folder of its own under the system temp dir, removed with everything in it.
class ScratchFolder {
public:
    ScratchFolder() {
        std::random_device entropy;
        for (int attempt = 0; attempt < 100; ++attempt) {
            auto candidate =
                fs::temp_directory_path() / ("securebase-bench-" + std::to_string(entropy()));
            if (fs::create_directory(candidate)) {
                fs::permissions(candidate, fs::perms::owner_all, fs::perm_options::replace);
                m_path = candidate;
                return;
            }
        }
        throw Error(ErrorCode::Io, "cannot create a temporary folder for the benchmark");
    }
    ~ScratchFolder() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const fs::path& Path() const { return m_path; }

private:
    fs::path m_path;
};

Secret RandomPassphrase() {
    std::random_device entropy;
    std::string text;
    for (int i = 0; i < 32; ++i) text += static_cast<char>('a' + entropy() % 26);
    return Secret(std::move(text));
}

// One side of the comparison: a store over one connection that can be closed and reopened.
class Side {
public:
    virtual ~Side() = default;
    virtual PracticeStore& Store() = 0;
    virtual void Reopen() = 0;
    virtual void Backup(const fs::path& out) = 0;
    virtual storage::Database& Db() = 0;

    // Folds the bulk load's write-ahead log into the file, so that neither side is measured with
    // the other's leftover log (or its checkpoint) still to pay for.
    void Settle() { Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
};

class EncryptedSide : public Side {
public:
    explicit EncryptedSide(fs::path path)
        : m_path(std::move(path)), m_passphrase(RandomPassphrase()) {
        m_vault = storage::Vault::Create(m_path, m_passphrase);
        Attach();
    }
    PracticeStore& Store() override { return *m_store; }
    void Reopen() override {
        m_store.reset();
        m_vault.reset();
        m_vault = storage::Vault::Open(m_path, m_passphrase);
        Attach();
    }
    void Backup(const fs::path& out) override { m_vault->BackupTo(out); }
    storage::Database& Db() override { return m_vault->Db(); }
    int KdfIterations() const { return m_vault->KdfIterations(); }

private:
    void Attach() {
        m_store = std::make_unique<storage::SqlcipherPracticeStore>(
            m_vault->Db(), m_vault->DeriveSubkey("audit-chain"));
    }
    fs::path m_path;
    Secret m_passphrase;
    std::unique_ptr<storage::Vault> m_vault;
    std::unique_ptr<storage::SqlcipherPracticeStore> m_store;
};

class PlainSide : public Side {
public:
    explicit PlainSide(fs::path path) : m_path(std::move(path)) { Reopen(); }
    PracticeStore& Store() override { return *m_store; }
    void Reopen() override {
        m_store.reset();
        m_db.reset();
        m_db = std::make_unique<storage::Database>(storage::OpenPlainDatabase(m_path));
        // Fixed bytes: the baseline's audit chain protects nothing, it only costs the same.
        m_store = std::make_unique<storage::SqlcipherPracticeStore>(
            *m_db, std::vector<unsigned char>(32, 0x5b));
    }
    void Backup(const fs::path& out) override { storage::BackupPlainDatabase(*m_db, out); }
    storage::Database& Db() override { return *m_db; }

private:
    fs::path m_path;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqlcipherPracticeStore> m_store;
};

struct Measures {
    double unlock = 0;
    double listFirstPage = 0;
    double searchMedian = 0;
    double searchP95 = 0;
    double chartOpen = 0;
    double chartRead = 0;
    double addAndSign = 0;
    double backup = 0;
};

// Clients in care spread over the whole list, so chart opening does not read one corner only.
std::vector<Id> ChartClients(Practice& practice) {
    const size_t active = practice.CountClients(ClientStatus::Active);
    std::vector<Id> ids;
    for (size_t i = 0; i < kRepeats && active > 0; ++i) {
        ClientListQuery query{ClientStatus::Active, i * active / kRepeats, 1};
        for (const auto& client : practice.ListClients(query)) ids.push_back(client.id);
    }
    return ids;
}

// The same rows straight from the repositories: what the storage and its encryption cost without
// the audit rows' commits.
void ReadChart(PracticeStore& store, Id clientId) {
    store.Clients().Find(clientId);
    for (const auto& session : store.Sessions().ListForClient(clientId))
        store.Notes().FindProgressNote(session.id);
}

Measures Measure(Side& side, const fs::path& folder, const std::vector<std::string>& terms,
                 bool full) {
    Measures m;
    if (full) {
        std::vector<double> unlocks;
        for (size_t i = 0; i < kUnlockRepeats; ++i)
            unlocks.push_back(Milliseconds([&] {
                side.Reopen();
                side.Store().Clients().Count(std::nullopt);
            }));
        m.unlock = Quantile(unlocks, 0.5);
    }
    Practice practice(side.Store());
    if (full) {
        std::vector<double> pages;
        for (size_t i = 0; i < kRepeats; ++i)
            pages.push_back(Milliseconds([&] { practice.ListClients(ClientListQuery{}); }));
        m.listFirstPage = Quantile(pages, 0.5);
    }

    // An untimed pass first, so both sides are measured with the same warm file cache.
    for (const auto& term : terms) practice.Search(term);
    std::vector<double> searches;
    for (const auto& term : terms) searches.push_back(Milliseconds([&] { practice.Search(term); }));
    m.searchMedian = Quantile(searches, 0.5);
    m.searchP95 = Quantile(searches, 0.95);

    const auto charts = ChartClients(practice);
    for (Id id : charts) ReadChart(side.Store(), id);
    std::vector<double> reads, opens;
    for (Id id : charts) reads.push_back(Milliseconds([&] { ReadChart(side.Store(), id); }));
    for (Id id : charts) opens.push_back(Milliseconds([&] { practice.OpenChart(id); }));
    m.chartRead = Quantile(reads, 0.5);
    m.chartOpen = Quantile(opens, 0.5);
    if (!full) return m;

    std::vector<double> writes;
    for (Id id : charts) {
        Session session;
        session.clientId = id;
        session.start = LocalNow();
        session = practice.AddSession(session);
        ProgressNote note;
        note.sessionId = session.id;
        note.format = NoteFormat::Free;
        note.fields = {{"text", "Benchmark note: practised grounding and an \"I\" statement."}};
        writes.push_back(Milliseconds([&] { practice.SignNote(practice.SaveNote(note).id); }));
    }
    m.addAndSign = Quantile(writes, 0.5);
    m.backup = Milliseconds([&] { side.Backup(folder / "backup"); });
    return m;
}

void Add(BenchmarkReport& report, std::string key, std::string label, size_t clients,
         double encrypted, double plain, std::optional<double> target, bool ratioTargeted) {
    report.figures.push_back(
        {std::move(key), std::move(label), clients, encrypted, plain, target, ratioTargeted});
}

void Run(BenchmarkReport& report, const BenchmarkOptions& options, size_t clients, size_t sessions,
         bool full) {
    const auto tell = [&](const std::string& what) {
        if (options.progress) options.progress(what);
    };
    ScratchFolder scratch;
    fs::create_directory(scratch.Path() / "encrypted");
    fs::create_directory(scratch.Path() / "plain");
    DemoOptions demo;
    demo.clients = clients;
    demo.sessions = sessions;
    demo.seed = options.seed;
    demo.clientsPerCommit = 50;

    const std::string size =
        std::to_string(clients) + " clients, " + std::to_string(sessions) + " sessions";
    tell("loading " + size + " (encrypted)");
    EncryptedSide encrypted(scratch.Path() / "encrypted" / "bench.sbv");
    DemoSummary summary;
    const double loadEncrypted =
        Milliseconds([&] { summary = BulkLoadDemoPractice(encrypted.Store(), demo); });
    tell("loading " + size + " (unencrypted)");
    PlainSide plain(scratch.Path() / "plain" / "bench.db");
    const double loadPlain = Milliseconds([&] { BulkLoadDemoPractice(plain.Store(), demo); });

    const auto terms = DemoSearchTerms(options.searchQueries, options.seed);
    encrypted.Settle();
    plain.Settle();
    tell("measuring " + size + " (encrypted)");
    const Measures e = Measure(encrypted, scratch.Path() / "encrypted", terms, full);
    tell("measuring " + size + " (unencrypted)");
    const Measures p = Measure(plain, scratch.Path() / "plain", terms, full);

    if (full) {
        report.clients = summary.clients;
        report.sessions = summary.sessions;
        report.notes = summary.notes;
        report.kdfIterations = encrypted.KdfIterations();
        report.loadEncryptedSeconds = loadEncrypted / 1000;
        report.loadPlainSeconds = loadPlain / 1000;
        Add(report, "unlock_ms", "unlock", clients, e.unlock, p.unlock, std::nullopt, false);
        Add(report, "client_list_first_page_ms", "client list, first page", clients,
            e.listFirstPage, p.listFirstPage, std::nullopt, true);
    }
    Add(report, "search_median_ms", "search median", clients, e.searchMedian, p.searchMedian,
        std::nullopt, true);
    Add(report, "search_p95_ms", "search p95", clients, e.searchP95, p.searchP95, 20.0, true);
    Add(report, "chart_open_ms", "open a full chart", clients, e.chartOpen, p.chartOpen, 30.0,
        true);
    Add(report, "chart_read_storage_ms", "read a full chart, storage only", clients, e.chartRead,
        p.chartRead, std::nullopt, true);
    if (full) {
        Add(report, "add_and_sign_note_ms", "add and sign a note", clients, e.addAndSign,
            p.addAndSign, std::nullopt, true);
        Add(report, "backup_ms", "backup", clients, e.backup, p.backup, std::nullopt, true);
    }
}

}  // namespace

double BenchmarkFigure::Ratio() const { return plainMs > 0 ? encryptedMs / plainMs : 1.0; }

bool BenchmarkFigure::MeetsTarget() const { return !targetMs || encryptedMs < *targetMs; }

bool BenchmarkFigure::MeetsRatio() const { return !ratioTargeted || Ratio() < kRatioTarget; }

bool BenchmarkReport::AllTargetsMet() const {
    return std::all_of(figures.begin(), figures.end(),
                       [](const BenchmarkFigure& figure) {
                           return figure.MeetsTarget() && figure.MeetsRatio();
                       }) &&
           (!reports || reports->MeetsTargets());
}

BenchmarkReport RunBenchmark(const BenchmarkOptions& options) {
    if (options.clients == 0 || options.searchQueries == 0)
        throw Error(ErrorCode::Invalid, "the benchmark needs at least one client and one query");
    BenchmarkReport report;
    report.engine = EngineDescription();
    Run(report, options, options.clients, options.sessions, true);
    if (options.scale)
        for (size_t clients : options.scaleClients)
            Run(report, options, clients, clients * options.scaleSessionsPerClient, false);
    if (options.reportBatch > 0) {
        if (options.progress) options.progress("drawing reports");
        ScratchFolder scratch;
        report.reports = RunReportBenchmark(scratch.Path(), options.reportBatch);
    }
    return report;
}

}  // namespace securebase::service
