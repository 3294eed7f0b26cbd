#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <string>

namespace {

struct Run {
    int status = -1;
    std::string output;
};

// Without DISPLAY: --help and --version must answer before any window system is touched.
Run Spawn(const std::string& arguments) {
    const std::string command =
        "env -u DISPLAY -u WAYLAND_DISPLAY '" SECUREBASE_GUI_BINARY "' " + arguments + " 2>&1";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    std::array<char, 512> buffer{};
    while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
        run.output.append(buffer.data(), n);
    run.status = pclose(pipe);
    return run;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(command_line)

BOOST_AUTO_TEST_CASE(version_names_the_sqlcipher_inside_the_gui_binary) {
    const Run run = Spawn("--version");
    BOOST_TEST(run.status == 0, run.output);
    BOOST_TEST(run.output.find("SecureBase ") != std::string::npos, run.output);
    BOOST_TEST(run.output.find("SQLCipher 4.") != std::string::npos, run.output);
}

BOOST_AUTO_TEST_CASE(help_explains_the_vault_option_without_a_display) {
    const Run run = Spawn("--help");
    BOOST_TEST(run.status == 0, run.output);
    BOOST_TEST(run.output.find("--vault PATH") != std::string::npos, run.output);
}

BOOST_AUTO_TEST_CASE(an_unknown_argument_is_a_usage_error) {
    const Run run = Spawn("--passphrase secret");
    BOOST_TEST(WEXITSTATUS(run.status) == 2, run.output);
    BOOST_TEST(run.output.find("unknown argument") != std::string::npos, run.output);
}

BOOST_AUTO_TEST_SUITE_END()
