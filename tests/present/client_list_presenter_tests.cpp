#include <boost/test/unit_test.hpp>

#include "fake_views.h"
#include "present/client_list_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(client_list_presenter)

namespace {

struct ListFixture {
    TestVault vault;
    FakeClientListView view;

    ListFixture() {
        // Invented names, ordered by family name: Family000 ... Family249.
        for (int i = 0; i < 250; ++i) {
            char family[16];
            std::snprintf(family, sizeof family, "Family%03d", i);
            vault.Admit("Given", family);
        }
        vault.Admit("Quillon", "Ashgrove");
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(an_empty_query_lists_every_client_page_by_page, ListFixture) {
    present::ClientListPresenter presenter(view, vault.Records(), 50, 4);
    presenter.Reload();
    BOOST_TEST(view.rows == 251u);
    BOOST_TEST(view.summary == "251 clients");
    BOOST_TEST(presenter.PagesFetched() == 0u);

    BOOST_TEST(presenter.Cell(0, present::ClientColumn::Name) == "Quillon Ashgrove");
    BOOST_TEST(presenter.Cell(1, present::ClientColumn::Name) == "Given Family000");
    BOOST_TEST(presenter.Cell(30, present::ClientColumn::Name) == "Given Family029");
    BOOST_TEST(presenter.PagesFetched() == 1u);

    BOOST_TEST(presenter.Cell(250, present::ClientColumn::Name) == "Given Family249");
    BOOST_TEST(presenter.Cell(200, present::ClientColumn::Status) == "Waitlist");
    BOOST_TEST(presenter.Cell(130, present::ClientColumn::Code).starts_with("SB-"));
    BOOST_TEST(presenter.PagesFetched() == 4u);
    BOOST_TEST(presenter.Cell(999, present::ClientColumn::Name).empty());
}

BOOST_FIXTURE_TEST_CASE(painting_the_same_rows_again_reads_nothing_new, ListFixture) {
    present::ClientListPresenter presenter(view, vault.Records(), 50, 4);
    presenter.Reload();
    for (int pass = 0; pass < 3; ++pass)
        for (size_t row = 0; row < 40; ++row) presenter.Cell(row, present::ClientColumn::Name);
    BOOST_TEST(presenter.PagesFetched() == 1u);
}

BOOST_FIXTURE_TEST_CASE(only_a_few_pages_are_kept, ListFixture) {
    present::ClientListPresenter presenter(view, vault.Records(), 50, 2);
    presenter.Reload();
    presenter.Cell(0, present::ClientColumn::Name);
    presenter.Cell(60, present::ClientColumn::Name);
    presenter.Cell(120, present::ClientColumn::Name);  // evicts the first page
    presenter.Cell(0, present::ClientColumn::Name);
    BOOST_TEST(presenter.PagesFetched() == 4u);
}

BOOST_FIXTURE_TEST_CASE(typing_a_query_shows_its_matches_and_clearing_it_shows_all, ListFixture) {
    present::ClientListPresenter presenter(view, vault.Records());
    presenter.Reload();
    presenter.OnQueryChanged("Quil");
    BOOST_TEST(view.rows == 1u);
    BOOST_TEST(view.summary == "1 match");
    BOOST_TEST(presenter.Cell(0, present::ClientColumn::Name) == "Quillon Ashgrove");
    const auto id = presenter.ClientAt(0);
    BOOST_REQUIRE(id);
    presenter.Select(*id);
    BOOST_TEST((view.selected == std::optional<size_t>(0)));

    presenter.OnQueryChanged("zzzzqx");
    BOOST_TEST(view.rows == 0u);
    BOOST_TEST(view.summary == "No matches");

    presenter.OnQueryChanged("  ");
    BOOST_TEST(view.rows == 251u);
}

BOOST_AUTO_TEST_SUITE_END()
