#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "repository_test_fixture.h"

using namespace securebase;
using namespace std::chrono;
using securebase::test::RepositoryFixture;

namespace {

Session MakeSession(Id clientId, int dayOfMonth, int hour) {
    Session session;
    session.clientId = clientId;
    session.start = local_days{year{2026} / 10 / dayOfMonth} + hours{hour} + minutes{30};
    return session;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(session_repository, RepositoryFixture)

BOOST_AUTO_TEST_CASE(every_field_of_a_session_survives_a_round_trip) {
    Session written = MakeSession(AddClient("SB-SESS01", "Hal", "Brisco"), 14, 9);
    written.duration = minutes{90};
    written.kind = SessionKind::Couple;
    written.attendance = Attendance::NoShow;
    const Id id = store->Sessions().Insert(written);
    const auto read = store->Sessions().Find(id);
    BOOST_REQUIRE(read.has_value());
    BOOST_TEST(read->id == id);
    BOOST_TEST(read->clientId == written.clientId);
    BOOST_TEST((read->start == written.start));
    BOOST_TEST(read->duration.count() == 90);
    BOOST_TEST((read->kind == SessionKind::Couple));
    BOOST_TEST((read->attendance == Attendance::NoShow));
}

BOOST_AUTO_TEST_CASE(a_clients_sessions_list_newest_first_and_only_their_own) {
    const Id client = AddClient("SB-SESS02", "Ivo", "Carrick");
    const Id other = AddClient("SB-SESS03", "Una", "Deverill");
    const Id middle = store->Sessions().Insert(MakeSession(client, 10, 9));
    const Id newest = store->Sessions().Insert(MakeSession(client, 20, 9));
    const Id oldest = store->Sessions().Insert(MakeSession(client, 3, 15));
    store->Sessions().Insert(MakeSession(other, 15, 9));
    std::vector<Id> ids;
    for (const auto& session : store->Sessions().ListForClient(client)) ids.push_back(session.id);
    BOOST_TEST(ids == (std::vector<Id>{newest, middle, oldest}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_update_changes_the_stored_session) {
    Session session = MakeSession(AddClient("SB-SESS04", "Wren", "Ellacott"), 5, 11);
    session.id = store->Sessions().Insert(session);
    session.attendance = Attendance::Cancelled;
    session.duration = minutes{25};
    store->Sessions().Update(session);
    const auto read = store->Sessions().Find(session.id);
    BOOST_TEST((read->attendance == Attendance::Cancelled));
    BOOST_TEST(read->duration.count() == 25);
}

BOOST_AUTO_TEST_CASE(a_session_for_a_missing_client_is_refused_by_the_foreign_key) {
    BOOST_CHECK_THROW(store->Sessions().Insert(MakeSession(4242, 5, 11)), Error);
}

BOOST_AUTO_TEST_CASE(updating_a_missing_session_is_not_found) {
    Session ghost = MakeSession(AddClient("SB-SESS05", "Kit", "Farrow"), 5, 11);
    ghost.id = 777;
    try {
        store->Sessions().Update(ghost);
        BOOST_FAIL("expected NotFound");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
}

BOOST_AUTO_TEST_SUITE_END()
