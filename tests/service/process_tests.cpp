#include <boost/test/unit_test.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <string>

#include "service/about.h"
#include "service/process_hardening.h"

using namespace securebase;

BOOST_AUTO_TEST_SUITE(process)

BOOST_AUTO_TEST_CASE(pragma_cipher_version_answers_inside_this_binary) {
    const std::string engine = service::EngineDescription();
    BOOST_TEST(engine.find("SQLCipher 4.") != std::string::npos, engine);
}

BOOST_AUTO_TEST_CASE(a_hardened_process_writes_no_core_file_and_cannot_be_attached_to) {
    service::HardenProcess();
    rlimit core{};
    BOOST_REQUIRE(getrlimit(RLIMIT_CORE, &core) == 0);
    BOOST_TEST(core.rlim_cur == 0u);
    BOOST_TEST(core.rlim_max == 0u);
    BOOST_TEST(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
