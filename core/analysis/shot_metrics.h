#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diptych::analysis {

/// The description of one per-shot metric as it is stored and exported. Names are the column
/// names of `diptych-cli metrics` and are documented in METRICS.md; scripts depend on them.
struct MetricSpec
{
    std::string_view name;        ///< snake_case, unique across all extractors
    std::string_view unit;        ///< e.g. "%W/s", "L*", "" for dimensionless
    std::string_view description; ///< one line; METRICS.md has the full definition
    bool isText = false;          ///< true for JSON-valued metrics (the palette)
};

/// The per-shot results of one extractor: numbers (NaN = not defined for this shot) and
/// text values (JSON), each keyed by a MetricSpec name.
struct ShotMetricValues
{
    std::vector<std::pair<std::string, double>> numbers;
    std::vector<std::pair<std::string, std::string>> texts;

    void add(std::string_view name, double value) { numbers.emplace_back(name, value); }
    void addText(std::string_view name, std::string value)
    {
        texts.emplace_back(name, std::move(value));
    }
};

} // namespace diptych::analysis
