#pragma once

#include <cstddef>
#include <optional>

#include "assess/instrument.h"
#include "assess/scoring.h"

namespace securebase::assess {

// Walks a client or practitioner through an instrument one item at a time, for client mode and
// interview mode alike. It only holds the answers; the caller saves them after every change so a
// crash resumes at the same item. The instrument must outlive the flow.
//
// Positions run from 0 to ItemCount(); ItemCount() is the end, past the last item, where the
// flow waits to be finished (or for Back()).
class AdministrationFlow {
public:
    // Resumes from saved answers at the first unanswered item (the end when none is left).
    // Throws Error(Invalid) for saved answers that do not fit the instrument.
    explicit AdministrationFlow(const Instrument& instrument, assess::Answers saved = {});

    size_t Position() const { return m_position; }
    size_t ItemCount() const { return m_instrument.items.size(); }
    bool AtEnd() const { return m_position == ItemCount(); }
    const Item& CurrentItem() const;  // throws Error(Refused) at the end
    const ResponseScale& CurrentScale() const;
    std::optional<int> CurrentAnswer() const;

    // Records an answer to the current item and moves on. Throws Error(Invalid) for a value the
    // scale does not offer and Error(Refused) at the end.
    void Answer(int value);
    // A number key pressed on the current item: the digit is the scale value. Returns false (and
    // changes nothing) when the scale offers no such value; values above 9 need Answer().
    bool AnswerKey(char key);
    // Leaves the current item unanswered (clearing an earlier answer) and moves on.
    void Skip();
    // Moves on, keeping whatever the current item holds.
    void Next();
    // Moves to the previous item; false at the first.
    bool Back();
    // Jumps to any item (the interview grid); throws Error(Invalid) beyond the end.
    void GoTo(size_t position);

    size_t AnsweredCount() const { return m_answers.size(); }
    bool IsComplete() const { return AnsweredCount() == ItemCount(); }
    const assess::Answers& GivenAnswers() const { return m_answers; }

private:
    void Advance();
    void RequireItem() const;

    const Instrument& m_instrument;
    assess::Answers m_answers;
    size_t m_position = 0;
};

}  // namespace securebase::assess
