#include "ui/report_workers.h"

#include <wx/app.h>
#include <wx/weakref.h>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace securebase::ui {
namespace {

std::mutex g_mutex;
std::condition_variable g_changed;
int g_running = 0;

}  // namespace

present::Background ReportWorkers::Background() {
    return [this](std::function<void()> work, std::function<void()> then) {
        // The weak reference is made, read and destroyed on the UI thread only; the worker merely
        // passes the shared pointer on.
        auto alive = std::make_shared<wxWeakRef<wxWindow>>(m_owner);
        {
            std::lock_guard lock(g_mutex);
            ++g_running;
        }
        m_threads.emplace_back(
            [alive = std::move(alive), work = std::move(work), then = std::move(then)]() mutable {
                work();
                wxTheApp->CallAfter([alive = std::move(alive), then = std::move(then)] {
                    if (*alive) then();
                });
                std::lock_guard lock(g_mutex);
                --g_running;
                g_changed.notify_all();
            });
    };
}

void ReportWorkers::Join() {
    for (auto& thread : m_threads) {
        if (thread.joinable()) thread.join();
    }
    m_threads.clear();
}

int ReportWorkers::Running() {
    std::lock_guard lock(g_mutex);
    return g_running;
}

bool ReportWorkers::WaitUntilNoneRuns(std::chrono::milliseconds limit) {
    std::unique_lock lock(g_mutex);
    return g_changed.wait_for(lock, limit, [] { return g_running == 0; });
}

}  // namespace securebase::ui
