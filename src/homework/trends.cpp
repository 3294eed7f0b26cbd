#include "homework/trends.h"

#include <algorithm>

#include "homework/field_value.h"

namespace securebase::homework {
namespace {

TrendSeries EmptySeries(const FieldSpec& field, std::string path) {
    TrendSeries series;
    series.path = std::move(path);
    series.label = field.label;
    if (field.type == FieldType::Rating) {
        series.axisMin = kRatingMin;
        series.axisMax = kRatingMax;
    } else {
        series.unit = field.unit;
        series.axisMin = field.minimum;
        series.axisMax = field.maximum;
    }
    return series;
}

}  // namespace

std::vector<TrendSeries> ComputeTrends(const HomeworkTemplate& homeworkTemplate,
                                       std::span<const Entry> entries) {
    std::vector<const Entry*> ordered;
    for (const auto& entry : entries) ordered.push_back(&entry);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Entry* a, const Entry* b) {
        return std::chrono::sys_days{a->writtenOn} < std::chrono::sys_days{b->writtenOn};
    });

    std::vector<TrendSeries> trends;
    for (const auto& field : homeworkTemplate.fields) {
        if (field.trend) {
            auto series = EmptySeries(field, field.key);
            for (const auto* entry : ordered) {
                auto it = entry->values.find(field.key);
                if (it == entry->values.end()) continue;
                if (auto number = AsNumber(it->second))
                    series.points.push_back({entry->writtenOn, *number, std::nullopt});
            }
            trends.push_back(std::move(series));
        }
        for (const auto& sub : field.stepFields) {
            if (!sub.trend) continue;
            auto series = EmptySeries(sub, field.key + "." + sub.key);
            for (const auto* entry : ordered) {
                auto it = entry->values.find(field.key);
                const auto* rows =
                    it == entry->values.end() ? nullptr : std::get_if<StepRows>(&it->second);
                for (size_t row = 0; rows && row < rows->size(); ++row) {
                    auto cell = (*rows)[row].find(sub.key);
                    if (cell == (*rows)[row].end()) continue;
                    if (auto number = AsNumber(cell->second))
                        series.points.push_back({entry->writtenOn, *number, row + 1});
                }
            }
            trends.push_back(std::move(series));
        }
    }
    return trends;
}

}  // namespace securebase::homework
