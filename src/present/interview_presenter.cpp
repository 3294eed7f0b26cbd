#include "present/interview_presenter.h"

#include <charconv>

#include "core/error.h"

namespace securebase::present {
namespace {

std::string RangeOf(const assess::ResponseScale& scale) {
    return std::to_string(scale.Lowest()) + "–" + std::to_string(scale.Highest());
}

std::optional<int> ParseWhole(const std::string& text) {
    int value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end) return std::nullopt;
    return value;
}

std::string Trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

InterviewPresenter::InterviewPresenter(InterviewView& view, service::Assessments& assessments,
                                       Id administrationId, Left left)
    : m_view(view), m_assessments(assessments), m_id(administrationId), m_left(std::move(left)) {}

void InterviewPresenter::Start() {
    const Administration administration = m_assessments.Resume(m_id);
    m_instrument = m_assessments.GetInstrument(administration.instrumentId);
    m_answers = administration.answers;
    std::vector<InterviewRow> rows;
    std::optional<size_t> firstOpen;
    for (size_t i = 0; i < m_instrument->items.size(); ++i) {
        const assess::Item& item = m_instrument->items[i];
        const assess::ResponseScale& scale = m_instrument->ScaleOf(item);
        InterviewRow row;
        row.number = std::to_string(i + 1);
        row.text = item.text;
        if (auto found = m_answers.find(item.id); found != m_answers.end())
            row.answer = std::to_string(found->second);
        else if (!firstOpen)
            firstOpen = i;
        row.range = RangeOf(scale);
        row.singleKey = scale.Lowest() >= 0 && scale.Highest() <= 9;
        rows.push_back(std::move(row));
    }
    const bool paper = administration.mode == AdministrationMode::Paper;
    m_view.ShowHeading(m_instrument->title,
                       paper ? "Type the number the client marked for each item; the cursor moves "
                               "on by itself. Leave an item empty if it was not answered."
                             : "Read each item aloud and type the client's answer; the cursor "
                               "moves on by itself. Leave an item empty if the client passes.");
    m_view.ShowRows(rows);
    ShowProgress();
    m_view.FocusRow(firstOpen.value_or(0));
}

bool InterviewPresenter::OnEntered(size_t row, const std::string& typed) {
    if (!m_instrument || row >= m_instrument->items.size()) return false;
    const assess::Item& item = m_instrument->items[row];
    const assess::ResponseScale& scale = m_instrument->ScaleOf(item);
    const std::string text = Trimmed(typed);
    std::optional<int> value;
    if (!text.empty()) {
        value = ParseWhole(text);
        if (!value || !scale.Accepts(*value)) {
            m_view.ShowRowProblem(
                row, "Not on the scale: enter a whole number from " + RangeOf(scale) + ".");
            return false;
        }
    }
    try {
        m_assessments.Answer(m_id, item.id, value);
    } catch (const Error& error) {
        m_view.ShowRowProblem(row, error.what());
        return false;
    }
    if (value)
        m_answers[item.id] = *value;
    else
        m_answers.erase(item.id);
    m_view.ShowRowProblem(row, "");
    m_view.ShowAnswer(row, value ? std::to_string(*value) : std::string());
    ShowProgress();
    if (row + 1 < m_instrument->items.size()) m_view.FocusRow(row + 1);
    return true;
}

void InterviewPresenter::ShowProgress() {
    m_view.ShowProgress(std::to_string(m_answers.size()) + " of " +
                        std::to_string(m_instrument->items.size()) + " answered");
}

void InterviewPresenter::OnSave() {
    try {
        m_assessments.Complete(m_id);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
        return;
    }
    m_view.Close();
    m_left(m_id, true);
}

void InterviewPresenter::OnLater() {
    m_view.Close();
    m_left(m_id, false);
}

}  // namespace securebase::present
