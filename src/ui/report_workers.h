#pragma once

#include <wx/window.h>

#include <chrono>
#include <thread>
#include <vector>

#include "present/background.h"

namespace securebase::ui {

// The report dialogs' threads, joined before the dialog goes. Report work holds the vault session,
// and the session closes only after the main window's children are gone (MainFrame destroys them
// first): so a lock, idle or by hand, cannot close the vault under a running report. The batch
// cancels before it joins, so a lock waits for one client at most. Like ui::OnWorker, the
// continuation runs on the UI thread only while the owner still exists.
class ReportWorkers {
public:
    explicit ReportWorkers(wxWindow* owner) : m_owner(owner) {}
    ~ReportWorkers() { Join(); }
    ReportWorkers(const ReportWorkers&) = delete;
    ReportWorkers& operator=(const ReportWorkers&) = delete;

    present::Background Background();
    void Join();

    // How many report threads of this process are still working; tests wait on it.
    static int Running();
    // Blocks (without handling events) until none is working or `limit` passes; true when none is.
    static bool WaitUntilNoneRuns(std::chrono::milliseconds limit);

private:
    wxWindow* m_owner;
    std::vector<std::thread> m_threads;
};

}  // namespace securebase::ui
