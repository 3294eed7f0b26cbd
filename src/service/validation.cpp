#include "service/validation.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "service/logo_file.h"

namespace securebase::service {
namespace {

constexpr size_t kMaxNameBytes = 200;
constexpr size_t kMaxTagBytes = 64;
constexpr size_t kMaxCodeBytes = 32;
constexpr int kMaxSessionMinutes = 600;
constexpr int kMaxIdleLockMinutes = 24 * 60;
const Date kEarliestBirth{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};

std::string Describe(const std::vector<FieldProblem>& problems) {
    std::string message = "the record was not saved:";
    for (const auto& problem : problems) message += " " + problem.message;
    return message;
}

class Problems {
public:
    void Add(std::string field, std::string message) {
        m_list.push_back({std::move(field), std::move(message)});
    }
    // Text must be UTF-8 to be stored, searched and shown; and names have a sane length.
    void CheckText(const std::string& field, std::string_view text, size_t maxBytes = 0) {
        if (!IsValidUtf8(text))
            Add(field, "Some characters in " + field + " are not valid text.");
        else if (maxBytes && text.size() > maxBytes)
            Add(field, "Shorten " + field + " to at most " + std::to_string(maxBytes) + " bytes.");
    }
    void CheckNotFuture(const std::string& field, const std::optional<Date>& date, Date today,
                        const std::string& what) {
        if (date && *date > today) Add(field, what + " cannot be in the future.");
    }
    std::vector<FieldProblem> Take() { return std::move(m_list); }

private:
    std::vector<FieldProblem> m_list;
};

bool LooksLikeEmail(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 ||
        email.find('@', at + 1) != std::string_view::npos)
        return false;
    if (email.find_first_of(" \t\r\n,;<>") != std::string_view::npos) return false;
    const std::string_view domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           domain.front() != '.';
}

void CheckStatusDates(const Client& client, Date today, Problems& problems) {
    problems.CheckNotFuture("waitlistedOn", client.waitlistedOn, today, "The waitlist date");
    problems.CheckNotFuture("admittedOn", client.admittedOn, today, "The admission date");
    problems.CheckNotFuture("dischargedOn", client.dischargedOn, today, "The discharge date");
    if (client.status == ClientStatus::Active && !client.admittedOn)
        problems.Add("admittedOn", "Enter the admission date of an active client.");
    if (client.status == ClientStatus::Discharged && !client.dischargedOn)
        problems.Add("dischargedOn", "Enter the discharge date of a discharged client.");
    if (client.status != ClientStatus::Discharged && client.dischargedOn)
        problems.Add("dischargedOn", "Only a discharged client has a discharge date.");
    if (client.waitlistedOn && client.admittedOn && *client.admittedOn < *client.waitlistedOn)
        problems.Add("admittedOn", "The admission date cannot come before the waitlist date.");
    if (client.admittedOn && client.dischargedOn && *client.dischargedOn < *client.admittedOn)
        problems.Add("dischargedOn", "The discharge date cannot come before the admission date.");
}

void CheckConsents(const Client& client, Date today, Problems& problems) {
    for (size_t i = 0; i < client.consents.size(); ++i) {
        const Consent& consent = client.consents[i];
        const std::string field = "consents[" + std::to_string(i) + "]";
        if (Trim(consent.topic).empty())
            problems.Add(field + ".topic", "Say what the client consented to.");
        problems.CheckText(field + ".topic", consent.topic, kMaxNameBytes);
        problems.CheckNotFuture(field + ".givenOn", consent.givenOn, today, "A consent date");
        problems.CheckNotFuture(field + ".withdrawnOn", consent.withdrawnOn, today,
                                "A withdrawal date");
        if (consent.withdrawnOn && *consent.withdrawnOn < consent.givenOn)
            problems.Add(field + ".withdrawnOn",
                         "A consent cannot be withdrawn before it was given.");
    }
}

void CheckTags(const Client& client, Problems& problems) {
    std::set<std::string> seen;
    for (size_t i = 0; i < client.tags.size(); ++i) {
        const std::string field = "tags[" + std::to_string(i) + "]";
        const std::string& tag = client.tags[i];
        if (Trim(tag).empty()) problems.Add(field, "Remove the empty tag.");
        problems.CheckText(field, tag, kMaxTagBytes);
        if (!seen.insert(tag).second) problems.Add(field, "Remove the repeated tag.");
    }
}

}  // namespace

ValidationError::ValidationError(std::vector<FieldProblem> problems)
    : Error(ErrorCode::Invalid, Describe(problems)), m_problems(std::move(problems)) {}

std::vector<FieldProblem> Validate(const Client& client, Date today) {
    Problems problems;
    if (Trim(client.name.given).empty() && Trim(client.name.preferred).empty())
        problems.Add("name.given", "Enter the client's given name or the name they go by.");
    problems.CheckText("name.given", client.name.given, kMaxNameBytes);
    problems.CheckText("name.family", client.name.family, kMaxNameBytes);
    problems.CheckText("name.preferred", client.name.preferred, kMaxNameBytes);
    problems.CheckText("code", client.code, kMaxCodeBytes);
    if (client.code.find_first_of(" \t\r\n") != std::string::npos)
        problems.Add("code", "A client code cannot contain spaces.");
    if (client.dateOfBirth) {
        if (*client.dateOfBirth > today)
            problems.Add("dateOfBirth", "The date of birth cannot be in the future.");
        else if (*client.dateOfBirth < kEarliestBirth)
            problems.Add("dateOfBirth", "The date of birth must be in 1900 or later.");
    }
    problems.CheckText("pronouns", client.pronouns, kMaxNameBytes);
    problems.CheckText("contact.phone", client.contact.phone, kMaxNameBytes);
    problems.CheckText("contact.email", client.contact.email, kMaxNameBytes);
    if (!client.contact.email.empty() && !LooksLikeEmail(client.contact.email))
        problems.Add("contact.email", "Enter an email address like name@example.org.");
    problems.CheckText("contact.address", client.contact.address);
    problems.CheckText("emergencyContact.name", client.emergencyContact.name, kMaxNameBytes);
    problems.CheckText("emergencyContact.relationship", client.emergencyContact.relationship,
                       kMaxNameBytes);
    problems.CheckText("emergencyContact.phone", client.emergencyContact.phone, kMaxNameBytes);
    problems.CheckText("referralSource", client.referralSource);
    problems.CheckText("presentingConcerns", client.presentingConcerns);
    problems.CheckText("dischargeReason", client.dischargeReason);
    CheckStatusDates(client, today, problems);
    CheckConsents(client, today, problems);
    CheckTags(client, problems);
    return problems.Take();
}

std::vector<FieldProblem> Validate(const Session& session) {
    Problems problems;
    if (session.clientId == kNoId) problems.Add("clientId", "Choose the client of this session.");
    if (session.start == LocalDateTime{})
        problems.Add("start", "Enter the date and time of the session.");
    const auto minutes = session.duration.count();
    if (minutes < 1 || minutes > kMaxSessionMinutes)
        problems.Add("duration", "A session lasts between 1 and " +
                                     std::to_string(kMaxSessionMinutes) + " minutes.");
    return problems.Take();
}

std::vector<FieldProblem> Validate(const ProgressNote& note) {
    Problems problems;
    if (note.sessionId == kNoId) problems.Add("sessionId", "Choose the session of this note.");
    const auto specs = FieldsOf(note.format);
    std::set<std::string> seen;
    for (const NoteField& field : note.fields) {
        const bool known = std::any_of(specs.begin(), specs.end(), [&](const NoteFieldSpec& spec) {
            return spec.key == field.key;
        });
        if (!known)
            problems.Add("fields." + field.key, std::string("A ") + DisplayName(note.format) +
                                                    " note has no such section.");
        else if (!seen.insert(field.key).second)
            problems.Add("fields." + field.key, "A section appears twice.");
        problems.CheckText("fields." + field.key, field.text);
    }
    return problems.Take();
}

std::vector<FieldProblem> Validate(const PracticeSettings& settings) {
    Problems problems;
    problems.CheckText("practiceName", settings.practiceName, kMaxNameBytes);
    problems.CheckText("practitionerName", settings.practitionerName, kMaxNameBytes);
    problems.CheckText("credentials", settings.credentials, kMaxNameBytes);
    if (settings.idleLockMinutes < 0 || settings.idleLockMinutes > kMaxIdleLockMinutes)
        problems.Add("idleLockMinutes", "Choose an idle lock between 0 (off) and " +
                                            std::to_string(kMaxIdleLockMinutes) + " minutes.");
    if (auto problem = LogoRefusal(settings)) problems.Add("logo", *problem);
    return problems.Take();
}

}  // namespace securebase::service
