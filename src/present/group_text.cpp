#include "present/group_text.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "present/homework_text.h"
#include "service/validation.h"

namespace securebase::present {
namespace {

constexpr std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

}  // namespace

std::string KindText(GroupKind kind) {
    switch (kind) {
        case GroupKind::Support:
            return "Support group";
        case GroupKind::Psychoeducation:
            return "Psychoeducation";
        case GroupKind::Therapy:
            return "Therapy group";
    }
    return "Support group";
}

std::string GroupStatusText(GroupStatus status) {
    switch (status) {
        case GroupStatus::Planned:
            return "Planned";
        case GroupStatus::Running:
            return "Running";
        case GroupStatus::Finished:
            return "Finished";
        case GroupStatus::Cancelled:
            return "Cancelled";
    }
    return "Planned";
}

std::string ClockText(std::chrono::minutes sinceMidnight) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(sinceMidnight.count() / 60),
                  static_cast<int>(sinceMidnight.count() % 60));
    return text;
}

std::string GroupScheduleText(const Group& group) {
    std::string text = std::string(kDays[group.weekday.iso_encoding() - 1]) + " " +
                       ClockText(group.startTime) + ", ";
    if (group.meetingCount)
        return text + std::to_string(*group.meetingCount) +
               (*group.meetingCount == 1 ? " meeting" : " meetings") + " from " +
               DayText(group.startsOn);
    return text + DayText(group.startsOn) + " to " + DayText(group.LastDay());
}

std::string MarkText(GroupAttendance attendance) {
    switch (attendance) {
        case GroupAttendance::Present:
            return "Present";
        case GroupAttendance::Late:
            return "Late";
        case GroupAttendance::Excused:
            return "Excused";
        case GroupAttendance::Absent:
            return "Absent";
    }
    return "Absent";
}

std::string PercentText(std::optional<double> share) {
    if (!share) return "\u2013";
    return std::to_string(static_cast<int>(std::lround(*share * 100.0))) + "%";
}

std::string OneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string RefusalText(const std::exception& error) {
    std::string text;
    if (const auto* invalid = dynamic_cast<const service::ValidationError*>(&error)) {
        for (const auto& problem : invalid->Problems())
            text += (text.empty() ? "" : " ") + problem.message;
    }
    if (text.empty()) text = error.what();
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 32);
    return text;
}

void AskUntilDone(const std::function<bool(const std::string& problem)>& ask,
                  const std::function<std::string()>& attempt) {
    std::string problem;
    while (ask(problem)) {
        try {
            problem = attempt();
        } catch (const Error& error) {
            problem = RefusalText(error);
        }
        if (problem.empty()) return;
    }
}

}  // namespace securebase::present
