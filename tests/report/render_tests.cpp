#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "core/error.h"
#include "pdf_tools.h"
#include "report/pdf_document.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"

using namespace securebase;
using securebase::test::TempDir;

namespace {

// A vault with one invented client who came to one session in March 2026.
struct RenderVault {
    RenderVault() {
        session = service::VaultSession::Create(dir / "v.sbv", Secret("heron-lantern-quarry-4"),
                                                {storage::kTestKdfIterations});
        Client draft;
        draft.name = {"Tamsin", "Odell", ""};
        draft.status = ClientStatus::Active;
        client = session->Records().AdmitClient(draft);
        Session meeting;
        meeting.clientId = client.id;
        meeting.start = *ParseLocalDateTime("2026-03-04 10:00");
        session->Records().AddSession(meeting);
    }

    service::ProgressRequest Request() const {
        service::ProgressRequest request;
        request.client = client.code;
        request.from = *ParseDate("2026-01-01");
        request.to = *ParseDate("2026-06-30");
        return request;
    }

    size_t Exports() {
        const auto trail = session->Records().AuditTrail(1000);
        return static_cast<size_t>(std::count_if(trail.begin(), trail.end(), [&](const auto& e) {
            return e.action == AuditAction::Export && e.entityId == client.id;
        }));
    }

    TempDir dir;
    std::unique_ptr<service::VaultSession> session;
    Client client;
};

std::string Contents(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

bool OnlyTheVaultIn(const TempDir& dir) {
    for (const auto& entry : std::filesystem::directory_iterator(dir.Path())) {
        if (entry.path().filename().string().rfind("v.sbv", 0) != 0) return false;
    }
    return true;
}

// SOURCE_DATE_EPOCH for one test, so two renderings of the same data give the same bytes.
struct FixedDate {
    FixedDate() { setenv("SOURCE_DATE_EPOCH", "1764028800", 1); }
    ~FixedDate() { unsetenv("SOURCE_DATE_EPOCH"); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_render)

BOOST_AUTO_TEST_CASE(rendering_writes_no_file_and_records_no_export) {
    RenderVault vault;
    const auto rendered = vault.session->Reporting().Render(vault.Request());
    BOOST_TEST(rendered.pdf.rfind("%PDF-", 0) == 0u);
    BOOST_TEST(rendered.pages >= 1);
    BOOST_TEST(rendered.clientId == vault.client.id);
    BOOST_TEST(OnlyTheVaultIn(vault.dir));
    BOOST_TEST(vault.Exports() == 0u);
}

BOOST_AUTO_TEST_CASE(saving_writes_exactly_the_rendered_bytes_and_records_one_export) {
    RenderVault vault;
    auto& reports = vault.session->Reporting();
    const auto rendered = reports.Render(vault.Request());
    const auto file = vault.dir / "saved.pdf";
    reports.Save(rendered, file);
    BOOST_TEST(Contents(file) == rendered.pdf);
    BOOST_TEST(test::PdfPages(file) == rendered.pages);
    BOOST_TEST(vault.Exports() == 1u);
}

BOOST_AUTO_TEST_CASE(render_gives_the_bytes_write_puts_in_the_file_under_source_date_epoch) {
    FixedDate fixed;
    RenderVault vault;
    auto& reports = vault.session->Reporting();
    const auto file = vault.dir / "written.pdf";
    const int pages = reports.Write(vault.Request(), file);
    const auto rendered = reports.Render(vault.Request());
    BOOST_TEST(pages == rendered.pages);
    BOOST_TEST(Contents(file) == rendered.pdf);
}

BOOST_AUTO_TEST_CASE(saving_over_an_existing_file_is_refused_and_leaves_it_untouched) {
    RenderVault vault;
    auto& reports = vault.session->Reporting();
    const auto rendered = reports.Render(vault.Request());
    const auto file = vault.dir / "taken.pdf";
    std::ofstream(file) << "someone else's file";
    try {
        reports.Save(rendered, file);
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::Refused));
    }
    BOOST_TEST(Contents(file) == "someone else's file");
    BOOST_TEST(vault.Exports() == 0u);
}

BOOST_AUTO_TEST_CASE(saving_into_a_missing_folder_fails_and_leaves_no_file) {
    RenderVault vault;
    auto& reports = vault.session->Reporting();
    const auto rendered = reports.Render(vault.Request());
    const auto file = vault.dir / "missing" / "report.pdf";
    try {
        reports.Save(rendered, file);
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::Io));
    }
    BOOST_TEST(!std::filesystem::exists(file));
}

BOOST_AUTO_TEST_SUITE_END()
