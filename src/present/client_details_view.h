#pragma once

#include <string>
#include <vector>

#include "present/client_form.h"
#include "service/validation.h"

namespace securebase::present {

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
};

}  // namespace securebase::present
