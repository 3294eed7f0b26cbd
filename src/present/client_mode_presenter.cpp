#include "present/client_mode_presenter.h"

#include "core/error.h"

namespace securebase::present {
namespace {

std::vector<ScaleButton> ButtonsFor(const assess::ResponseScale& scale) {
    std::vector<ScaleButton> buttons;
    for (int value = scale.Lowest(); value <= scale.Highest(); ++value) {
        if (!scale.Accepts(value)) continue;
        const assess::ScaleOption* option = scale.OptionFor(value);
        buttons.push_back({value, option ? option->label : std::string()});
    }
    return buttons;
}

// Scales reaching 10 or more need two keys for some answers.
bool NeedsTwoKeys(const assess::ResponseScale& scale) { return scale.Highest() > 9; }

}  // namespace

std::string KeyHint(const assess::ResponseScale& scale) {
    const std::string lowest = std::to_string(scale.Lowest());
    const std::string highest = std::to_string(scale.Highest());
    if (!NeedsTwoKeys(scale))
        return "Press a number from " + lowest + " to " + highest + ", or click your answer.";
    return "Press a number, or click your answer. For " + highest + ", press " +
           highest.substr(0, 1) + " then " + highest.substr(1) + "; for " + highest.substr(0, 1) +
           " alone, press " + highest.substr(0, 1) + " then Enter.";
}

ClientModePresenter::ClientModePresenter(ClientModeView& view, service::Assessments& assessments,
                                         Id administrationId, PassphraseCheck check, Left left,
                                         Background background)
    : m_view(view),
      m_assessments(assessments),
      m_id(administrationId),
      m_check(std::move(check)),
      m_left(std::move(left)),
      m_background(std::move(background)) {}

void ClientModePresenter::Start() {
    const Administration administration = m_assessments.Resume(m_id);
    m_instrument = m_assessments.GetInstrument(administration.instrumentId);
    m_flow = std::make_unique<assess::AdministrationFlow>(*m_instrument, administration.answers);
    ShowCurrent();
}

void ClientModePresenter::ShowCurrent() {
    if (m_flow->AtEnd()) {
        const size_t answered = m_flow->AnsweredCount();
        const size_t count = m_flow->ItemCount();
        std::string text = answered == count
                               ? "Thank you. You have answered every question."
                               : "Thank you. You have answered " + std::to_string(answered) +
                                     " of " + std::to_string(count) +
                                     " questions; you can go back to any of them.";
        text +=
            "\n\nWhen you are ready, press Finish and hand the screen back to your "
            "practitioner.";
        m_view.ShowEnd({m_instrument->title, text, count});
        return;
    }
    const assess::Item& item = m_flow->CurrentItem();
    const assess::ResponseScale& scale = m_flow->CurrentScale();
    ClientItemScreen screen;
    screen.instrument = m_instrument->title;
    screen.position = m_flow->Position();
    screen.count = m_flow->ItemCount();
    screen.progress =
        "Question " + std::to_string(screen.position + 1) + " of " + std::to_string(screen.count);
    screen.text = item.text;
    screen.options = ButtonsFor(scale);
    screen.chosen = m_flow->CurrentAnswer();
    screen.pending = m_pending;
    screen.keyHint = KeyHint(scale);
    screen.canGoBack = m_flow->Position() > 0;
    m_view.ShowItem(screen);
}

void ClientModePresenter::OnChoose(int value) {
    if (m_asking || m_flow->AtEnd()) return;
    m_pending.reset();
    if (!m_flow->CurrentScale().Accepts(value)) return;
    try {
        m_assessments.Answer(m_id, m_flow->CurrentItem().id, value);
    } catch (const Error& error) {
        m_view.ShowError("This answer could not be saved (" + std::string(error.what()) +
                         "). Please tell your practitioner.");
        return;
    }
    m_view.ShowError("");
    m_flow->Answer(value);
    ShowCurrent();
}

void ClientModePresenter::OnKey(char key) {
    if (m_asking || m_flow->AtEnd() || key < '0' || key > '9') return;
    const assess::ResponseScale& scale = m_flow->CurrentScale();
    const int digit = key - '0';
    if (!NeedsTwoKeys(scale)) {
        OnChoose(digit);
        return;
    }
    if (m_pending) {
        const int combined = *m_pending * 10 + digit;
        m_pending.reset();
        if (scale.Accepts(combined)) {
            OnChoose(combined);
            return;
        }
    }
    if (digit > 0 && scale.Accepts(digit * 10)) {
        m_pending = digit;
        ShowCurrent();
        return;
    }
    OnChoose(digit);
}

void ClientModePresenter::OnEnter() {
    if (m_pending) OnChoose(*m_pending);
}

void ClientModePresenter::OnBack() {
    if (m_asking) return;
    m_pending.reset();
    if (m_flow->Back()) ShowCurrent();
}

void ClientModePresenter::OnNext() {
    if (m_asking || m_flow->AtEnd()) return;
    m_pending.reset();
    m_flow->Next();
    ShowCurrent();
}

void ClientModePresenter::OnFinish() { AskPassphrase(true); }

void ClientModePresenter::OnLeave() { AskPassphrase(m_asking && m_finishing); }

void ClientModePresenter::AskPassphrase(bool finishing) {
    if (m_checking) return;
    m_pending.reset();
    m_asking = true;
    m_finishing = finishing;
    m_view.ClearPassphrase();
    m_view.ShowPassphraseError("");
    m_view.AskPassphrase(finishing
                             ? "Practitioner: enter the vault's passphrase to finish and see the "
                               "result."
                             : "Practitioner: enter the vault's passphrase to leave client mode. "
                               "The answers so far are saved; you can resume later.");
}

void ClientModePresenter::OnStay() {
    if (m_checking) return;
    m_asking = false;
    m_view.ClearPassphrase();
    ShowCurrent();
}

void ClientModePresenter::OnPassphrase() {
    if (!m_asking || m_checking) return;
    auto passphrase = std::make_shared<Secret>(m_view.Passphrase());
    m_view.ClearPassphrase();
    if (passphrase->Empty()) {
        m_view.ShowPassphraseError("Enter the vault's passphrase.");
        return;
    }
    m_checking = true;
    m_view.ShowBusy(true);
    auto confirmed = std::make_shared<bool>(false);
    m_background([check = m_check, passphrase, confirmed] { *confirmed = check(*passphrase); },
                 [this, confirmed] {
                     m_checking = false;
                     m_view.ShowBusy(false);
                     if (!*confirmed) {
                         m_view.ShowPassphraseError(
                             "That is not the vault's passphrase. Client mode stays open.");
                         return;
                     }
                     Leave();
                 });
}

void ClientModePresenter::Leave() {
    if (m_finishing) {
        try {
            m_assessments.Complete(m_id);
        } catch (const Error& error) {
            m_view.ShowPassphraseError(error.what());
            return;
        }
    }
    m_view.Close();
    m_left(m_id, m_finishing);
}

}  // namespace securebase::present
