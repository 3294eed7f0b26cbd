#pragma once

#include <functional>

namespace securebase::present {

// Runs `work` away from the UI thread, then `then` back on it. The window that asks supplies one
// that drops `then` once the window is gone (ui/worker.h); tests use RunInline. `work` must not
// touch views: it only computes what `then` shows.
using Background = std::function<void(std::function<void()> work, std::function<void()> then)>;

inline void RunInline(std::function<void()> work, std::function<void()> then) {
    work();
    then();
}

}  // namespace securebase::present
