#include "ui/report_dialog.h"

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/imagpng.h>
#include <wx/mimetype.h>
#include <wx/mstream.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <memory>

#include "core/error.h"
#include "ui/report_page_images.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

// 72 dpi shows an A4 page at 595 x 842 pixels: whole pages side by side in a 1280-wide window.
constexpr int kPreviewDpi = 72;
// The choices keep this width; the preview takes the rest of the window.
constexpr int kFormWidth = 360;

std::filesystem::path DocumentsFolder() { return FromWx(wxStandardPaths::Get().GetDocumentsDir()); }

}  // namespace

ReportDialog::ReportDialog(wxWindow* parent, service::Reports& reports,
                           const std::string& clientCode)
    : wxDialog(parent, wxID_ANY, ToWx("Progress report — " + clientCode), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "report_dialog"),
      m_presenter(*this, reports, m_workers.Background(), clientCode, DocumentsFolder()) {
    auto* form = new wxBoxSizer(wxVERTICAL);
    const auto label = [&](const char* text) {
        form->Add(new wxStaticText(this, wxID_ANY, ToWx(text)),
                  wxSizerFlags().Border(wxTOP, FromDIP(8)));
    };
    auto* period = new wxBoxSizer(wxHORIZONTAL);
    m_from = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "report_from");
    m_to = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "report_to");
    period->Add(m_from, wxSizerFlags(1));
    period->Add(new wxStaticText(this, wxID_ANY, ToWx("to")),
                wxSizerFlags().Centre().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    period->Add(m_to, wxSizerFlags(1));
    label("Period (YYYY-MM-DD)");
    form->Add(period, wxSizerFlags().Expand());
    label("Template");
    m_template = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                              wxDefaultValidator, "report_template");
    form->Add(m_template, wxSizerFlags().Expand());
    m_deidentify =
        new wxCheckBox(this, wxID_ANY, ToWx("De-identify: the client code only"), wxDefaultPosition,
                       wxDefaultSize, 0, wxDefaultValidator, "report_deidentify");
    form->Add(m_deidentify, wxSizerFlags().Border(wxTOP, FromDIP(10)));
    label("Summary and recommendations");
    m_summary = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 160)),
                               wxTE_MULTILINE, wxDefaultValidator, "report_summary");
    form->Add(m_summary, wxSizerFlags(1).Expand());
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_render = new wxButton(this, wxID_ANY, ToWx("Preview"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "report_render");
    m_save = new wxButton(this, wxID_ANY, ToWx("Save as…"), wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "report_save");
    m_open = new wxButton(this, wxID_ANY, ToWx("Open in viewer"), wxDefaultPosition, wxDefaultSize,
                          0, wxDefaultValidator, "report_open");
    m_save->Disable();
    m_open->Disable();
    actions->Add(m_render);
    actions->Add(m_save, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    actions->Add(m_open, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    form->Add(actions, wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));
    m_status = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition,
                                FromDIP(wxSize(kFormWidth, -1)), 0, "report_status");
    form->Add(m_status, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    // On a row of its own: beside the three actions it would not fit the form's width.
    form->Add(new wxButton(this, wxID_CLOSE, ToWx("Close")),
              wxSizerFlags().Right().Border(wxTOP, FromDIP(12)));

    m_preview = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxVSCROLL | wxHSCROLL | wxBORDER_THEME, "report_preview");
    m_preview->SetBackgroundColour(wxColour(0x80, 0x80, 0x80));
    m_preview->SetScrollRate(FromDIP(10), FromDIP(10));
    m_preview->SetSizer(new wxBoxSizer(wxVERTICAL));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    form->SetMinSize(FromDIP(wxSize(kFormWidth, -1)));
    top->Add(form, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_preview, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM | wxRIGHT, FromDIP(12)));
    SetSizer(top);

    m_render->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnPreview(); });
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ChooseFile(); });
    const auto changed = [this](wxCommandEvent&) { m_presenter.OnFormChanged(); };
    for (wxTextCtrl* text : {m_from, m_to, m_summary}) text->Bind(wxEVT_TEXT, changed);
    m_template->Bind(wxEVT_CHOICE, changed);
    m_deidentify->Bind(wxEVT_CHECKBOX, changed);
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        // Only the file the practitioner saved is handed to the viewer.
        if (!m_saved.empty()) wxLaunchDefaultApplication(ToWx(m_saved.string()));
    });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);

    m_presenter.Start();
    SetSize(FromDIP(wxSize(1100, 760)));
    CentreOnParent();
}

ReportDialog::~ReportDialog() { m_workers.Join(); }

void ReportDialog::ShowForm(const present::ReportForm& form,
                            const std::vector<std::string>& templates) {
    m_from->ChangeValue(ToWx(form.from));
    m_to->ChangeValue(ToWx(form.to));
    m_template->Clear();
    for (const auto& name : templates) m_template->Append(ToWx(name));
    m_template->SetStringSelection(ToWx(form.templateName));
    m_deidentify->SetValue(form.deidentify);
    m_summary->ChangeValue(ToWx(form.summary));
}

present::ReportForm ReportDialog::Form() const {
    present::ReportForm form;
    form.from = FromWx(m_from->GetValue());
    form.to = FromWx(m_to->GetValue());
    form.templateName = FromWx(m_template->GetStringSelection());
    form.deidentify = m_deidentify->GetValue();
    form.summary = FromWx(m_summary->GetValue());
    return form;
}

void ReportDialog::ShowBusy(bool busy) {
    m_render->Enable(!busy);
    if (busy) {
        m_save->Disable();
        m_open->Disable();
        m_saved.clear();
        ShowStatus("Laying out the report…");
    }
}

void ReportDialog::ShowStatus(const std::string& text) {
    m_status->SetForegroundColour(wxNullColour);
    m_status->SetLabel(ToWx(text));
    m_status->Wrap(FromDIP(kFormWidth));
    Layout();
}

void ReportDialog::ShowError(const std::string& message) {
    m_status->SetForegroundColour(*wxRED);
    m_status->SetLabel(ToWx(message));
    m_status->Wrap(FromDIP(kFormWidth));
    Layout();
}

void ReportDialog::ShowPreview(const std::string& pdf, int pages) {
    const std::string count = std::to_string(pages) + (pages == 1 ? " page" : " pages");
    ShowStatus(count + ", not saved yet. Drawing the preview…");
    m_render->Disable();
    m_previewCurrent = true;
    struct Pages {
        std::vector<std::string> pngs;
        std::string error;
    };
    auto result = std::make_shared<Pages>();
    m_workers.Background()(
        [pdf, pages, result] {
            try {
                result->pngs = RenderPageImages(pdf, pages, kPreviewDpi);
            } catch (const Error& error) {
                result->error = error.what();
            }
        },
        [this, result, count] {
            m_render->Enable();
            // The bytes are sound even when drawing them failed: they can still be saved.
            m_save->Enable(m_previewCurrent);
            if (!result->error.empty()) {
                ShowError(result->error);
                return;
            }
            ShowPages(result->pngs);
            ShowStatus(count + ", not saved yet: Save as… writes exactly what is shown.");
        });
}

void ReportDialog::ShowPreviewOutdated() {
    m_previewCurrent = false;
    m_save->Disable();
    ShowStatus("The choices changed since the preview: preview again before saving.");
}

void ReportDialog::ShowSaved(const std::filesystem::path& file, int pages) {
    m_saved = file;
    m_open->Enable();
    ShowStatus("Saved " + std::to_string(pages) + (pages == 1 ? " page" : " pages") + " to " +
               file.filename().string() + ".");
}

void ReportDialog::ShowPages(const std::vector<std::string>& pngs) {
    m_preview->DestroyChildren();
    auto* pages = m_preview->GetSizer();
    pages->Clear();
    m_previewPages = 0;
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    for (const auto& png : pngs) {
        wxMemoryInputStream stream(png.data(), png.size());
        wxImage image(stream, wxBITMAP_TYPE_PNG);
        if (!image.IsOk()) continue;
        pages->Add(new wxStaticBitmap(m_preview, wxID_ANY, wxBitmap(image), wxDefaultPosition,
                                      wxDefaultSize, 0, "report_page"),
                   wxSizerFlags().Centre().Border(wxALL, FromDIP(8)));
        ++m_previewPages;
    }
    m_preview->FitInside();
    m_preview->Scroll(0, 0);
}

void ReportDialog::ChooseFile() {
    const std::filesystem::path suggested = m_presenter.SuggestedFile();
    // The service refuses to overwrite, so the dialog does not ask about it either.
    wxFileDialog ask(this, ToWx("Save the progress report"), ToWx(suggested.parent_path().string()),
                     ToWx(suggested.filename().string()), "PDF documents (*.pdf)|*.pdf", wxFD_SAVE);
    if (ask.ShowModal() == wxID_OK) SaveTo(FromWx(ask.GetPath()));
}

}  // namespace securebase::ui
