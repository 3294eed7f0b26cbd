#pragma once

#include <wx/app.h>

#include <filesystem>
#include <memory>

namespace securebase::ui {
class AppController;
}

namespace securebase::gui {

class GuiApp : public wxApp {
public:
    explicit GuiApp(std::filesystem::path vaultPath);
    ~GuiApp() override;

    bool OnInit() override;
    int OnExit() override;
    // An error in an event handler is reported and the application keeps running.
    bool OnExceptionInMainLoop() override;

private:
    std::filesystem::path m_vaultPath;
    std::unique_ptr<ui::AppController> m_controller;
};

}  // namespace securebase::gui
