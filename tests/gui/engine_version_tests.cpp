#include <boost/test/unit_test.hpp>

#include <string>

#include "service/about.h"

// This binary opens vaults in-process: prove it talks to SQLCipher, not to a plain SQLite that
// won the link (asked after the toolkit has loaded its own libraries).
BOOST_AUTO_TEST_CASE(pragma_cipher_version_answers_inside_the_gui_test_binary) {
    const std::string engine = securebase::service::EngineDescription();
    BOOST_TEST(engine.find("SQLCipher 4.") != std::string::npos, engine);
}
