// client add | list | show | update | search | discharge | activate
#include <array>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/json_input.h"
#include "app/cli/json_output.h"
#include "app/cli/record_input.h"
#include "app/cli/text_table.h"
#include "core/error.h"
#include "core/text.h"

namespace securebase::cli {
namespace {

constexpr std::array<PromptField, 13> kClientPrompts{{
    {"given", "Given name"},
    {"family", "Family name"},
    {"preferred", "Preferred name (optional)"},
    {"dateOfBirth", "Date of birth (YYYY-MM-DD)"},
    {"pronouns", "Pronouns"},
    {"phone", "Phone"},
    {"email", "Email"},
    {"address", "Address"},
    {"emergencyContact.name", "Emergency contact name"},
    {"emergencyContact.relationship", "Emergency contact relationship"},
    {"emergencyContact.phone", "Emergency contact phone"},
    {"referralSource", "Referral source"},
    {"presentingConcerns", "Presenting concerns"},
}};

std::string OptionalDate(const std::optional<Date>& date) { return date ? FormatDate(*date) : ""; }

void PrintSummaries(CommandContext& context, const std::vector<ClientSummary>& clients) {
    TextTable table;
    table.AddRow({"CODE", "NAME", "STATUS", "ID"});
    for (const auto& client : clients)
        table.AddRow(
            {client.code, client.displayName, ToString(client.status), std::to_string(client.id)});
    table.Print(context.Out());
}

void PrintClient(CommandContext& context, const Client& client) {
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(client));
        return;
    }
    std::string status = ToString(client.status);
    if (client.status == ClientStatus::Waitlist && client.waitlistedOn)
        status += " since " + FormatDate(*client.waitlistedOn);
    if (client.status == ClientStatus::Active && client.admittedOn)
        status += " since " + FormatDate(*client.admittedOn);
    if (client.status == ClientStatus::Discharged && client.dischargedOn)
        status += " on " + FormatDate(*client.dischargedOn);
    std::string emergency = client.emergencyContact.name;
    if (!client.emergencyContact.relationship.empty())
        emergency += " (" + client.emergencyContact.relationship + ")";
    if (!client.emergencyContact.phone.empty()) emergency += ", " + client.emergencyContact.phone;
    std::vector<std::string> consents;
    for (const auto& consent : client.consents)
        consents.push_back(
            consent.topic + " " + FormatDate(consent.givenOn) +
            (consent.withdrawnOn ? " (withdrawn " + FormatDate(*consent.withdrawnOn) + ")" : ""));
    TextTable table;
    table.AddRow({"Code", client.code + "  (id " + std::to_string(client.id) + ")"});
    table.AddRow({"Name", client.name.given + " " + client.name.family});
    if (!client.name.preferred.empty()) table.AddRow({"Preferred", client.name.preferred});
    table.AddRow({"Born", OptionalDate(client.dateOfBirth)});
    table.AddRow({"Pronouns", client.pronouns});
    table.AddRow({"Status", status});
    if (!client.dischargeReason.empty()) table.AddRow({"Discharge", client.dischargeReason});
    table.AddRow({"Phone", client.contact.phone});
    table.AddRow({"Email", client.contact.email});
    table.AddRow({"Address", client.contact.address});
    table.AddRow({"Emergency", emergency});
    table.AddRow({"Referral", client.referralSource});
    table.AddRow({"Concerns", client.presentingConcerns});
    table.AddRow({"Tags", Join(client.tags, ", ")});
    table.AddRow({"Consents", Join(consents, "; ")});
    table.Print(context.Out());
}

std::optional<ClientStatus> StatusOption(const CommandContext& context) {
    const auto text = context.Option("status");
    if (!text) return std::nullopt;
    const auto status = ParseClientStatus(*text);
    if (!status) throw Error(ErrorCode::Usage, "--status takes waitlist, active or discharged");
    return status;
}

}  // namespace

int ClientAdd(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    const auto record = ReadRecord(context, kClientPrompts);
    Client draft;
    ApplyClientFields(*record, draft, true);
    const Client client = vault->Records().AdmitClient(std::move(draft));
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(client));
        return 0;
    }
    context.Out() << "added client " << client.code << " (id " << client.id << ")\n";
    return 0;
}

int ClientList(CommandContext& context) {
    context.ExpectAtMost(0);
    ClientListQuery query;
    query.status = StatusOption(context);
    query.limit = static_cast<size_t>(context.NumberOption("limit", 1, 100000).value_or(100));
    query.offset = static_cast<size_t>(context.NumberOption("offset", 0, 1LL << 40).value_or(0));
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    const auto clients = practice.ListClients(query);
    const size_t total = practice.CountClients(query.status);
    if (context.Json()) {
        auto json = NewJsonObject();
        json->set("total", total);
        json->set("offset", query.offset);
        json->set("clients", ToJsonArray(clients));
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintSummaries(context, clients);
    context.Out() << clients.size() << " of " << total << " clients\n";
    return 0;
}

int ClientShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    PrintClient(context, vault->Records().FindClient(which));
    return 0;
}

int ClientUpdate(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    Client client = practice.FindClient(which);
    const auto record = ReadRecord(context, kClientPrompts);
    ApplyClientFields(*record, client, false);
    practice.UpdateClient(client);
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(practice.GetClient(client.id)));
        return 0;
    }
    context.Out() << "updated client " << client.code << "\n";
    return 0;
}

int ClientSearch(CommandContext& context) {
    context.ExpectAtMost(0);
    const auto limit = static_cast<size_t>(context.NumberOption("limit", 1, 1000).value_or(50));
    auto vault = context.OpenVault();
    const std::string query = ReadText(context, "Search");
    if (query.empty())
        throw Error(ErrorCode::Invalid, "nothing to search for: give the query on standard input");
    const auto clients = vault->Records().Search(query, limit);
    if (context.Json()) {
        PrintJson(context.Out(), ToJsonArray(clients));
        return 0;
    }
    PrintSummaries(context, clients);
    context.Out() << clients.size()
                  << (clients.size() == 1 ? " client found\n" : " clients found\n");
    return 0;
}

int ClientDischarge(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    const Date on = context.DateOption("date", Today());
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    const Client client = practice.FindClient(which);
    const auto file = context.Option("reason-file");
    std::string reason =
        file ? ReadTextFile(*file) : ReadText(context, "Reason for discharge (optional)");
    practice.Discharge(client.id, on, std::move(reason));
    context.Out() << "discharged client " << client.code << " on " << FormatDate(on) << "\n";
    return 0;
}

int ClientActivate(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    const Date on = context.DateOption("date", Today());
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    const Client client = practice.FindClient(which);
    practice.Activate(client.id, on);
    context.Out() << "activated client " << client.code << " on " << FormatDate(on) << "\n";
    return 0;
}

}  // namespace securebase::cli
