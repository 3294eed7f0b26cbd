#include "storage/client_search.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <unordered_map>

#include "storage/cached_statement.h"

namespace securebase::storage {
namespace {

using WordMask = std::uint32_t;

// A words-across-records query checks every candidate's notes; past a few words or a few hundred
// candidates that costs more than a keystroke is worth, and the first pages are what people read.
constexpr size_t kMaxSplitWords = 8;
constexpr size_t kMaxSplitCandidates = 200;

struct Candidate {
    Id client = kNoId;
    WordMask words = 0;  // the words found so far: in names, code or tags, then in notes
};

}  // namespace

std::vector<std::string> SearchTerms(std::string_view typed) {
    std::vector<std::string> terms;
    size_t position = 0;
    while (position < typed.size()) {
        const size_t start = typed.find_first_not_of(" \t\r\n", position);
        if (start == std::string_view::npos) break;
        size_t end = typed.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos) end = typed.size();
        std::string term = "\"";
        for (char c : typed.substr(start, end - start)) {
            term += c;
            if (c == '"') term += '"';
        }
        term += "\"*";
        terms.push_back(std::move(term));
        position = end;
    }
    return terms;
}

std::string SearchExpression(std::string_view typed) {
    std::string expression;
    for (const std::string& term : SearchTerms(typed)) {
        if (!expression.empty()) expression += ' ';
        expression += term;
    }
    return expression;
}

std::vector<Id> ClientSearch::Run(std::string_view typed) {
    const std::vector<std::string> terms = SearchTerms(typed);
    if (terms.empty() || m_limit == 0) return {};
    const std::string expression = SearchExpression(typed);
    AddNameHits(expression);
    if (!Full()) AddNoteHits(expression);
    if (!Full() && terms.size() > 1 && terms.size() <= kMaxSplitWords) AddSplitHits(terms);
    return m_found;
}

void ClientSearch::Add(Id client) {
    if (!Full() && m_seen.insert(client).second) m_found.push_back(client);
}

void ClientSearch::AddNameHits(const std::string& expression) {
    // The client index is small (one short document per client), so every hit is scored.
    CachedStatement select(
        m_db,
        "SELECT c.id FROM ("
        "  SELECT rowid AS id, bm25(client_search, 10.0, 8.0, 5.0) AS score FROM client_search"
        "  WHERE client_search MATCH ?1 ORDER BY score LIMIT ?2) h"
        " JOIN clients c ON c.id = h.id"
        " ORDER BY h.score, c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id");
    select->Bind(1, expression).Bind(2, static_cast<std::int64_t>(m_limit));
    while (select->Step()) Add(select->Int(0));
}

void ClientSearch::AddNoteHits(const std::string& expression) {
    // Newest note first, read lazily and left as soon as the page is full: a common word in
    // 100,000 notes costs what the first few dozen clients' notes cost, where scoring every
    // matching note with bm25 cost a pass over all of them.
    CachedStatement select(m_db,
                           "SELECT s.client_id FROM note_search f"
                           " JOIN progress_notes n ON n.id = f.rowid"
                           " JOIN sessions s ON s.id = n.session_id"
                           " WHERE note_search MATCH ?1 ORDER BY f.rowid DESC");
    select->Bind(1, expression);
    while (!Full() && select->Step()) Add(select->Int(0));
}

void ClientSearch::AddSplitHits(const std::vector<std::string>& terms) {
    const WordMask all = (WordMask{1} << terms.size()) - 1;
    std::unordered_map<Id, WordMask> named;
    for (size_t i = 0; i < terms.size(); ++i) {
        CachedStatement select(m_db,
                               "SELECT rowid FROM client_search WHERE client_search MATCH ?1");
        select->Bind(1, terms[i]);
        while (select->Step()) named[select->Int(0)] |= WordMask{1} << i;
    }
    std::vector<Candidate> candidates;
    for (const auto& [client, words] : named)
        if (words != all && !m_seen.contains(client)) candidates.push_back({client, words});
    // Clients named by more of the words first; the id keeps the order stable.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        const int wordsA = std::popcount(a.words), wordsB = std::popcount(b.words);
        return wordsA != wordsB ? wordsA > wordsB : a.client < b.client;
    });
    if (candidates.size() > kMaxSplitCandidates) candidates.resize(kMaxSplitCandidates);

    std::unordered_map<Id, size_t> noteOwner;  // note id -> index in candidates
    for (size_t c = 0; c < candidates.size(); ++c) {
        CachedStatement notes(m_db,
                              "SELECT n.id FROM sessions s JOIN progress_notes n"
                              " ON n.session_id = s.id WHERE s.client_id = ?1");
        notes->Bind(1, candidates[c].client);
        while (notes->Step()) noteOwner.emplace(notes->Int(0), c);
    }
    for (size_t i = 0; i < terms.size(); ++i) {
        const WordMask word = WordMask{1} << i;
        size_t pending = 0;
        Id lowest = std::numeric_limits<Id>::max(), highest = std::numeric_limits<Id>::min();
        for (const auto& [note, c] : noteOwner) {
            if (candidates[c].words & word) continue;
            lowest = std::min(lowest, note);
            highest = std::max(highest, note);
        }
        for (const Candidate& candidate : candidates) pending += (candidate.words & word) ? 0 : 1;
        if (pending == 0 || lowest > highest) continue;
        // Only the rowid range of the candidates' notes: for a few clients that is a small slice
        // of a common word's postings.
        CachedStatement select(m_db,
                               "SELECT rowid FROM note_search WHERE note_search MATCH ?1"
                               " AND rowid BETWEEN ?2 AND ?3");
        select->Bind(1, terms[i]).Bind(2, lowest).Bind(3, highest);
        while (pending > 0 && select->Step()) {
            const auto owner = noteOwner.find(select->Int(0));
            if (owner == noteOwner.end() || (candidates[owner->second].words & word)) continue;
            candidates[owner->second].words |= word;
            --pending;
        }
    }
    for (const Candidate& candidate : candidates)
        if (candidate.words == all) Add(candidate.client);
}

}  // namespace securebase::storage
