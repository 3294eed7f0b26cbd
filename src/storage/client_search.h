#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/ids.h"
#include "storage/database.h"

namespace securebase::storage {

// The FTS5 terms for what a person typed, one per word: each a quoted prefix term, so user input
// is never FTS syntax. Empty when there is no word to search for.
std::vector<std::string> SearchTerms(std::string_view typed);

// All the words of what was typed as one FTS5 query (every word must match).
std::string SearchExpression(std::string_view typed);

// Which clients match what a person typed, best first, over the indexes of schema 0005: clients
// whose names, code or tags hold every word (ranked by bm25), then clients with one note holding
// every word (newest note first), then clients whose names, code or tags hold some words and whose
// notes hold the rest.
class ClientSearch {
public:
    ClientSearch(Database& db, size_t limit) : m_db(db), m_limit(limit) {}

    std::vector<Id> Run(std::string_view typed);

private:
    void AddNameHits(const std::string& expression);
    void AddNoteHits(const std::string& expression);
    void AddSplitHits(const std::vector<std::string>& terms);
    void Add(Id client);
    bool Full() const { return m_found.size() >= m_limit; }

    Database& m_db;
    size_t m_limit;
    std::vector<Id> m_found;
    std::unordered_set<Id> m_seen;
};

}  // namespace securebase::storage
