#include "present/assessment_result.h"

#include <cstdio>

#include "present/display_time.h"

namespace securebase::present {
namespace {

std::string Fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string SubscaleName(const assess::Instrument* instrument, const std::string& id) {
    const assess::Subscale* subscale = instrument ? instrument->FindSubscale(id) : nullptr;
    return subscale ? subscale->name : id;
}

std::string Sentence(std::string text) {
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') text.front() -= 'a' - 'A';
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

std::string ScoreLine(const assess::SubscaleScore& score, const assess::Instrument* instrument) {
    const std::string name = SubscaleName(instrument, score.subscale);
    if (!score.valid)
        return name + ": not scored, " + std::to_string(score.missing) +
               " items unanswered (at most " + std::to_string(score.maxMissing) + " allowed)";
    std::string line = name + ": " + Fixed(*score.score);
    if (!score.band.empty()) line += " (" + score.band + ")";
    if (score.missing > 0)
        line += ", prorated from " + std::to_string(score.answered) + " of " +
                std::to_string(score.answered + score.missing) + " items";
    return line;
}

const service::AdministrationReport* FindReport(
    const std::vector<service::AdministrationReport>& history, const std::optional<Id>& id) {
    if (!id) return nullptr;
    for (const auto& report : history)
        if (report.administration.id == *id) return &report;
    return nullptr;
}

ResultSection ChangeSection(const std::string& title, const service::AdministrationReport* before,
                            const std::vector<assess::SubscaleChange>& changes,
                            const assess::Instrument* instrument, bool& missingNorms) {
    ResultSection section{title, {}};
    if (before) section.title += " (" + FormatLocalTime(WhenOf(before->administration)) + ")";
    for (const auto& change : changes) {
        const std::string name = SubscaleName(instrument, change.subscale);
        if (!change.change) {
            section.lines.push_back(change.reason);
            continue;
        }
        if (!change.change->rci) missingNorms = true;
        section.lines.push_back(name + ": " + Fixed(change.change->before) + " → " +
                                Fixed(change.change->after) + ". " + change.change->explanation);
    }
    return section;
}

void AddChange(AssessmentResult& result, const service::AdministrationReport& report,
               const assess::Instrument* instrument,
               const std::vector<service::AdministrationReport>& history) {
    if (!report.baselineId) {
        result.sections.push_back(
            {"Change",
             {"This is the client's first scored administration of this instrument: later ones "
              "are compared with it."}});
        return;
    }
    result.sections.push_back(ChangeSection("Change since baseline",
                                            FindReport(history, report.baselineId),
                                            report.sinceBaseline, instrument, result.offerNorms));
    if (report.previousId != report.baselineId)
        result.sections.push_back(ChangeSection("Change since last time",
                                                FindReport(history, report.previousId),
                                                report.sinceLast, instrument, result.offerNorms));
}

void AddAbout(AssessmentResult& result, const assess::Instrument& instrument) {
    ResultSection about{"About this instrument", {}};
    for (const std::string* text :
         {&instrument.usage, &instrument.scoringNotes, &instrument.copyright})
        if (!text->empty()) about.lines.push_back(*text);
    if (!about.lines.empty()) result.sections.push_back(std::move(about));
}

}  // namespace

Timestamp WhenOf(const Administration& administration) {
    return administration.completedAt.value_or(administration.startedAt);
}

std::string ModeLabel(AdministrationMode mode) {
    switch (mode) {
        case AdministrationMode::Client:
            return "Client mode";
        case AdministrationMode::Interview:
            return "Interview";
        case AdministrationMode::Paper:
            return "Paper form";
    }
    return "Interview";
}

std::string StatusLabel(AdministrationStatus status) {
    switch (status) {
        case AdministrationStatus::InProgress:
            return "In progress";
        case AdministrationStatus::Completed:
            return "Completed";
        case AdministrationStatus::Abandoned:
            return "Abandoned";
    }
    return "In progress";
}

std::string ScoreSummary(const service::AdministrationReport& report,
                         const assess::Instrument* instrument) {
    if (!report.scores) return {};
    std::string summary;
    for (const auto& score : report.scores->subscales) {
        if (!summary.empty()) summary += " · ";
        summary += SubscaleName(instrument, score.subscale) + " " +
                   (score.valid ? Fixed(*score.score) : std::string("n/a"));
    }
    return summary;
}

AssessmentResult DescribeAdministration(const service::AdministrationReport& report,
                                        const assess::Instrument* instrument,
                                        const std::vector<service::AdministrationReport>& history) {
    const Administration& administration = report.administration;
    AssessmentResult result;
    result.heading = (instrument ? instrument->title : administration.instrumentId) + " · " +
                     FormatLocalTime(WhenOf(administration)) + " · " +
                     ModeLabel(administration.mode);
    result.disclaimer = report.disclaimer;
    if (!report.scores) {
        result.sections.push_back(
            {StatusLabel(administration.status), {"No scores: " + report.notScored + "."}});
        if (instrument) AddAbout(result, *instrument);
        return result;
    }
    const assess::ScoreResult& scores = *report.scores;
    ResultSection scoreSection{"Scores", {}};
    for (const auto& score : scores.subscales)
        scoreSection.lines.push_back(ScoreLine(score, instrument));
    result.sections.push_back(std::move(scoreSection));
    if (scores.classification) {
        const auto& classification = *scores.classification;
        ResultSection section{"Classification", {}};
        if (classification.classified) section.lines.push_back(classification.label);
        section.lines.push_back(Sentence(classification.explanation));
        result.sections.push_back(std::move(section));
    }
    ResultSection gaps{"Unanswered items", {}};
    for (const auto& itemId : scores.unanswered) {
        const assess::Item* item = instrument ? instrument->FindItem(itemId) : nullptr;
        gaps.lines.push_back(item && item->text != "Item " + itemId
                                 ? "Item " + itemId + ": " + item->text
                                 : "Item " + itemId);
    }
    if (gaps.lines.empty()) gaps.lines.push_back("None: every item was answered.");
    result.sections.push_back(std::move(gaps));
    AddChange(result, report, instrument, history);
    if (instrument) AddAbout(result, *instrument);
    return result;
}

}  // namespace securebase::present
