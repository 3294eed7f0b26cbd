#include <wx/init.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/gui/command_line.h"
#include "app/gui/gui_app.h"
#include "service/process_hardening.h"
#include "service/vault_session.h"
#include "ui/version_text.h"

int main(int argc, char** argv) {
    securebase::service::HardenProcess();
    using securebase::gui::CommandLine;
    try {
        const auto defaultVault = securebase::service::VaultSession::DefaultPath();
        const CommandLine command =
            securebase::gui::ParseCommandLine({argv + 1, argv + argc}, defaultVault);
        switch (command.action) {
            case CommandLine::Action::Help:
                std::cout << securebase::gui::HelpText(defaultVault);
                return 0;
            case CommandLine::Action::Version:
                std::cout << securebase::ui::VersionText() << '\n';
                return 0;
            case CommandLine::Action::Usage:
                std::cerr << "securebase: " << command.problem << "\nTry: securebase --help\n";
                return 2;
            case CommandLine::Action::Run:
                break;
        }
        wxApp::SetInstance(new securebase::gui::GuiApp(command.vaultPath));
        // wx sees no arguments of ours: they were consumed above.
        int wxArgc = 1;
        return wxEntry(wxArgc, argv);
    } catch (const std::exception& error) {
        std::cerr << "securebase: " << error.what() << '\n';
        return 1;
    }
}
