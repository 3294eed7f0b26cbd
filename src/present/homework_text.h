#pragma once

#include <string>

#include "core/homework_values.h"
#include "homework/adherence.h"
#include "homework/homework_template.h"

namespace securebase::present {

// How homework reads on screen, with the month spelled out as display_time.h does.
std::string DayText(Date day);                             // "25 Nov 2026"
std::string ScheduleText(const Schedule& schedule);        // "Mon, Wed, Fri from 2 Nov 2026"
std::string StatusText(const Assignment& assignment);      // "Active", "Paused since 3 Nov 2026"
std::string RatioText(size_t completed, size_t expected);  // "5 of 9 (56%)", "none due"

// The ISO week of `asOf` in the adherence, as "completed of expected" (pending ones included).
std::string ThisWeekText(const homework::Adherence& adherence, Date asOf);
std::string StreakText(const homework::Adherence& adherence);  // "3 (best 4)"

// The entry's answers in the template's order, "Label: value · Label: value", cut to about
// maxChars so a list row stays one line.
std::string EntrySummary(const homework::HomeworkTemplate& homeworkTemplate, const Entry& entry,
                         size_t maxChars = 160);

}  // namespace securebase::present
