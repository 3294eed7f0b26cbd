#include "app/gui/gui_app.h"

#include <wx/msgdlg.h>

#include <cstdlib>
#include <exception>

#include "core/secret.h"
#include "ui/app_controller.h"
#include "ui/wx_string.h"

namespace securebase::gui {
namespace {

// Read once and removed, so no child process or crash report inherits it.
Secret TakePassphraseFromEnvironment() {
    const char* value = std::getenv("SECUREBASE_PASSPHRASE");
    Secret passphrase(value ? value : "");
    unsetenv("SECUREBASE_PASSPHRASE");
    return passphrase;
}

}  // namespace

GuiApp::GuiApp(std::filesystem::path vaultPath) : m_vaultPath(std::move(vaultPath)) {}

GuiApp::~GuiApp() = default;

bool GuiApp::OnInit() {
    SetAppName("securebase");
    SetAppDisplayName("SecureBase");
    m_controller = std::make_unique<ui::AppController>(m_vaultPath);
    const Secret passphrase = TakePassphraseFromEnvironment();
    m_controller->Start(&passphrase);
    return true;
}

int GuiApp::OnExit() {
    m_controller.reset();
    return wxApp::OnExit();
}

bool GuiApp::OnExceptionInMainLoop() {
    wxString message = "An unexpected problem occurred.";
    try {
        throw;
    } catch (const std::exception& error) {
        message = ui::ToWx(error.what());
    } catch (...) {
    }
    wxMessageBox(
        message + "\n\nSecureBase keeps running; if this repeats, lock and unlock the vault.",
        "SecureBase", wxOK | wxICON_ERROR);
    return true;
}

}  // namespace securebase::gui
