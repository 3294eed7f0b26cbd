#include "ui/client_mode_frame.h"

#include <algorithm>

#include <wx/activityindicator.h>
#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>
#include <wx/utils.h>

#include "ui/worker.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

enum Page { kQuestion, kEnd, kPassphrase };

// A quiet page: warm off-white, dark slate text, nothing that pulls the eye but the question.
const wxColour kBackground(246, 244, 239);
const wxColour kInk(47, 58, 69);
const wxColour kMuted(112, 120, 128);
const wxColour kAttention(160, 60, 40);

// A long scale label on two lines, broken at the space nearest its middle, so every button can
// stay the same width.
wxString ButtonLabel(const present::ScaleButton& option) {
    std::string label = option.label;
    if (label.size() > 12) {
        const size_t middle = label.size() / 2;
        const size_t before = label.rfind(' ', middle);
        const size_t after = label.find(' ', middle);
        size_t cut = std::string::npos;
        if (before == std::string::npos)
            cut = after;
        else if (after == std::string::npos)
            cut = before;
        else
            cut = middle - before <= after - middle ? before : after;
        if (cut != std::string::npos) label[cut] = '\n';
    }
    return ToWx(std::to_string(option.value) + (label.empty() ? "" : "\n" + label));
}

wxStaticText* Text(wxWindow* parent, const wxString& label, float scale, const wxColour& colour,
                   const wxString& name = wxStaticTextNameStr) {
    auto* text = new wxStaticText(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize,
                                  wxALIGN_CENTRE_HORIZONTAL, name);
    text->SetFont(parent->GetFont().Scaled(scale));
    text->SetForegroundColour(colour);
    return text;
}

wxButton* BigButton(wxWindow* parent, const wxString& label, const wxString& name) {
    auto* button = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, name);
    button->SetFont(parent->GetFont().Scaled(1.3f));
    const wxSize least = parent->FromDIP(wxSize(180, 56));
    // GTK measures the label without the theme's padding at this size: give it room to breathe.
    const wxSize best = button->GetBestSize() + parent->FromDIP(wxSize(40, 0));
    button->SetMinSize(wxSize(std::max(best.x, least.x), std::max(best.y, least.y)));
    return button;
}

}  // namespace

ClientModeFrame::ClientModeFrame(wxWindow* practiceWindow, service::VaultSession& session,
                                 Id administrationId, Left left)
    : wxFrame(practiceWindow, wxID_ANY, "SecureBase", wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "client_mode"),
      m_practiceWindow(practiceWindow) {
    SetBackgroundColour(kBackground);
    SetFont(GetFont().Scaled(1.25f));
    m_pages = new wxSimplebook(this, wxID_ANY);
    m_pages->SetBackgroundColour(kBackground);
    m_pages->AddPage(BuildQuestionPage(m_pages), "question");
    m_pages->AddPage(BuildEndPage(m_pages), "end");
    m_pages->AddPage(BuildPassphrasePage(m_pages), "passphrase");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_pages, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_presenter = std::make_unique<present::ClientModePresenter>(
        *this, session.Assessing(), administrationId, session.PassphraseCheck(), std::move(left),
        OnWorker(this));

    Bind(wxEVT_CHAR_HOOK, &ClientModeFrame::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (!m_leaving && event.CanVeto()) {
            event.Veto();
            m_presenter->OnLeave();
            return;
        }
        Destroy();
    });
}

ClientModeFrame::~ClientModeFrame() = default;

void ClientModeFrame::Begin() {
    try {
        m_presenter->Start();
    } catch (...) {
        Destroy();
        throw;
    }
    if (m_practiceWindow) m_practiceWindow->Disable();
    SetSize(wxGetDisplaySize());
    Show();
    ShowFullScreen(true, wxFULLSCREEN_ALL);
    Raise();
    m_pages->SetFocus();
}

wxWindow* ClientModeFrame::BuildQuestionPage(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    page->SetBackgroundColour(kBackground);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_progress = Text(page, "", 1.0f, kMuted, "progress");
    m_gauge = new wxGauge(page, wxID_ANY, 1, wxDefaultPosition, FromDIP(wxSize(-1, 8)),
                          wxGA_HORIZONTAL | wxGA_SMOOTH, wxDefaultValidator, "progress_bar");
    sizer->Add(m_progress, wxSizerFlags().Centre().Border(wxTOP, 32));
    auto* gaugeRow = new wxBoxSizer(wxHORIZONTAL);
    gaugeRow->Add(m_gauge, wxSizerFlags(1).Border(wxLEFT | wxRIGHT, 120));
    sizer->Add(gaugeRow, wxSizerFlags().Expand().Border(wxTOP, 12));
    sizer->AddStretchSpacer(2);
    m_itemText = Text(page, "", 1.8f, kInk, "item_text");
    sizer->Add(m_itemText, wxSizerFlags().Centre().Border(wxLEFT | wxRIGHT, 80));
    sizer->AddStretchSpacer(1);
    m_answers = new wxPanel(page, wxID_ANY);
    m_answers->SetBackgroundColour(kBackground);
    m_answers->SetSizer(new wxBoxSizer(wxHORIZONTAL));
    sizer->Add(m_answers, wxSizerFlags().Centre().Border(wxLEFT | wxRIGHT, 24));
    m_keyHint = Text(page, "", 0.9f, kMuted, "key_hint");
    sizer->Add(m_keyHint, wxSizerFlags().Centre().Border(wxTOP, 20));
    m_error = Text(page, "", 0.9f, kAttention, "client_error");
    sizer->Add(m_error, wxSizerFlags().Centre().Border(wxTOP, 8));
    sizer->AddStretchSpacer(2);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_back = BigButton(page, ToWx("← Back"), "back");
    auto* next = BigButton(page, ToWx("Next →"), "next");
    buttons->Add(m_back);
    buttons->AddStretchSpacer();
    buttons->Add(next);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 48));
    page->SetSizer(sizer);
    m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnBack(); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnNext(); });
    return page;
}

wxWindow* ClientModeFrame::BuildEndPage(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    page->SetBackgroundColour(kBackground);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(2);
    m_endText = Text(page, "", 1.6f, kInk, "end_text");
    sizer->Add(m_endText, wxSizerFlags().Centre().Border(wxLEFT | wxRIGHT, 80));
    sizer->AddStretchSpacer(2);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* back = BigButton(page, ToWx("← Back"), "end_back");
    auto* finish = BigButton(page, "Finish", "finish");
    buttons->Add(back);
    buttons->AddStretchSpacer();
    buttons->Add(finish);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 48));
    page->SetSizer(sizer);
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnBack(); });
    finish->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnFinish(); });
    return page;
}

wxWindow* ClientModeFrame::BuildPassphrasePage(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY);
    page->SetBackgroundColour(kBackground);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(2);
    m_reason = Text(page, "", 1.2f, kInk, "passphrase_reason");
    sizer->Add(m_reason, wxSizerFlags().Centre().Border(wxLEFT | wxRIGHT, 80));
    m_passphrase =
        new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(480, -1)),
                       wxTE_PASSWORD | wxTE_PROCESS_ENTER, wxDefaultValidator, "client_passphrase");
    sizer->Add(m_passphrase, wxSizerFlags().Centre().Border(wxTOP, 24));
    m_passphraseError = Text(page, "", 1.0f, kAttention, "passphrase_error");
    sizer->Add(m_passphraseError, wxSizerFlags().Centre().Border(wxTOP, 12));
    m_busy = new wxActivityIndicator(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0,
                                     "passphrase_busy");
    m_busy->Hide();
    sizer->Add(m_busy, wxSizerFlags().Centre().Border(wxTOP, 12));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_stay = BigButton(page, "Back to the questions", "stay");
    m_confirm = BigButton(page, "Confirm", "confirm_passphrase");
    buttons->Add(m_stay);
    buttons->Add(m_confirm, wxSizerFlags().Border(wxLEFT, 24));
    sizer->Add(buttons, wxSizerFlags().Centre().Border(wxTOP, 32));
    sizer->AddStretchSpacer(3);
    page->SetSizer(sizer);
    m_confirm->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnPassphrase(); });
    m_passphrase->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_presenter->OnPassphrase(); });
    m_stay->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnStay(); });
    return page;
}

void ClientModeFrame::BuildAnswerButtons(const std::vector<present::ScaleButton>& options) {
    std::vector<int> values;
    for (const auto& option : options) values.push_back(option.value);
    if (values == m_answerValues) return;
    m_answers->DestroyChildren();
    m_answerButtons.clear();
    m_answerValues = values;
    wxSizer* row = m_answers->GetSizer();
    row->Clear();
    // Eleven buttons (a 0–10 rating) must still fit across a laptop screen.
    const int width = options.size() > 7 ? 96 : 140;
    for (const auto& option : options) {
        auto* button = new wxToggleButton(
            m_answers, wxID_ANY, ButtonLabel(option), wxDefaultPosition, FromDIP(wxSize(width, 96)),
            0, wxDefaultValidator, "answer_" + std::to_string(option.value));
        button->SetFont(GetFont().Scaled(options.size() > 7 ? 0.9f : 1.0f));
        const int value = option.value;
        button->Bind(wxEVT_TOGGLEBUTTON,
                     [this, value](wxCommandEvent&) { m_presenter->OnChoose(value); });
        row->Add(button, wxSizerFlags().Border(wxLEFT | wxRIGHT, 6));
        m_answerButtons.push_back(button);
    }
}

void ClientModeFrame::Wrap(wxStaticText* text) {
    const int width = std::max(GetClientSize().GetWidth() - FromDIP(240), FromDIP(480));
    text->Wrap(width);
}

void ClientModeFrame::ShowItem(const present::ClientItemScreen& screen) {
    SetTitle(ToWx(screen.instrument));
    m_progress->SetLabel(ToWx(screen.progress));
    m_gauge->SetRange(static_cast<int>(screen.count));
    m_gauge->SetValue(static_cast<int>(screen.position));
    m_itemText->SetLabel(ToWx(screen.text));
    Wrap(m_itemText);
    BuildAnswerButtons(screen.options);
    for (size_t i = 0; i < m_answerButtons.size(); ++i) {
        const int value = m_answerValues[i];
        m_answerButtons[i]->SetValue(screen.chosen == value || screen.pending == value);
    }
    m_keyHint->SetLabel(ToWx(screen.keyHint));
    m_back->Enable(screen.canGoBack);
    m_pages->ChangeSelection(kQuestion);
    m_pages->GetPage(kQuestion)->Layout();
    m_pages->SetFocus();
}

void ClientModeFrame::ShowEnd(const present::ClientEndScreen& screen) {
    m_endText->SetLabel(ToWx(screen.text));
    Wrap(m_endText);
    m_pages->ChangeSelection(kEnd);
    m_pages->GetPage(kEnd)->Layout();
    m_pages->SetFocus();
}

void ClientModeFrame::AskPassphrase(const std::string& reason) {
    m_reason->SetLabel(ToWx(reason));
    Wrap(m_reason);
    m_pages->ChangeSelection(kPassphrase);
    m_pages->GetPage(kPassphrase)->Layout();
    m_passphrase->SetFocus();
}

Secret ClientModeFrame::Passphrase() const { return Secret(FromWx(m_passphrase->GetValue())); }

void ClientModeFrame::ClearPassphrase() { m_passphrase->ChangeValue(""); }

void ClientModeFrame::ShowPassphraseError(const std::string& message) {
    m_passphraseError->SetLabel(ToWx(message));
    m_pages->GetPage(kPassphrase)->Layout();
}

void ClientModeFrame::ShowBusy(bool busy) {
    m_passphrase->Enable(!busy);
    m_confirm->Enable(!busy);
    m_stay->Enable(!busy);
    m_busy->Show(busy);
    if (busy)
        m_busy->Start();
    else
        m_busy->Stop();
    m_pages->GetPage(kPassphrase)->Layout();
    if (!busy) m_passphrase->SetFocus();
}

void ClientModeFrame::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_pages->GetPage(kQuestion)->Layout();
}

void ClientModeFrame::Close() {
    m_leaving = true;
    if (m_practiceWindow) {
        m_practiceWindow->Enable();
        m_practiceWindow->Raise();
    }
    ShowFullScreen(false);
    Hide();
    Destroy();
}

void ClientModeFrame::OnCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (m_pages->GetSelection() == kPassphrase) {
        if (key == WXK_ESCAPE)
            m_presenter->OnStay();
        else
            event.Skip();
        return;
    }
    if (key >= '0' && key <= '9')
        m_presenter->OnKey(static_cast<char>(key));
    else if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9)
        m_presenter->OnKey(static_cast<char>('0' + (key - WXK_NUMPAD0)));
    else if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER)
        m_presenter->OnEnter();
    else if (key == WXK_ESCAPE)
        m_presenter->OnLeave();
    else if (key == WXK_LEFT)
        m_presenter->OnBack();
    else if (key == WXK_RIGHT)
        m_presenter->OnNext();
    else
        event.Skip();
}

}  // namespace securebase::ui
