#pragma once

#include <QString>

#include <string_view>

namespace diptych::ui {

/// What the charts say about a metric: its unit and one-sentence meaning, from the metric
/// catalog (METRICS.md has the full definitions). Metrics the catalog does not know (added by
/// other tools) get an empty unit and description.
struct MetricInfo
{
    QString name; ///< the stored name, e.g. "teal_orange_index"
    QString unit; ///< e.g. "%W/s"; empty for dimensionless or unknown
    QString description;

    [[nodiscard]] static MetricInfo of(std::string_view name);
    /// "name (unit)", or just the name without a unit: axis titles.
    [[nodiscard]] QString axisTitle() const;
    /// One line for tooltips: the description and the unit.
    [[nodiscard]] QString toolTip() const;
};

} // namespace diptych::ui
