#include "storage/norms_repository.h"

#include "storage/cached_statement.h"

namespace securebase::storage {

void SqlcipherNormsRepository::Save(const PractitionerNorms& norms) {
    CachedStatement(m_db,
                    "INSERT INTO practitioner_norms (instrument_id, subscale_id, sd, reliability, "
                    "source) VALUES (?1, ?2, ?3, ?4, ?5) "
                    "ON CONFLICT (instrument_id, subscale_id) DO UPDATE SET sd = excluded.sd, "
                    "reliability = excluded.reliability, source = excluded.source")
        ->Bind(1, norms.instrumentId)
        .Bind(2, norms.subscaleId)
        .Bind(3, norms.sd)
        .Bind(4, norms.reliability)
        .Bind(5, norms.source)
        .Run();
}

std::vector<PractitionerNorms> SqlcipherNormsRepository::ForInstrument(
    std::string_view instrumentId) const {
    std::vector<PractitionerNorms> list;
    CachedStatement select(m_db,
                           "SELECT subscale_id, sd, reliability, source FROM practitioner_norms "
                           "WHERE instrument_id = ?1 ORDER BY subscale_id");
    select->Bind(1, instrumentId);
    while (select->Step())
        list.push_back({std::string(instrumentId), select->Text(0), select->Real(1),
                        select->Real(2), select->Text(3)});
    return list;
}

}  // namespace securebase::storage
