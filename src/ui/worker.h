#pragma once

#include <wx/app.h>
#include <wx/weakref.h>
#include <wx/window.h>

#include <memory>
#include <thread>

#include "present/background.h"

namespace securebase::ui {

// A present::Background for `owner`: the work runs on its own thread, and its continuation runs
// on the UI thread only while `owner` still exists (a dialog closed meanwhile drops it).
inline present::Background OnWorker(wxWindow* owner) {
    return [owner](std::function<void()> work, std::function<void()> then) {
        // The weak reference is made, read and destroyed on the UI thread only; the worker merely
        // passes the shared pointer on.
        auto alive = std::make_shared<wxWeakRef<wxWindow>>(owner);
        std::thread([alive = std::move(alive), work = std::move(work),
                     then = std::move(then)]() mutable {
            work();
            wxTheApp->CallAfter([alive = std::move(alive), then = std::move(then)] {
                if (*alive) then();
            });
        }).detach();
    };
}

}  // namespace securebase::ui
