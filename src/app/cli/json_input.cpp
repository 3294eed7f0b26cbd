#include "app/cli/json_input.h"

#include <algorithm>

#include <Poco/JSON/Array.h>

#include "core/error.h"
#include "core/text.h"

namespace securebase::cli {
namespace {

using Poco::JSON::Object;

[[noreturn]] void Bad(const std::string& field, const std::string& what) {
    throw Error(ErrorCode::Invalid, "field \"" + field + "\" " + what + "; nothing was saved");
}

std::string Text(const Object& object, const std::string& key, const std::string& path) {
    const Poco::Dynamic::Var value = object.get(key);
    if (value.isEmpty()) return {};
    if (!value.isString()) Bad(path, "must be text");
    return value.extract<std::string>();
}

std::optional<Date> OptionalDate(const Object& object, const std::string& key,
                                 const std::string& path) {
    const std::string text = Trim(Text(object, key, path));
    if (text.empty()) return std::nullopt;
    auto date = ParseDate(text);
    if (!date) Bad(path, "is not a date: use YYYY-MM-DD");
    return date;
}

Date RequiredDate(const Object& object, const std::string& key, const std::string& path) {
    auto date = OptionalDate(object, key, path);
    if (!date) Bad(path, "is required: use YYYY-MM-DD");
    return *date;
}

Object::Ptr Nested(const Object& object, const std::string& key) {
    if (!object.isObject(key)) Bad(key, "must be an object");
    return object.getObject(key);
}

Poco::JSON::Array::Ptr List(const Object& object, const std::string& key) {
    if (!object.isArray(key)) Bad(key, "must be a list");
    return object.getArray(key);
}

void ApplyEmergencyContact(const Object& fields, EmergencyContact& contact) {
    for (const auto& [key, value] : fields) {
        const std::string path = "emergencyContact." + key;
        if (key == "name")
            contact.name = Text(fields, key, path);
        else if (key == "relationship")
            contact.relationship = Text(fields, key, path);
        else if (key == "phone")
            contact.phone = Text(fields, key, path);
        else
            Bad(path, "is not a field of an emergency contact (name, relationship, phone)");
    }
}

std::vector<std::string> Tags(const Object& fields) {
    std::vector<std::string> tags;
    const auto list = List(fields, "tags");
    for (size_t i = 0; i < list->size(); ++i) {
        const Poco::Dynamic::Var item = list->get(static_cast<unsigned>(i));
        if (!item.isString()) Bad("tags", "must be a list of text");
        tags.push_back(Trim(item.extract<std::string>()));
    }
    return tags;
}

std::vector<Consent> Consents(const Object& fields) {
    std::vector<Consent> consents;
    const auto list = List(fields, "consents");
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string path = "consents[" + std::to_string(i) + "]";
        const auto item = list->getObject(static_cast<unsigned>(i));
        if (!item) Bad(path, "must be an object with topic and givenOn");
        Consent consent;
        for (const auto& [key, value] : *item) {
            if (key == "topic")
                consent.topic = Text(*item, key, path + ".topic");
            else if (key == "givenOn")
                consent.givenOn = RequiredDate(*item, key, path + ".givenOn");
            else if (key == "withdrawnOn")
                consent.withdrawnOn = OptionalDate(*item, key, path + ".withdrawnOn");
            else if (key != "id")
                Bad(path + "." + key, "is not a field of a consent");
        }
        if (consent.givenOn == Date{}) Bad(path + ".givenOn", "is required: use YYYY-MM-DD");
        consents.push_back(std::move(consent));
    }
    return consents;
}

}  // namespace

void ApplyClientFields(const Object& fields, Client& client, bool allowStatus) {
    for (const auto& [key, value] : fields) {
        if (key == "given")
            client.name.given = Text(fields, key, key);
        else if (key == "family")
            client.name.family = Text(fields, key, key);
        else if (key == "preferred")
            client.name.preferred = Text(fields, key, key);
        else if (key == "dateOfBirth")
            client.dateOfBirth = OptionalDate(fields, key, key);
        else if (key == "pronouns")
            client.pronouns = Text(fields, key, key);
        else if (key == "phone")
            client.contact.phone = Text(fields, key, key);
        else if (key == "email")
            client.contact.email = Text(fields, key, key);
        else if (key == "address")
            client.contact.address = Text(fields, key, key);
        else if (key == "emergencyContact")
            ApplyEmergencyContact(*Nested(fields, key), client.emergencyContact);
        else if (key == "referralSource")
            client.referralSource = Text(fields, key, key);
        else if (key == "presentingConcerns")
            client.presentingConcerns = Text(fields, key, key);
        else if (key == "tags")
            client.tags = Tags(fields);
        else if (key == "consents")
            client.consents = Consents(fields);
        else if (key == "status") {
            if (!allowStatus) Bad(key, "changes only through client discharge / client activate");
            const auto status = ParseClientStatus(Text(fields, key, key));
            if (!status) Bad(key, "must be waitlist, active or discharged");
            client.status = *status;
        } else if (key == "waitlistedOn" || key == "admittedOn") {
            // Status dates are set once, when a client already in care is entered.
            if (!allowStatus) Bad(key, "changes only through client discharge / client activate");
            (key == "admittedOn" ? client.admittedOn : client.waitlistedOn) =
                OptionalDate(fields, key, key);
        } else if (key == "id" || key == "code") {
            // Identity comes from the command line and never changes: ignored, not refused.
        } else {
            Bad(key, "is not a client field (see --help)");
        }
    }
}

std::vector<NoteField> NoteFieldsFrom(const Object& fields, NoteFormat format,
                                      std::vector<NoteField> existing) {
    std::vector<NoteField> result;
    for (const auto& spec : FieldsOf(format)) {
        NoteField field{std::string(spec.key), {}};
        for (const auto& old : existing)
            if (old.key == spec.key) field.text = old.text;
        result.push_back(std::move(field));
    }
    for (const auto& [key, value] : fields) {
        auto target = std::find_if(result.begin(), result.end(),
                                   [&](const NoteField& f) { return f.key == key; });
        if (target == result.end()) {
            std::vector<std::string> keys;
            for (const auto& spec : FieldsOf(format)) keys.emplace_back(spec.key);
            Bad(key, std::string("is not a section of a ") + DisplayName(format) + " note (" +
                         Join(keys, ", ") + ")");
        }
        target->text = Text(fields, key, key);
    }
    return result;
}

void ApplySettingsFields(const Object& fields, PracticeSettings& settings) {
    for (const auto& [key, value] : fields) {
        if (key == "practiceName")
            settings.practiceName = Text(fields, key, key);
        else if (key == "practitionerName")
            settings.practitionerName = Text(fields, key, key);
        else if (key == "credentials")
            settings.credentials = Text(fields, key, key);
        else if (key == "idleLockMinutes") {
            if (!value.isInteger()) Bad(key, "must be a whole number of minutes");
            settings.idleLockMinutes = value.convert<int>();
        } else if (key == "defaultNoteFormat") {
            const auto format = ParseNoteFormat(Text(fields, key, key));
            if (!format) Bad(key, "must be soap, dap, birp or free");
            settings.defaultNoteFormat = *format;
        } else {
            Bad(key, "is not a practice setting (see --help)");
        }
    }
}

}  // namespace securebase::cli
