#include <atomic>
#include <boost/test/unit_test.hpp>
#include <string>

#include "core/error.h"
#include "pdf_tools.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

using namespace securebase;
using securebase::test::TempDir;

namespace {

// A fresh vault with `clients` invented active clients, each with one attended session in 2026.
struct BatchVault {
    explicit BatchVault(int clients) {
        session = service::VaultSession::Create(dir / "v.sbv", Secret("willow-anchor-ledger-9"),
                                                {storage::kTestKdfIterations});
        for (int i = 0; i < clients; ++i) {
            Client draft;
            draft.name = {"Orla", "Fenwick" + std::to_string(i), ""};
            draft.status = ClientStatus::Active;
            const auto client = session->Records().AdmitClient(draft);
            Session meeting;
            meeting.clientId = client.id;
            meeting.start = *ParseLocalDateTime("2026-03-0" + std::to_string(i + 1) + " 10:00");
            session->Records().AddSession(meeting);
        }
        std::filesystem::create_directory(dir / "out");
    }

    service::BatchRequest Request() const {
        service::BatchRequest request;
        request.folder = dir / "out";
        request.from = *ParseDate("2026-01-01");
        request.to = *ParseDate("2026-06-30");
        return request;
    }

    TempDir dir;
    std::unique_ptr<service::VaultSession> session;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_batch)

BOOST_AUTO_TEST_CASE(a_batch_reports_progress_after_each_client) {
    BatchVault vault(3);
    std::vector<size_t> seen;
    const auto outcome =
        vault.session->Reporting().Batch(vault.Request(), [&](const service::BatchProgress& p) {
            seen.push_back(p.done);
            BOOST_TEST(p.total == 3u);
            BOOST_TEST(p.clientCode.rfind("SB-", 0) == 0u);
        });
    BOOST_TEST(seen == (std::vector<size_t>{1, 2, 3}), boost::test_tools::per_element());
    BOOST_TEST(outcome.written.size() == 3u);
    BOOST_TEST(!outcome.cancelled);
    for (const auto& file : outcome.written) BOOST_TEST(test::PdfPages(file) >= 1);
}

BOOST_AUTO_TEST_CASE(a_cancelled_batch_stops_between_clients) {
    BatchVault vault(3);
    std::atomic<bool> cancel{false};
    const auto outcome = vault.session->Reporting().Batch(
        vault.Request(), [&](const service::BatchProgress&) { cancel = true; }, &cancel);
    BOOST_TEST(outcome.cancelled);
    BOOST_TEST(outcome.written.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_client_with_nothing_in_the_period_is_skipped_with_the_reason) {
    BatchVault vault(2);
    auto request = vault.Request();
    request.from = *ParseDate("2025-01-01");
    request.to = *ParseDate("2025-12-31");
    const auto outcome = vault.session->Reporting().Batch(request);
    BOOST_TEST(outcome.written.empty());
    BOOST_REQUIRE_EQUAL(outcome.skipped.size(), 2u);
    BOOST_TEST(outcome.skipped[0].reason == "nothing recorded in the period");
}

BOOST_AUTO_TEST_CASE(a_batch_into_a_missing_folder_is_refused_before_any_work) {
    BatchVault vault(1);
    auto request = vault.Request();
    request.folder = vault.dir / "missing";
    BOOST_CHECK_THROW(vault.session->Reporting().Batch(request), Error);
}

BOOST_AUTO_TEST_SUITE_END()
