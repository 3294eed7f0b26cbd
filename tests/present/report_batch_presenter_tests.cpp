#include <boost/test/unit_test.hpp>

#include "present/report_batch_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::present;

namespace {

constexpr Date kToday{std::chrono::year{2026} / 11 / 25};

struct FakeBatchView : ReportBatchView {
    ReportBatchForm form;
    std::vector<std::string> errors;
    std::vector<std::string> progress;  // client codes in the order handled
    std::string title;
    std::string summary;
    std::function<void()> onProgress;

    void ShowForm(const ReportBatchForm& shown) override { form = shown; }
    ReportBatchForm Form() const override { return form; }
    void ShowError(const std::string& message) override { errors.push_back(message); }
    void ShowProgress(size_t, size_t, const std::string& code) override {
        progress.push_back(code);
        if (onProgress) onProgress();
    }
    void ShowSummary(const std::string& heading, const std::string& text) override {
        title = heading;
        summary = text;
    }
};

struct BatchFixture {
    test::TestVault vault;
    FakeBatchView view;
    ReportBatchPresenter presenter{view, vault.session->Reporting(), RunInline,
                                   [] { return kToday; }};
    std::filesystem::path out = vault.dir / "reports";

    BatchFixture() {
        std::filesystem::create_directory(out);
        presenter.Start();
        view.form.folder = out.string();
        view.form.status.clear();
    }

    // A client with an attended session last week, so the batch has something to report.
    Client SeenLastWeek(const std::string& given, const std::string& family) {
        Client client = vault.Admit(given, family);
        Session session;
        session.clientId = client.id;
        session.start = *ParseLocalDateTime("2026-11-18 10:00");
        vault.Records().AddSession(session);
        return client;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_batch_presenter)

BOOST_FIXTURE_TEST_CASE(the_batch_defaults_to_active_clients_and_the_last_three_months,
                        BatchFixture) {
    ReportBatchPresenter fresh{view, vault.session->Reporting(), RunInline, [] { return kToday; }};
    fresh.Start();
    BOOST_TEST(view.form.status == "active");
    BOOST_TEST(view.form.from == "2026-08-25");
    BOOST_TEST(view.form.to == "2026-11-25");
}

BOOST_FIXTURE_TEST_CASE(the_summary_counts_written_reports_and_names_skipped_codes_with_reasons,
                        BatchFixture) {
    const Client seen = SeenLastWeek("Oriel", "Fenwick-Sato");
    const Client quiet = vault.Admit("Piran", "Achterberg");
    BOOST_REQUIRE(presenter.OnRun());
    BOOST_TEST(view.errors.empty());
    BOOST_TEST(view.title == "Reports written");
    BOOST_TEST(std::filesystem::exists(out / (seen.code + ".pdf")));
    BOOST_TEST(!std::filesystem::exists(out / (quiet.code + ".pdf")));
    BOOST_TEST(view.summary.starts_with("1 report written"));
    BOOST_TEST(view.summary.find(quiet.code + ": nothing recorded in the period") !=
               std::string::npos);
    BOOST_TEST(view.summary.find("Achterberg") == std::string::npos);
    BOOST_TEST(view.progress.size() == 2u);
}

BOOST_FIXTURE_TEST_CASE(cancel_stops_the_batch_after_the_client_being_written, BatchFixture) {
    for (const char* family : {"Quill", "Rosewarne", "Strand"}) SeenLastWeek("Avel", family);
    view.onProgress = [this] { presenter.OnCancel(); };
    BOOST_REQUIRE(presenter.OnRun());
    BOOST_TEST(view.progress.size() == 1u);
    BOOST_TEST(view.title == "Reports stopped");
    BOOST_TEST(view.summary.find("Stopped when asked") != std::string::npos);
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(out),
                             std::filesystem::directory_iterator()) == 1);
}

BOOST_FIXTURE_TEST_CASE(a_missing_folder_or_reversed_period_starts_nothing, BatchFixture) {
    SeenLastWeek("Talwyn", "Mercado");
    view.form.folder = (vault.dir / "nowhere").string();
    BOOST_TEST(!presenter.OnRun());
    view.form.folder = out.string();
    view.form.from = "2026-12-01";
    BOOST_TEST(!presenter.OnRun());
    BOOST_TEST(view.errors.size() == 2u);
    BOOST_TEST(view.progress.empty());
    BOOST_TEST(std::filesystem::is_empty(out));
}

BOOST_AUTO_TEST_SUITE_END()
