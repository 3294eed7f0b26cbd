#pragma once

#include <wx/dialog.h>

#include <functional>
#include <optional>

#include "core/ids.h"

namespace securebase::ui {

// What the homework dialogs share: shown without a nested event loop (so the practice window
// keeps its idle lock and tests can drive it), with the practice window disabled meanwhile, and
// a callback with what was saved (nothing when cancelled) once the dialog is gone.
class HomeworkDialog : public wxDialog {
public:
    using Done = std::function<void(std::optional<Id> saved)>;

    HomeworkDialog(wxWindow* parent, const wxString& title, const wxString& name, Done done);

    void Begin();

protected:
    void Finish(std::optional<Id> saved);

private:
    wxWindow* m_practiceWindow = nullptr;
    Done m_done;
    bool m_finished = false;
};

}  // namespace securebase::ui
