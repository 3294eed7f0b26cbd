#pragma once

#include <wx/frame.h>

#include <functional>
#include <memory>
#include <vector>

#include "present/client_mode_presenter.h"
#include "present/client_mode_view.h"
#include "service/vault_session.h"

class wxActivityIndicator;
class wxButton;
class wxGauge;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;
class wxToggleButton;

namespace securebase::ui {

// The screen handed to the client: full-screen, calm, large type, one item at a time, no menu
// and nothing that reaches another record. The practice window behind it is disabled until the
// practitioner's passphrase lets them leave.
class ClientModeFrame : public wxFrame, public present::ClientModeView {
public:
    using Left = present::ClientModePresenter::Left;

    ClientModeFrame(wxWindow* practiceWindow, service::VaultSession& session, Id administrationId,
                    Left left);
    ~ClientModeFrame() override;

    // Loads the administration at its first unanswered item and takes over the screen. Throws
    // Error (and destroys the frame) when it cannot be resumed.
    void Begin();

    void ShowItem(const present::ClientItemScreen& screen) override;
    void ShowEnd(const present::ClientEndScreen& screen) override;
    void AskPassphrase(const std::string& reason) override;
    Secret Passphrase() const override;
    void ClearPassphrase() override;
    void ShowPassphraseError(const std::string& message) override;
    void ShowBusy(bool busy) override;
    void ShowError(const std::string& message) override;
    void Close() override;

private:
    wxWindow* BuildQuestionPage(wxWindow* parent);
    wxWindow* BuildEndPage(wxWindow* parent);
    wxWindow* BuildPassphrasePage(wxWindow* parent);
    void BuildAnswerButtons(const std::vector<present::ScaleButton>& options);
    void OnCharHook(wxKeyEvent& event);
    void Wrap(wxStaticText* text);

    wxWindow* m_practiceWindow;
    std::unique_ptr<present::ClientModePresenter> m_presenter;
    wxSimplebook* m_pages = nullptr;
    wxStaticText* m_progress = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_itemText = nullptr;
    wxWindow* m_answers = nullptr;
    std::vector<int> m_answerValues;
    std::vector<wxToggleButton*> m_answerButtons;
    wxStaticText* m_keyHint = nullptr;
    wxStaticText* m_error = nullptr;
    wxButton* m_back = nullptr;
    wxStaticText* m_endText = nullptr;
    wxStaticText* m_reason = nullptr;
    wxTextCtrl* m_passphrase = nullptr;
    wxButton* m_confirm = nullptr;
    wxButton* m_stay = nullptr;
    wxStaticText* m_passphraseError = nullptr;
    wxActivityIndicator* m_busy = nullptr;
    bool m_leaving = false;
};

}  // namespace securebase::ui
