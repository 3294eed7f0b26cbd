#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

// Who puts the answers in: the client on screen, the practitioner reading items aloud, or the
// practitioner typing a paper form.
enum class AdministrationMode { Client, Interview, Paper };

enum class AdministrationStatus { InProgress, Completed, Abandoned };

// One sitting of one instrument by one client. Answers are scale values by item id, stored as
// given (before reverse keying) so scoring can always be redone from them.
struct Administration {
    Id id = kNoId;
    Id clientId = kNoId;
    std::string instrumentId;
    std::string instrumentVersion;  // scores compare only within one scoring key
    AdministrationMode mode = AdministrationMode::Interview;
    Timestamp startedAt{};
    std::optional<Timestamp> completedAt;
    AdministrationStatus status = AdministrationStatus::InProgress;
    std::map<std::string, int> answers;
};

// SD and reliability the practitioner entered for a subscale that ships without norms, with the
// published source they come from: reliable change is computed from nothing less.
struct PractitionerNorms {
    std::string instrumentId;
    std::string subscaleId;
    double sd = 0.0;
    double reliability = 0.0;
    std::string source;
};

constexpr const char* ToString(AdministrationMode mode) {
    switch (mode) {
        case AdministrationMode::Client:
            return "client";
        case AdministrationMode::Interview:
            return "interview";
        case AdministrationMode::Paper:
            return "paper";
    }
    return "interview";
}

constexpr std::optional<AdministrationMode> ParseAdministrationMode(std::string_view text) {
    if (text == "client") return AdministrationMode::Client;
    if (text == "interview") return AdministrationMode::Interview;
    if (text == "paper") return AdministrationMode::Paper;
    return std::nullopt;
}

constexpr const char* ToString(AdministrationStatus status) {
    switch (status) {
        case AdministrationStatus::InProgress:
            return "in_progress";
        case AdministrationStatus::Completed:
            return "completed";
        case AdministrationStatus::Abandoned:
            return "abandoned";
    }
    return "in_progress";
}

constexpr std::optional<AdministrationStatus> ParseAdministrationStatus(std::string_view text) {
    if (text == "in_progress") return AdministrationStatus::InProgress;
    if (text == "completed") return AdministrationStatus::Completed;
    if (text == "abandoned") return AdministrationStatus::Abandoned;
    return std::nullopt;
}

}  // namespace securebase
