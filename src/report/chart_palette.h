#pragma once

#include <array>
#include <cstddef>

namespace securebase::report {

// Colours shared by the PDF and the screen painters so a chart looks the same in both.
struct Rgb {
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;
};

// Okabe & Ito's palette (2008), told apart by people with the common colour-vision deficiencies.
inline constexpr std::array<Rgb, 6> kSeriesColours = {{
    {0.0, 0.447, 0.698},    // blue
    {0.835, 0.369, 0.0},    // vermillion
    {0.0, 0.620, 0.451},    // bluish green
    {0.800, 0.475, 0.655},  // reddish purple
    {0.902, 0.624, 0.0},    // orange
    {0.337, 0.706, 0.914},  // sky blue
}};

inline constexpr Rgb SeriesColour(std::size_t index) {
    return kSeriesColours[index % kSeriesColours.size()];
}

inline constexpr Rgb kInk{0.1, 0.1, 0.1};
inline constexpr Rgb kMutedInk{0.4, 0.4, 0.4};
inline constexpr Rgb kGridLine{0.85, 0.85, 0.85};
inline constexpr Rgb kCutoffLine{0.75, 0.2, 0.2};
// Quadrant fills in the order of QuadrantChart::quadrants: the secure quadrant greenish, the
// others pale tints, light enough for black text on top.
inline constexpr std::array<Rgb, 4> kQuadrantFills = {{
    {0.90, 0.96, 0.91},
    {0.99, 0.94, 0.88},
    {0.91, 0.94, 0.99},
    {0.97, 0.91, 0.95},
}};

}  // namespace securebase::report
