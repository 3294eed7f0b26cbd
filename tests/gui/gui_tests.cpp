#define BOOST_TEST_MODULE gui
#include <boost/test/unit_test.hpp>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/init.h>

#include <memory>

namespace {

// wx is initialised once for the whole run, as a real application would be: an application
// object, the toolkit, and an active event loop that the tests pump.
struct WxRuntime {
    WxRuntime() {
        wxApp::SetInstance(new wxApp);
        static char name[] = "gui_tests";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        if (!wxEntryStart(argc, argv)) throw std::runtime_error("cannot initialise wxWidgets");
        wxTheApp->CallOnInit();
        m_loop = std::make_unique<wxGUIEventLoop>();
        wxEventLoopBase::SetActive(m_loop.get());
    }
    ~WxRuntime() {
        wxEventLoopBase::SetActive(nullptr);
        m_loop.reset();
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
    std::unique_ptr<wxGUIEventLoop> m_loop;
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxRuntime);
