#pragma once

#include <ostream>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/homework_values.h"
#include "homework/adherence.h"
#include "homework/homework_template.h"
#include "service/homework.h"

namespace securebase::cli {

// The --json shapes of homework. Field names are stable: scripts depend on them. Entry values are
// an object by field key in the entry input format (src/homework/entry_json.h).
Poco::JSON::Object::Ptr TemplateSummaryJson(const homework::HomeworkTemplate& homeworkTemplate);
Poco::JSON::Object::Ptr AssignmentJson(const service::AssignmentSummary& summary);
Poco::JSON::Object::Ptr EntryJson(const Entry& entry);
Poco::JSON::Object::Ptr AdherenceJson(Id assignmentId, const homework::Adherence& adherence);
Poco::JSON::Object::Ptr GoalJson(const Goal& goal);

// Human output.
std::string ScheduleText(const Schedule& schedule);  // "daily from 2026-12-01 to 2026-12-31"
std::string AdherenceText(const homework::Adherence& adherence);  // "3/5 done, streak 2"
void PrintAssignments(std::ostream& out, const std::vector<service::AssignmentSummary>& list);
void PrintEntry(std::ostream& out, const homework::HomeworkTemplate& homeworkTemplate,
                const Entry& entry);
void PrintAdherence(std::ostream& out, const homework::Adherence& adherence);
void PrintGoals(std::ostream& out, const std::vector<Goal>& goals);

}  // namespace securebase::cli
