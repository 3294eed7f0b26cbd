#include "app/cli/json_output.h"

#include <Poco/JSON/Stringifier.h>

namespace securebase::cli {
namespace {

Poco::Dynamic::Var DateOrNull(const std::optional<Date>& date) {
    if (!date) return Poco::Dynamic::Var();
    return FormatDate(*date);
}

Poco::Dynamic::Var SignatureJson(const std::optional<Signature>& signature) {
    if (!signature) return Poco::Dynamic::Var();
    auto json = NewJsonObject();
    json->set("signedBy", signature->signedBy);
    json->set("signedAt", FormatTimestamp(signature->signedAt));
    return json;
}

Poco::JSON::Array::Ptr Strings(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& value : values) array->add(value);
    return array;
}

}  // namespace

Poco::JSON::Object::Ptr NewJsonObject() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::JSON::Object::Ptr ToJson(const Client& client) {
    auto json = NewJsonObject();
    json->set("id", client.id);
    json->set("code", client.code);
    json->set("given", client.name.given);
    json->set("family", client.name.family);
    json->set("preferred", client.name.preferred);
    json->set("displayName", client.name.Display());
    json->set("dateOfBirth", DateOrNull(client.dateOfBirth));
    json->set("pronouns", client.pronouns);
    json->set("phone", client.contact.phone);
    json->set("email", client.contact.email);
    json->set("address", client.contact.address);
    auto emergency = NewJsonObject();
    emergency->set("name", client.emergencyContact.name);
    emergency->set("relationship", client.emergencyContact.relationship);
    emergency->set("phone", client.emergencyContact.phone);
    json->set("emergencyContact", emergency);
    json->set("referralSource", client.referralSource);
    json->set("presentingConcerns", client.presentingConcerns);
    json->set("status", std::string(ToString(client.status)));
    json->set("waitlistedOn", DateOrNull(client.waitlistedOn));
    json->set("admittedOn", DateOrNull(client.admittedOn));
    json->set("dischargedOn", DateOrNull(client.dischargedOn));
    json->set("dischargeReason", client.dischargeReason);
    json->set("tags", Strings(client.tags));
    Poco::JSON::Array::Ptr consents = new Poco::JSON::Array;
    for (const auto& consent : client.consents) {
        auto item = NewJsonObject();
        item->set("id", consent.id);
        item->set("topic", consent.topic);
        item->set("givenOn", FormatDate(consent.givenOn));
        item->set("withdrawnOn", DateOrNull(consent.withdrawnOn));
        consents->add(item);
    }
    json->set("consents", consents);
    return json;
}

Poco::JSON::Object::Ptr ToJson(const ClientSummary& summary) {
    auto json = NewJsonObject();
    json->set("id", summary.id);
    json->set("code", summary.code);
    json->set("displayName", summary.displayName);
    json->set("family", summary.familyName);
    json->set("status", std::string(ToString(summary.status)));
    return json;
}

Poco::JSON::Object::Ptr ToJson(const Session& session) {
    auto json = NewJsonObject();
    json->set("id", session.id);
    json->set("clientId", session.clientId);
    json->set("start", FormatLocalDateTime(session.start));
    json->set("durationMinutes", static_cast<int>(session.duration.count()));
    json->set("kind", std::string(ToString(session.kind)));
    json->set("attendance", std::string(ToString(session.attendance)));
    return json;
}

Poco::JSON::Object::Ptr ToJson(const ProgressNote& note) {
    auto json = NewJsonObject();
    json->set("id", note.id);
    json->set("sessionId", note.sessionId);
    json->set("format", std::string(ToString(note.format)));
    auto fields = NewJsonObject();
    for (const auto& field : note.fields) fields->set(field.key, field.text);
    json->set("fields", fields);
    json->set("signed", note.IsSigned());
    json->set("signature", SignatureJson(note.signature));
    Poco::JSON::Array::Ptr addenda = new Poco::JSON::Array;
    for (const auto& addendum : note.addenda) {
        auto item = NewJsonObject();
        item->set("id", addendum.id);
        item->set("text", addendum.text);
        item->set("signature", SignatureJson(std::optional(addendum.signature)));
        addenda->add(item);
    }
    json->set("addenda", addenda);
    return json;
}

Poco::JSON::Object::Ptr ToJson(const ProcessNote& note) {
    auto json = NewJsonObject();
    json->set("id", note.id);
    json->set("sessionId", note.sessionId);
    json->set("text", note.text);
    return json;
}

Poco::JSON::Object::Ptr ToJson(const AuditEntry& entry) {
    auto json = NewJsonObject();
    json->set("id", entry.id);
    json->set("at", FormatTimestamp(entry.at));
    json->set("actor", entry.actor);
    json->set("action", std::string(ToString(entry.action)));
    json->set("entity", entry.entity);
    json->set("entityId", entry.entityId);
    return json;
}

Poco::JSON::Object::Ptr ToJson(const PracticeSettings& settings) {
    auto json = NewJsonObject();
    json->set("practiceName", settings.practiceName);
    json->set("practitionerName", settings.practitionerName);
    json->set("credentials", settings.credentials);
    json->set("idleLockMinutes", settings.idleLockMinutes);
    json->set("defaultNoteFormat", std::string(ToString(settings.defaultNoteFormat)));
    json->set("logo", LogoDescription(settings));
    return json;
}

void PrintJson(std::ostream& out, const Poco::Dynamic::Var& value) {
    Poco::JSON::Stringifier::stringify(value, out, 2);
    out << '\n';
}

}  // namespace securebase::cli
