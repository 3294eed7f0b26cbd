#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "service/benchmark.h"
#include "support/temp_dir.h"

using namespace securebase::service;
using securebase::test::TempDir;

namespace {

// Points TMPDIR at a test folder for the benchmark's scratch files, and back afterwards.
class TempDirAsTmp {
public:
    explicit TempDirAsTmp(const TempDir& dir) {
        if (const char* old = std::getenv("TMPDIR")) m_old = old;
        setenv("TMPDIR", dir.Path().c_str(), 1);
    }
    ~TempDirAsTmp() {
        if (m_old)
            setenv("TMPDIR", m_old->c_str(), 1);
        else
            unsetenv("TMPDIR");
    }

private:
    std::optional<std::string> m_old;
};

BenchmarkOptions Tiny() {
    BenchmarkOptions options;
    options.clients = 12;
    options.sessions = 40;
    options.searchQueries = 5;
    return options;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(benchmark)

BOOST_AUTO_TEST_CASE(scale_measures_search_and_charts_at_each_scale_size_with_fixed_sessions) {
    TempDir dir;
    TempDirAsTmp tmp(dir);
    BenchmarkOptions options = Tiny();
    options.scale = true;
    options.scaleClients = {6, 30};
    options.scaleSessionsPerClient = 2;
    const BenchmarkReport report = RunBenchmark(options);
    BOOST_TEST(report.clients == 12u);
    BOOST_TEST(report.sessions == 40u);
    std::map<size_t, std::set<std::string>> keysBySize;
    for (const auto& figure : report.figures) keysBySize[figure.clients].insert(figure.key);
    BOOST_TEST(keysBySize.size() == 3u);
    BOOST_TEST(keysBySize[12].size() == 8u);
    const std::set<std::string> scaled{"search_median_ms", "search_p95_ms", "chart_open_ms",
                                       "chart_read_storage_ms"};
    BOOST_TEST(keysBySize[6] == scaled);
    BOOST_TEST(keysBySize[30] == scaled);
    BOOST_TEST(std::filesystem::is_empty(dir.Path()), "the benchmark left files behind");
}

BOOST_AUTO_TEST_CASE(without_scale_every_figure_is_at_the_practice_size) {
    TempDir dir;
    TempDirAsTmp tmp(dir);
    const BenchmarkReport report = RunBenchmark(Tiny());
    BOOST_REQUIRE(report.figures.size() == 8u);
    for (const auto& figure : report.figures) {
        BOOST_TEST(figure.clients == 12u);
        BOOST_TEST(figure.encryptedMs > 0.0, figure.key);
        BOOST_TEST(figure.plainMs > 0.0, figure.key);
    }
}

BOOST_AUTO_TEST_SUITE_END()
