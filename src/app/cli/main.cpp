#include <iostream>

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>

#include "app/cli/cli_application.h"
#include "app/cli/exit_codes.h"
#include "app/cli/option_table.h"
#include "service/process_hardening.h"

int main(int argc, char** argv) {
    securebase::service::HardenProcess();
    if (const auto unknown = securebase::cli::FirstUnknownOption(argc, argv)) {
        std::cerr << "securebase-cli: unknown option --" << *unknown << " (see --help)\n";
        return securebase::cli::kExitUsage;
    }
    Poco::AutoPtr<securebase::cli::CliApplication> application =
        new securebase::cli::CliApplication;
    try {
        application->init(argc, argv);
    } catch (const Poco::Exception& error) {
        std::cerr << "securebase-cli: " << error.displayText() << " (see --help)\n";
        return securebase::cli::kExitUsage;
    }
    return application->run();
}
