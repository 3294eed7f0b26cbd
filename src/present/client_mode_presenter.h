#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "assess/administration_flow.h"
#include "present/background.h"
#include "present/client_mode_view.h"
#include "service/assessments.h"

namespace securebase::present {

// Client mode: one item at a time, every answer saved in the vault as it is given, so a crash or
// a closed window resumes at the first unanswered item. Leaving, whether finished or not, needs
// the practitioner's passphrase, checked in the background; a wrong one keeps the client here.
class ClientModePresenter {
public:
    using PassphraseCheck = std::function<bool(const Secret&)>;
    // completed: Finish was confirmed and the administration scored; false: left in progress.
    using Left = std::function<void(Id administrationId, bool completed)>;

    ClientModePresenter(ClientModeView& view, service::Assessments& assessments,
                        Id administrationId, PassphraseCheck check, Left left,
                        Background background = RunInline);

    void Start();
    void OnChoose(int value);  // a scale button
    void OnKey(char key);      // a number key
    void OnEnter();            // completes a pending first digit
    void OnBack();
    void OnNext();
    void OnFinish();  // at the end: hand back to the practitioner
    void OnLeave();   // Escape or closing the window
    void OnPassphrase();
    void OnStay();  // back to the questions from the passphrase page

    size_t Position() const { return m_flow->Position(); }
    bool AtEnd() const { return m_flow->AtEnd(); }

private:
    void ShowCurrent();
    void AskPassphrase(bool finishing);
    void Leave();

    ClientModeView& m_view;
    service::Assessments& m_assessments;
    Id m_id;
    PassphraseCheck m_check;
    Left m_left;
    Background m_background;
    std::optional<assess::Instrument> m_instrument;
    std::unique_ptr<assess::AdministrationFlow> m_flow;
    std::optional<int> m_pending;
    bool m_asking = false;
    bool m_finishing = false;
    bool m_checking = false;
};

// How the number keys answer on `scale`: one key each up to 9, a first and a second digit above.
std::string KeyHint(const assess::ResponseScale& scale);

}  // namespace securebase::present
