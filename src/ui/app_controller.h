#pragma once

#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include <filesystem>
#include <memory>

#include "core/secret.h"
#include "present/idle_lock.h"
#include "service/vault_session.h"

class wxDialog;
class wxEventLoopBase;

namespace securebase::ui {

class MainFrame;

// The application's life between locked and unlocked: the create or unlock dialog while locked,
// the main window while unlocked, and the idle timer that locks it when nobody is at the keyboard.
class AppController : public wxEvtHandler, public wxEventFilter {
public:
    // `now` is the clock of the idle lock; tests pass one they move by hand.
    AppController(std::filesystem::path vaultPath, service::VaultOptions createOptions = {},
                  present::IdleLock::Now now = &present::IdleLock::Clock::now);
    ~AppController() override;

    // Shows the first window. With a passphrase (SECUREBASE_PASSPHRASE), tries it first and
    // falls back to the unlock dialog when it does not open the vault.
    void Start(const Secret* passphrase = nullptr);
    void Lock();

    bool IsUnlocked() const { return m_frame != nullptr; }
    MainFrame* Frame() const { return m_frame; }
    wxDialog* Dialog() const { return m_dialog; }
    // What the idle timer runs; public so tests can drive it with an injected clock.
    void CheckIdle();
    present::IdleLock& Idle() { return m_idle; }

    int FilterEvent(wxEvent& event) override;

private:
    void ShowLockedDialog();
    void Unlocked(std::unique_ptr<service::VaultSession> session);
    bool InsideNestedLoop() const;

    std::filesystem::path m_vaultPath;
    service::VaultOptions m_createOptions;
    wxWeakRef<MainFrame> m_frame;
    wxWeakRef<wxDialog> m_dialog;
    present::IdleLock m_idle;
    wxTimer m_idleTimer;
    // The loop the main window's handlers run from; a lock proceeds only from there.
    wxEventLoopBase* m_mainLoop = nullptr;
    wxTimer m_lockRetry;
};

}  // namespace securebase::ui
