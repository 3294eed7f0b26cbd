#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/client.h"
#include "service/validation.h"

namespace securebase::present {

// One field of the client details form. The key is the one service::FieldProblem uses, so a
// validation message lands next to its field.
struct ClientFieldSpec {
    std::string_view key;
    std::string_view label;
    bool multiline = false;
    bool readOnly = false;
};

// The form's text, by field key.
using ClientForm = std::map<std::string, std::string, std::less<>>;

std::span<const ClientFieldSpec> ClientFormFields();

ClientForm ToForm(const Client& client);
// Copies the form into `client`; returns the fields it could not read (a malformed date).
std::vector<service::FieldProblem> ApplyForm(const ClientForm& form, Client& client);

}  // namespace securebase::present
