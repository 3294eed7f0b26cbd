#include "app/cli/command_context.h"

#include <charconv>

#include "core/error.h"

namespace securebase::cli {

CommandContext::CommandContext(std::map<std::string, std::string> options,
                               std::vector<std::string> arguments, std::ostream& out)
    : m_options(std::move(options)), m_arguments(std::move(arguments)), m_out(out) {}

bool CommandContext::Has(std::string_view option) const {
    return m_options.contains(std::string(option));
}

std::optional<std::string> CommandContext::Option(std::string_view option) const {
    const auto found = m_options.find(std::string(option));
    if (found == m_options.end()) return std::nullopt;
    return found->second;
}

std::optional<long long> CommandContext::NumberOption(std::string_view option, long long minimum,
                                                      long long maximum) const {
    const auto text = Option(option);
    if (!text) return std::nullopt;
    long long value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size() || value < minimum ||
        value > maximum)
        throw Error(ErrorCode::Usage, "--" + std::string(option) + " takes a whole number from " +
                                          std::to_string(minimum) + " to " +
                                          std::to_string(maximum));
    return value;
}

const std::string& CommandContext::Argument(size_t index, std::string_view what) const {
    if (index >= m_arguments.size())
        throw Error(ErrorCode::Usage, "missing " + std::string(what) + " (see --help)");
    return m_arguments[index];
}

Id CommandContext::IdArgument(size_t index, std::string_view what) const {
    const std::string& text = Argument(index, what);
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
        throw Error(ErrorCode::Usage, std::string(what) + " must be a record id (a number)");
    return id;
}

Date CommandContext::DateOption(std::string_view option, Date fallback) const {
    const auto text = Option(option);
    if (!text) return fallback;
    const auto date = ParseDate(*text);
    if (!date)
        throw Error(ErrorCode::Invalid,
                    "--" + std::string(option) + " is not a date: use YYYY-MM-DD");
    return *date;
}

void CommandContext::ExpectAtMost(size_t count) const {
    if (m_arguments.size() > count)
        throw Error(ErrorCode::Usage,
                    "too many arguments; record contents are read from standard input or "
                    "--input FILE, never from the command line (see --help)");
}

std::filesystem::path CommandContext::VaultPath() const {
    if (auto path = Option("vault")) return *path;
    return service::VaultSession::DefaultPath();
}

std::optional<int> CommandContext::Fd(std::string_view option) const {
    if (auto fd = NumberOption(option, 0, 1 << 20)) return static_cast<int>(*fd);
    return std::nullopt;
}

PassphraseSource CommandContext::Passphrase() const {
    return {Fd("passphrase-fd"), "SECUREBASE_PASSPHRASE"};
}

PassphraseSource CommandContext::NewPassphrase() const {
    return {Fd("new-passphrase-fd"), "SECUREBASE_NEW_PASSPHRASE"};
}

std::unique_ptr<service::VaultSession> CommandContext::OpenVault() const {
    const auto path = VaultPath();
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound,
                    "no vault at " + path.string() + "; create one with init or pass --vault PATH");
    const Secret passphrase = ReadPassphrase(Passphrase());
    return service::VaultSession::Open(path, passphrase);
}

}  // namespace securebase::cli
