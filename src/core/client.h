#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

enum class ClientStatus { Waitlist, Active, Discharged };

struct PersonName {
    std::string given;
    std::string family;
    std::string preferred;  // what the client wants to be called; may be empty

    // "Preferred Family" when a preferred name is set, else "Given Family".
    std::string Display() const;
};

struct ContactDetails {
    std::string phone;
    std::string email;
    std::string address;
};

struct EmergencyContact {
    std::string name;
    std::string relationship;
    std::string phone;
};

// One thing the client agreed to (treatment, recording, sharing with a referrer...), and when.
struct Consent {
    Id id = kNoId;
    std::string topic;
    Date givenOn{};
    std::optional<Date> withdrawnOn;
};

struct Client {
    Id id = kNoId;
    std::string code;  // de-identified handle, e.g. "SB-4KQ7M2": unique, never reused
    PersonName name;
    std::optional<Date> dateOfBirth;
    std::string pronouns;
    ContactDetails contact;
    EmergencyContact emergencyContact;
    std::string referralSource;
    std::string presentingConcerns;
    ClientStatus status = ClientStatus::Waitlist;
    std::optional<Date> waitlistedOn;
    std::optional<Date> admittedOn;
    std::optional<Date> dischargedOn;
    std::string dischargeReason;
    std::vector<Consent> consents;
    std::vector<std::string> tags;
};

// The few fields a list or search result needs, so listing 10,000 clients reads little.
struct ClientSummary {
    Id id = kNoId;
    std::string code;
    std::string displayName;
    std::string familyName;
    ClientStatus status = ClientStatus::Waitlist;
};

const char* ToString(ClientStatus status);
std::optional<ClientStatus> ParseClientStatus(std::string_view text);

}  // namespace securebase
