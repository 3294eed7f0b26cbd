#include "assess/administration_flow.h"

#include "core/error.h"

namespace securebase::assess {

AdministrationFlow::AdministrationFlow(const Instrument& instrument, assess::Answers saved)
    : m_instrument(instrument), m_answers(std::move(saved)) {
    RequireValidAnswers(m_instrument, m_answers);
    while (m_position < ItemCount() && m_answers.contains(m_instrument.items[m_position].id)) {
        ++m_position;
    }
}

void AdministrationFlow::RequireItem() const {
    if (AtEnd()) {
        throw Error(ErrorCode::Refused, "the administration is past its last item: go back first");
    }
}

const Item& AdministrationFlow::CurrentItem() const {
    RequireItem();
    return m_instrument.items[m_position];
}

const ResponseScale& AdministrationFlow::CurrentScale() const {
    return m_instrument.ScaleOf(CurrentItem());
}

std::optional<int> AdministrationFlow::CurrentAnswer() const {
    auto found = m_answers.find(CurrentItem().id);
    if (found == m_answers.end()) return std::nullopt;
    return found->second;
}

void AdministrationFlow::Answer(int value) {
    const auto& item = CurrentItem();
    RequireValidAnswers(m_instrument, {{item.id, value}});
    m_answers[item.id] = value;
    Advance();
}

bool AdministrationFlow::AnswerKey(char key) {
    if (key < '0' || key > '9' || !CurrentScale().Accepts(key - '0')) return false;
    Answer(key - '0');
    return true;
}

void AdministrationFlow::Skip() {
    m_answers.erase(CurrentItem().id);
    Advance();
}

void AdministrationFlow::Next() {
    RequireItem();
    Advance();
}

bool AdministrationFlow::Back() {
    if (m_position == 0) return false;
    --m_position;
    return true;
}

void AdministrationFlow::GoTo(size_t position) {
    if (position > ItemCount()) {
        throw Error(ErrorCode::Invalid, "item position " + std::to_string(position) +
                                            " is beyond the end of the instrument");
    }
    m_position = position;
}

void AdministrationFlow::Advance() { ++m_position; }

}  // namespace securebase::assess
