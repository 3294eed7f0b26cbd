#include "present/norms_presenter.h"

#include <charconv>
#include <cstdio>

#include "assess/instrument_validator.h"
#include "core/error.h"

namespace securebase::present {
namespace {

std::optional<double> ParseNumber(std::string text) {
    for (char& c : text)
        if (c == ',') c = '.';
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return std::nullopt;
    const auto last = text.find_last_not_of(' ');
    double value = 0.0;
    const char* begin = text.data() + first;
    const char* end = text.data() + last + 1;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end) return std::nullopt;
    return value;
}

bool Blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

// As typed: no trailing zeros, so 0.85 stays "0.85".
std::string Number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

NormsPresenter::NormsPresenter(NormsView& view, service::Assessments& assessments,
                               std::string instrumentId, std::function<void()> saved)
    : m_view(view),
      m_assessments(assessments),
      m_instrumentId(std::move(instrumentId)),
      m_saved(std::move(saved)) {}

void NormsPresenter::Start() {
    const assess::Instrument instrument = m_assessments.GetInstrument(m_instrumentId);
    const std::vector<PractitionerNorms> entered = m_assessments.EnteredNorms();
    std::vector<NormsRow> rows;
    for (const auto& subscale : instrument.subscales) {
        if (subscale.norms) continue;
        m_subscaleIds.push_back(subscale.id);
        NormsRow row{subscale.name, "", "", ""};
        for (const auto& norms : entered)
            if (norms.instrumentId == m_instrumentId && norms.subscaleId == subscale.id)
                row = {subscale.name, Number(norms.sd), Number(norms.reliability), norms.source};
        rows.push_back(std::move(row));
    }
    m_view.ShowHeading(
        instrument.title,
        "Enter the standard deviation and the reliability (test-retest or internal consistency, "
        "0 to 1) of each subscale from a published study of a population like your client's, "
        "and cite it. Change is then judged with the reliable change index (Jacobson & Truax, "
        "1991). Leave a row empty to keep showing the raw change. New values replace earlier "
        "ones.");
    m_view.ShowRows(rows);
}

void NormsPresenter::OnSave() {
    const std::vector<NormsRow> rows = m_view.ReadRows();
    std::vector<PractitionerNorms> entered;
    for (size_t i = 0; i < rows.size() && i < m_subscaleIds.size(); ++i) {
        const NormsRow& row = rows[i];
        if (Blank(row.sd) && Blank(row.reliability) && Blank(row.source)) continue;
        const auto sd = ParseNumber(row.sd);
        const auto reliability = ParseNumber(row.reliability);
        if (!sd || !reliability) {
            m_view.ShowError(row.subscale + ": the SD and the reliability must both be numbers.");
            return;
        }
        try {
            assess::RequireValidNorms({std::nullopt, *sd, *reliability, row.source});
        } catch (const Error& error) {
            m_view.ShowError(row.subscale + ": " + error.what());
            return;
        }
        entered.push_back({m_instrumentId, m_subscaleIds[i], *sd, *reliability, row.source});
    }
    if (entered.empty()) {
        m_view.ShowError("Fill in at least one subscale, or cancel.");
        return;
    }
    try {
        for (const auto& norms : entered) m_assessments.SetNorms(norms);
    } catch (const Error& error) {
        m_view.ShowError(error.what());
        return;
    }
    m_view.Close();
    m_saved();
}

}  // namespace securebase::present
