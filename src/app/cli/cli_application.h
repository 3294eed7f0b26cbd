#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/Util/Application.h>

namespace securebase::cli {

// securebase-cli [options] COMMAND [ARGS]: Poco parses the options (anywhere on the line), the
// remaining words name a command from Commands() and its positional arguments.
class CliApplication : public Poco::Util::Application {
protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& arguments) override;

private:
    int Dispatch(const std::vector<std::string>& arguments);

    std::map<std::string, std::string> m_options;
};

}  // namespace securebase::cli
