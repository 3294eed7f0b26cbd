#pragma once

#include <string>
#include <vector>

#include "present/client_form.h"
#include "service/validation.h"

namespace securebase::present {

// One consent as the consent list shows it.
struct ConsentRow {
    std::string topic;
    std::string givenOn;      // "2026-11-25"
    std::string withdrawnOn;  // empty while the consent stands
};

// What the user typed for a new consent. Problems with it are reported under the keys
// "consent.topic" and "consent.givenOn"; stored consents' problems under "consents[N]...".
struct ConsentDraft {
    std::string topic;
    std::string givenOn;
};

// The "Details" tab of a client's chart.
class ClientDetailsView {
public:
    virtual ~ClientDetailsView() = default;
    virtual void ShowForm(const ClientForm& form) = 0;
    virtual ClientForm ReadForm() const = 0;
    // Each problem is shown next to the field of its key; an empty list clears them all.
    virtual void ShowProblems(const std::vector<service::FieldProblem>& problems) = 0;
    virtual void ShowMessage(const std::string& message) = 0;
    virtual void ShowStatusActions(bool canActivate, bool canDischarge) = 0;
    virtual void FocusFirstField() = 0;
    virtual void ShowConsents(const std::vector<ConsentRow>& rows) = 0;
    virtual void ShowConsentDraft(const ConsentDraft& draft) = 0;
    virtual ConsentDraft ReadConsentDraft() const = 0;
};

}  // namespace securebase::present
