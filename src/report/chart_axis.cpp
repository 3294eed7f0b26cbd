#include "report/chart_axis.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace securebase::report {

namespace {

// The smallest 1, 2 or 5 × 10^n at or above `value` (Heckbert's "nice numbers", Graphics Gems
// 1990).
double NiceNumber(double value) {
    const double exponent = std::floor(std::log10(value));
    const double fraction = value / std::pow(10.0, exponent);
    const double nice = fraction <= 1.0 + 1e-9   ? 1.0
                        : fraction <= 2.0 + 1e-9 ? 2.0
                        : fraction <= 5.0 + 1e-9 ? 5.0
                                                 : 10.0;
    return nice * std::pow(10.0, exponent);
}

int DecimalsFor(double step) {
    if (step >= 1.0) return 0;
    return static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
}

const std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string DayLabel(Date date) {
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           kMonths[static_cast<unsigned>(date.month()) - 1];
}

std::string MonthLabel(Date date) {
    return std::string(kMonths[static_cast<unsigned>(date.month()) - 1]) + " " +
           std::to_string(static_cast<int>(date.year()));
}

Date FromDayNumber(double day) {
    return Date{std::chrono::sys_days{std::chrono::days{static_cast<long>(std::floor(day))}}};
}

std::vector<AxisTick> DayTicks(const ChartAxis& axis, int stepDays, bool mondays) {
    std::vector<AxisTick> ticks;
    double day = std::ceil(axis.min);
    if (mondays) {
        // 1970-01-01 was a Thursday: day numbers of Mondays are 4 modulo 7.
        while (static_cast<long>(day) % 7 != 4) day += 1.0;
    }
    for (; day <= axis.max; day += stepDays) {
        ticks.push_back({axis.Position(day), day, DayLabel(FromDayNumber(day))});
    }
    return ticks;
}

std::vector<AxisTick> MonthTicks(const ChartAxis& axis, int stepMonths) {
    std::vector<AxisTick> ticks;
    const Date first = FromDayNumber(std::ceil(axis.min));
    auto month = std::chrono::year_month{first.year(), first.month()};
    if (first.day() != std::chrono::day{1}) month += std::chrono::months{1};
    // Aligned on the calendar, so a three-monthly axis shows quarters and a yearly one Januaries.
    const auto index = [](std::chrono::year_month m) {
        return static_cast<int>(m.year()) * 12 + static_cast<int>(static_cast<unsigned>(m.month()));
    };
    while ((index(month) - 1) % stepMonths != 0) month += std::chrono::months{1};
    for (;; month += std::chrono::months{stepMonths}) {
        const Date date = month / std::chrono::day{1};
        const double day = DayNumber(date);
        if (day > axis.max) break;
        const auto label =
            stepMonths >= 12 ? std::to_string(static_cast<int>(date.year())) : MonthLabel(date);
        ticks.push_back({axis.Position(day), day, label});
    }
    return ticks;
}

}  // namespace

double ChartAxis::Position(double value) const {
    return max > min ? (value - min) / (max - min) : 0.5;
}

ChartAxis NiceValueAxis(double low, double high, int maxTicks, bool expand) {
    if (high < low) std::swap(low, high);
    if (high - low < 1e-12) {
        const double pad = std::abs(low) > 1e-12 ? std::abs(low) * 0.1 : 1.0;
        low -= pad;
        high += pad;
    }
    const int limit = std::max(maxTicks, 2);
    double step = NiceNumber((high - low) / (limit - 1));
    const auto first = [&] {
        return expand ? std::floor(low / step + 1e-9) : std::ceil(low / step - 1e-9);
    };
    const auto last = [&] {
        return expand ? std::ceil(high / step - 1e-9) : std::floor(high / step + 1e-9);
    };
    // Widening the range to whole ticks can add one at either end: take the next nice step then.
    while (last() - first() + 1 > limit) step = NiceNumber(step * 1.01);
    ChartAxis axis;
    axis.min = expand ? first() * step : low;
    axis.max = expand ? last() * step : high;
    for (double index = first(); index <= last(); index += 1.0) {
        const double value = index * step;
        axis.ticks.push_back({axis.Position(value), value, FormatAxisValue(value, step)});
    }
    return axis;
}

ChartAxis DateAxis(Date first, Date last, int maxTicks) {
    double low = DayNumber(first);
    double high = DayNumber(last);
    if (high < low) std::swap(low, high);
    const double pad = std::max(0.5, (high - low) * 0.04);
    ChartAxis axis;
    axis.min = low - pad;
    axis.max = high + pad;
    const double span = axis.max - axis.min;
    const int limit = maxTicks > 1 ? maxTicks : 2;
    for (const int days : {1, 2, 7, 14}) {
        if (span / days <= limit) {
            axis.ticks = DayTicks(axis, days, days >= 7);
            return axis;
        }
    }
    for (const int months : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if (span / (30.4 * months) <= limit) {
            axis.ticks = MonthTicks(axis, months);
            return axis;
        }
    }
    axis.ticks = MonthTicks(axis, 120 * static_cast<int>(std::ceil(span / (3650.0 * limit))));
    return axis;
}

double DayNumber(Date date) {
    return static_cast<double>(std::chrono::sys_days{date}.time_since_epoch().count());
}

std::string FormatAxisValue(double value, double step) {
    const int decimals = DecimalsFor(step);
    // Halves round away from zero, as people round scores by hand (printf would make 4.25 "4.2").
    const double scale = std::pow(10.0, decimals);
    value = std::round(value * scale) / scale;
    if (std::abs(value) < step * 1e-6) value = 0.0;
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

}  // namespace securebase::report
