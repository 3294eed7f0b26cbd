#pragma once

#include <boost/test/unit_test.hpp>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/window.h>

#include <cstdlib>
#include <functional>
#include <string>

namespace securebase::test {

// Drives real windows the way a person would: pointer and keyboard through
// wxUIActionSimulator, then event-loop rounds until the expected state shows up (bounded, so a
// broken wiring fails the test instead of hanging it).
class GuiDriver {
public:
    // One round: wait briefly for the X server to answer, then handle everything queued,
    // including idle-time work such as deleting destroyed windows.
    void Pump() {
        if (auto* loop = wxEventLoopBase::GetActive()) {
            static_cast<wxGUIEventLoop*>(loop)->DispatchTimeout(10);
            while (loop->Pending()) loop->Dispatch();
        }
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
    }

    bool PumpUntil(const std::function<bool()>& condition, int rounds = 300) {
        for (int i = 0; i < rounds; ++i) {
            if (condition()) return true;
            Pump();
        }
        return condition();
    }

    template <typename T = wxWindow>
    T* Find(const wxString& name, wxWindow* parent) {
        T* found = nullptr;
        PumpUntil([&] {
            found = dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
            return found && found->IsShownOnScreen();
        });
        return found;
    }

    void Click(wxWindow* window) {
        MoveTo(window);
        m_sim.MouseClick();
        Settle();
    }

    void ClickAt(const wxPoint& screen) {
        m_sim.MouseMove(screen);
        Settle();
        m_sim.MouseClick();
        Settle();
    }

    // Clicks into the field (which focuses it the way a user does) and types ASCII text.
    void Type(wxWindow* field, const std::string& text) {
        Click(field);
        PumpUntil([&] { return wxWindow::FindFocus() == field || field->HasFocus(); }, 50);
        m_sim.Text(text.c_str());
        Settle();
    }

    void Key(int keycode, int modifiers) {
        m_sim.Char(keycode, modifiers);
        Settle();
    }

    // With SECUREBASE_SCREENSHOT_DIR set, saves the whole screen as NAME.png there (with
    // ImageMagick's import), so a person can look at what the test saw.
    void Snapshot(const std::string& name) {
        const char* folder = std::getenv("SECUREBASE_SCREENSHOT_DIR");
        if (!folder) return;
        Settle();
        const std::string command =
            "import -window root '" + std::string(folder) + "/" + name + ".png'";
        if (std::system(command.c_str()) != 0) BOOST_TEST_MESSAGE("screenshot failed: " << name);
    }

    void Settle() {
        for (int i = 0; i < 5; ++i) Pump();
    }

private:
    void MoveTo(wxWindow* window) {
        window->Raise();
        const wxRect rect = window->GetScreenRect();
        m_sim.MouseMove(rect.GetLeft() + rect.GetWidth() / 2, rect.GetTop() + rect.GetHeight() / 2);
        Settle();
    }

    wxUIActionSimulator m_sim;
};

}  // namespace securebase::test
