#include "ui/app_controller.h"

#include <wx/dialog.h>
#include <wx/evtloop.h>

#include "core/error.h"
#include "ui/create_vault_dialog.h"
#include "ui/main_frame.h"
#include "ui/unlock_dialog.h"

namespace securebase::ui {
namespace {

constexpr int kIdleCheckMilliseconds = 15000;
// How soon a lock is tried again while a dialog's loop is still unwinding.
constexpr int kLockRetryMilliseconds = 50;
enum TimerId { kIdleTimer = 1, kLockRetry };

// Asks every modal dialog to end; true when there was one.
bool EndModalDialogs() {
    bool ended = false;
    for (wxWindow* window : wxTopLevelWindows) {
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) {
            dialog->EndModal(wxID_CANCEL);
            ended = true;
        }
    }
    return ended;
}

}  // namespace

AppController::AppController(std::filesystem::path vaultPath, service::VaultOptions createOptions,
                             present::IdleLock::Now now)
    : m_vaultPath(std::move(vaultPath)),
      m_createOptions(createOptions),
      m_idle(std::chrono::minutes{0}, std::move(now)),
      m_idleTimer(this, kIdleTimer),
      m_lockRetry(this, kLockRetry) {
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { CheckIdle(); }, kIdleTimer);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { Lock(); }, kLockRetry);
    wxEvtHandler::AddFilter(this);
}

AppController::~AppController() {
    wxEvtHandler::RemoveFilter(this);
    m_idleTimer.Stop();
    m_lockRetry.Stop();
}

void AppController::Start(const Secret* passphrase) {
    std::string problem;
    if (passphrase && !passphrase->Empty() && std::filesystem::exists(m_vaultPath)) {
        try {
            Unlocked(service::VaultSession::Open(m_vaultPath, *passphrase));
            return;
        } catch (const Error& error) {
            problem = error.what();
        }
    }
    ShowLockedDialog();
    // Said the same way as for a typed passphrase, so the user knows why the dialog is there.
    if (auto* unlock = dynamic_cast<UnlockDialog*>(m_dialog.get()); unlock && !problem.empty())
        unlock->ShowError(problem);
}

void AppController::ShowLockedDialog() {
    const auto opened = [this](std::unique_ptr<service::VaultSession> session) {
        Unlocked(std::move(session));
    };
    wxDialog* dialog = nullptr;
    if (std::filesystem::exists(m_vaultPath))
        dialog = new UnlockDialog(m_vaultPath, opened);
    else
        dialog = new CreateVaultDialog(m_vaultPath, m_createOptions, opened);
    m_dialog = dialog;
    dialog->Show();
    dialog->Raise();
}

void AppController::Unlocked(std::unique_ptr<service::VaultSession> session) {
    MainFrame::Hooks hooks;
    hooks.lock = [this] { CallAfter([this] { Lock(); }); };
    hooks.idleLockChanged = [this](int minutes) { m_idle.SetLimit(std::chrono::minutes{minutes}); };
    auto* frame = new MainFrame(std::move(session), std::move(hooks));
    m_frame = frame;
    m_mainLoop = wxEventLoopBase::GetActive();
    // Unlocked from OnInit (a passphrase from the environment), no loop runs yet: the main loop
    // is the first to run queued calls. Without it every lock would wait for a loop to unwind.
    if (!m_mainLoop) CallAfter([this] { m_mainLoop = wxEventLoopBase::GetActive(); });
    frame->Show();
    if (m_dialog) m_dialog->Destroy();
    m_dialog = nullptr;
    m_idle.SetLimit(std::chrono::minutes{frame->IdleLockMinutes()});
    m_idleTimer.Start(kIdleCheckMilliseconds);
}

void AppController::Lock() {
    if (!m_frame) return;
    m_idleTimer.Stop();
    // A modal dialog (settings, a report) runs its loop inside a handler of the main window, and
    // a report dialog's worker uses the vault until the dialog joins it on its way out: end the
    // dialogs and lock only once their loops have returned, never from inside them.
    if (EndModalDialogs() || InsideNestedLoop()) {
        m_lockRetry.StartOnce(kLockRetryMilliseconds);
        return;
    }
    // The dialog comes first: with no window left at all, wx would end the application.
    ShowLockedDialog();
    MainFrame* frame = m_frame;
    m_frame = nullptr;
    frame->Hide();
    frame->Destroy();
}

bool AppController::InsideNestedLoop() const {
    const wxEventLoopBase* active = wxEventLoopBase::GetActive();
    return active != m_mainLoop || (active && active->IsYielding());
}

void AppController::CheckIdle() {
    if (m_frame && m_idle.IsDue()) Lock();
}

int AppController::FilterEvent(wxEvent& event) {
    const wxEventType type = event.GetEventType();
    if (type == wxEVT_KEY_DOWN || type == wxEVT_LEFT_DOWN || type == wxEVT_RIGHT_DOWN ||
        type == wxEVT_MOTION || type == wxEVT_MOUSEWHEEL)
        m_idle.NoteActivity();
    return Event_Skip;
}

}  // namespace securebase::ui
