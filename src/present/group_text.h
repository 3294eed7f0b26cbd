#pragma once

#include <exception>
#include <functional>
#include <optional>
#include <string>

#include "core/group.h"
#include "core/group_meeting.h"

namespace securebase::present {

// How groups read on screen, shared by the Groups view and the meeting screen.
std::string KindText(GroupKind kind);             // "Support group"
std::string GroupStatusText(GroupStatus status);  // "Running"
// "Tue 18:00, 8 meetings from 3 Nov 2026" or "Tue 18:00, 3 Nov 2026 to 22 Dec 2026"
std::string GroupScheduleText(const Group& group);
std::string ClockText(std::chrono::minutes sinceMidnight);  // "18:00"
std::string MarkText(GroupAttendance attendance);           // "Present"
std::string PercentText(std::optional<double> share);       // "75%", "–" before any meeting
std::string OneDecimal(double value);                       // "6.2"

// A refusal as the user reads it: the field problems of a ValidationError, else the message,
// starting with a capital.
std::string RefusalText(const std::exception& error);

// Asks until the user cancels or an attempt goes through; an attempt returns the problem to ask
// again with, empty when done. A refusal thrown by the service is asked again with too.
void AskUntilDone(const std::function<bool(const std::string& problem)>& ask,
                  const std::function<std::string()>& attempt);

}  // namespace securebase::present
