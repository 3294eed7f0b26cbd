#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/client.h"
#include "core/practice_settings.h"
#include "core/repositories.h"
#include "core/session.h"

namespace securebase::service {

class Practice;

struct DemoOptions {
    size_t clients = 25;
    // Sessions across the whole practice; 0 = about a dozen per client in care.
    size_t sessions = 0;
    std::uint64_t seed = 1;
    // Sessions and admissions lie before this day, so the practice looks lived in "now".
    Date today = Today();
    // Bulk load only: clients committed together. Each commit waits for the disk, so the
    // benchmark batches; a practice entered by hand commits each client alone.
    size_t clientsPerCommit = 1;
    // Called after each client is stored, with how many are done out of how many.
    std::function<void(size_t, size_t)> progress;
};

// One session of a demo client, with its progress note (for attended sessions) and whether that
// note is signed.
struct DemoVisit {
    Session session;
    std::optional<ProgressNote> note;
    bool sign = false;
};

struct DemoClient {
    Client client;  // final state: a discharged client carries its discharge date and reason
    std::vector<DemoVisit> visits;  // oldest first
};

// A reproducible synthetic practice: the same options give the same clients, codes, sessions and
// note text. Every name is built from invented syllables; note text is composed from phrases about
// attachment-focused work written for this generator.
class DemoPracticeGenerator {
public:
    explicit DemoPracticeGenerator(const DemoOptions& options);

    PracticeSettings Settings() const;
    // The next client with its visits, or nothing once options.clients have been produced.
    std::optional<DemoClient> Next();
    size_t Total() const { return m_statuses.size(); }

private:
    size_t Pick(size_t n);
    bool Chance(int percent);
    std::string Word(const std::vector<std::string_view>& words);
    std::string NewCode();
    std::string Compose(std::string_view key);
    std::vector<DemoVisit> Visits(size_t count, Date from);

    DemoOptions m_options;
    std::mt19937_64 m_rng;
    std::vector<ClientStatus> m_statuses;
    std::vector<size_t> m_sessionCounts;
    std::unordered_set<std::string> m_codes;
    size_t m_next = 0;
};

// Words a practitioner would type into search against a demo practice: prefixes of invented
// names and of note vocabulary. Reproducible from the seed.
std::vector<std::string> DemoSearchTerms(size_t count, std::uint64_t seed);

struct DemoSummary {
    size_t clients = 0;
    size_t sessions = 0;
    size_t notes = 0;
    size_t signedNotes = 0;
};

// Loads a demo practice through the use cases, exactly as a practitioner would have entered it
// (every step audited). Refused when the vault already holds clients, so that a seed always
// yields the same practice.
DemoSummary LoadDemoPractice(Practice& practice, const DemoOptions& options);

// Loads a demo practice straight into the repositories, options.clientsPerCommit clients per unit
// of work, auditing each create and sign: fast enough for the benchmark's 100,000 sessions.
DemoSummary BulkLoadDemoPractice(PracticeStore& store, const DemoOptions& options);

}  // namespace securebase::service
