#include "present/client_form.h"

#include <array>

#include "core/date_time.h"
#include "core/text.h"
#include "present/client_list_presenter.h"

namespace securebase::present {
namespace {

constexpr std::array<ClientFieldSpec, 16> kFields{{
    {"code", "Client code", false, true},
    {"status", "Status", false, true},
    {"name.given", "Given name"},
    {"name.family", "Family name"},
    {"name.preferred", "Preferred name"},
    {"dateOfBirth", "Date of birth"},
    {"pronouns", "Pronouns"},
    {"contact.phone", "Phone"},
    {"contact.email", "Email"},
    {"contact.address", "Address", true},
    {"emergencyContact.name", "Emergency contact"},
    {"emergencyContact.relationship", "Relationship"},
    {"emergencyContact.phone", "Emergency phone"},
    {"referralSource", "Referred by"},
    {"presentingConcerns", "Presenting concerns", true},
    {"tags", "Tags (comma-separated)"},
}};

std::string Get(const ClientForm& form, std::string_view key) {
    const auto it = form.find(key);
    return it == form.end() ? std::string{} : Trim(it->second);
}

}  // namespace

std::span<const ClientFieldSpec> ClientFormFields() { return kFields; }

ClientForm ToForm(const Client& client) {
    std::string status = StatusLabel(client.status);
    const auto since = client.status == ClientStatus::Active       ? client.admittedOn
                       : client.status == ClientStatus::Discharged ? client.dischargedOn
                                                                   : client.waitlistedOn;
    if (since) status += " since " + FormatDate(*since);
    return {
        {"code", client.code},
        {"status", status},
        {"name.given", client.name.given},
        {"name.family", client.name.family},
        {"name.preferred", client.name.preferred},
        {"dateOfBirth", client.dateOfBirth ? FormatDate(*client.dateOfBirth) : ""},
        {"pronouns", client.pronouns},
        {"contact.phone", client.contact.phone},
        {"contact.email", client.contact.email},
        {"contact.address", client.contact.address},
        {"emergencyContact.name", client.emergencyContact.name},
        {"emergencyContact.relationship", client.emergencyContact.relationship},
        {"emergencyContact.phone", client.emergencyContact.phone},
        {"referralSource", client.referralSource},
        {"presentingConcerns", client.presentingConcerns},
        {"tags", Join(client.tags, ", ")},
    };
}

std::vector<service::FieldProblem> ApplyForm(const ClientForm& form, Client& client) {
    std::vector<service::FieldProblem> problems;
    client.name.given = Get(form, "name.given");
    client.name.family = Get(form, "name.family");
    client.name.preferred = Get(form, "name.preferred");
    const std::string birth = Get(form, "dateOfBirth");
    if (birth.empty()) {
        client.dateOfBirth.reset();
    } else if (auto date = ParseDate(birth)) {
        client.dateOfBirth = date;
    } else {
        problems.push_back({"dateOfBirth", "Enter the date as YYYY-MM-DD, e.g. 1990-04-23."});
    }
    client.pronouns = Get(form, "pronouns");
    client.contact.phone = Get(form, "contact.phone");
    client.contact.email = Get(form, "contact.email");
    client.contact.address = Get(form, "contact.address");
    client.emergencyContact.name = Get(form, "emergencyContact.name");
    client.emergencyContact.relationship = Get(form, "emergencyContact.relationship");
    client.emergencyContact.phone = Get(form, "emergencyContact.phone");
    client.referralSource = Get(form, "referralSource");
    client.presentingConcerns = Get(form, "presentingConcerns");
    client.tags = Split(Get(form, "tags"), ',');
    return problems;
}

}  // namespace securebase::present
