#pragma once

#include <functional>

#include "core/secret.h"

class wxGauge;
class wxSizer;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace securebase::ui {

// The "choose a new passphrase" block that the create-vault and change-passphrase dialogs share:
// the passphrase, its strength gauge, the same passphrase again, and whether the two match.
struct PassphrasePairFields {
    struct Wording {
        const char* passphraseLabel;
        const char* confirmationLabel;
        const char* passphraseName;  // window names, so tests can find the fields
        const char* confirmationName;
    };

    // Creates the controls as children of parent and appends them to sizer.
    static PassphrasePairFields AddTo(wxWindow* parent, wxSizer* sizer, const Wording& wording);

    Secret Passphrase() const;
    Secret Confirmation() const;
    // Calls edited whenever either field changes.
    void OnEdited(std::function<void()> edited) const;

    wxTextCtrl* passphrase = nullptr;
    wxTextCtrl* confirmation = nullptr;
    wxGauge* strengthGauge = nullptr;
    wxStaticText* strength = nullptr;
    wxStaticText* match = nullptr;
};

}  // namespace securebase::ui
