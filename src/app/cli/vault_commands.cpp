// init, passphrase change, backup, restore, verify, audit, settings show | set | logo
#include <array>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/json_input.h"
#include "app/cli/json_output.h"
#include "app/cli/record_input.h"
#include "app/cli/text_table.h"
#include "core/error.h"
#include "service/logo_file.h"

namespace securebase::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::array<PromptField, 5> kSettingsPrompts{{
    {"practiceName", "Practice name"},
    {"practitionerName", "Practitioner name"},
    {"credentials", "Credentials"},
    {"idleLockMinutes", "Minutes before auto-lock"},
    {"defaultNoteFormat", "Default note format (soap, dap, birp, free)"},
}};

// A folder made for the vault is readable by its owner only; an existing one is left as it is.
void EnsureFolderFor(const fs::path& vault) {
    const fs::path folder = vault.has_parent_path() ? vault.parent_path() : fs::path(".");
    if (fs::exists(folder)) return;
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) throw Error(ErrorCode::Io, "cannot create the folder " + folder.string());
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
}

void PrintSettings(CommandContext& context, const PracticeSettings& settings) {
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(settings));
        return;
    }
    TextTable table;
    table.AddRow({"Practice", settings.practiceName});
    table.AddRow({"Practitioner", settings.practitionerName});
    table.AddRow({"Credentials", settings.credentials});
    table.AddRow({"Auto-lock", settings.idleLockMinutes > 0
                                   ? std::to_string(settings.idleLockMinutes) + " min"
                                   : "off"});
    table.AddRow({"Note format", DisplayName(settings.defaultNoteFormat)});
    table.AddRow({"Report logo", LogoDescription(settings)});
    table.Print(context.Out());
}

}  // namespace

int Init(CommandContext& context) {
    context.ExpectAtMost(0);
    const fs::path path = context.VaultPath();
    if (fs::exists(path))
        throw Error(ErrorCode::Refused, "a file already exists at " + path.string() +
                                            "; choose another path with --vault");
    const Secret passphrase = ReadNewPassphrase(context.NewPassphrase());
    EnsureFolderFor(path);
    service::VaultSession::Create(path, passphrase);
    context.Out() << "created vault " << path.string() << "\n";
    return 0;
}

int PassphraseChange(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    const Secret passphrase = ReadNewPassphrase(context.NewPassphrase());
    vault->ChangePassphrase(passphrase);
    context.Out() << "passphrase changed; the old one no longer opens " << vault->Path().string()
                  << " (backups made before keep theirs)\n";
    return 0;
}

int Backup(CommandContext& context) {
    context.ExpectAtMost(1);
    const fs::path out = context.Argument(0, "OUT (the backup file to write)");
    if (fs::exists(out))
        throw Error(ErrorCode::Refused, out.string() + " already exists; choose a new file name");
    auto vault = context.OpenVault();
    vault->Backup(out);
    context.Out() << "wrote encrypted backup " << out.string()
                  << " (verified; it opens with the current passphrase)\n";
    return 0;
}

int Restore(CommandContext& context) {
    context.ExpectAtMost(1);
    const fs::path in = context.Argument(0, "IN (the backup file)");
    if (!fs::exists(in)) throw Error(ErrorCode::NotFound, "no backup at " + in.string());
    const fs::path path = context.VaultPath();
    const Secret passphrase = ReadPassphrase(context.Passphrase());
    EnsureFolderFor(path);
    service::VaultSession::Restore(in, passphrase, path);
    context.Out() << "restored " << path.string() << " from " << in.string() << "\n";
    return 0;
}

int Verify(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    const auto verdict = vault->Verify();
    if (context.Json()) {
        auto json = NewJsonObject();
        json->set("ok", verdict.ok);
        Poco::JSON::Array::Ptr problems = new Poco::JSON::Array;
        for (const auto& problem : verdict.problems) problems->add(problem);
        json->set("problems", problems);
        PrintJson(context.Out(), json);
    } else if (verdict.ok) {
        context.Out() << "vault OK\n";
    } else {
        context.Out() << "vault damaged:\n";
        for (const auto& problem : verdict.problems) context.Out() << "  " << problem << "\n";
    }
    return verdict.ok ? kExitOk : ExitCodeFor(ErrorCode::Damaged);
}

int Audit(CommandContext& context) {
    context.ExpectAtMost(0);
    const auto limit = static_cast<size_t>(context.NumberOption("limit", 1, 1000000).value_or(50));
    const auto offset =
        static_cast<size_t>(context.NumberOption("offset", 0, 1LL << 40).value_or(0));
    auto vault = context.OpenVault();
    const auto entries = vault->Records().AuditTrail(limit, offset);
    if (context.Json()) {
        PrintJson(context.Out(), ToJsonArray(entries));
        return 0;
    }
    TextTable table;
    table.AddRow({"ID", "AT", "ACTOR", "ACTION", "ENTITY", "RECORD"});
    for (const auto& entry : entries)
        table.AddRow({std::to_string(entry.id), FormatTimestamp(entry.at), entry.actor,
                      ToString(entry.action), entry.entity,
                      entry.entityId == kNoId ? "" : std::to_string(entry.entityId)});
    table.Print(context.Out());
    return 0;
}

int SettingsShow(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    PrintSettings(context, vault->Records().Settings());
    return 0;
}

int SettingsSet(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    PracticeSettings settings = practice.Settings();
    auto record = ReadRecord(context, kSettingsPrompts);
    // Prompts answer with text; a number typed at the prompt is still a number.
    if (record->has("idleLockMinutes") && record->get("idleLockMinutes").isString()) {
        try {
            record->set("idleLockMinutes",
                        std::stoi(record->getValue<std::string>("idleLockMinutes")));
        } catch (const std::exception&) {
            throw Error(ErrorCode::Invalid, "field \"idleLockMinutes\" must be a whole number");
        }
    }
    ApplySettingsFields(*record, settings);
    practice.SaveSettings(settings);
    PrintSettings(context, practice.Settings());
    return 0;
}

int SettingsLogo(CommandContext& context) {
    const std::string choice = context.Argument(0, "FILE, default or none");
    context.ExpectAtMost(1);
    // The file is read before the vault opens, so a missing file costs no passphrase prompt.
    std::string png = choice == "default" || choice == "none" ? "" : service::ReadLogoFile(choice);
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    PracticeSettings settings = practice.Settings();
    settings.logo = choice == "default" ? LogoChoice::Default
                    : choice == "none"  ? LogoChoice::None
                                        : LogoChoice::Custom;
    settings.logoPng = std::move(png);
    practice.SaveSettings(settings);
    PrintSettings(context, practice.Settings());
    return 0;
}

}  // namespace securebase::cli
