#include "charts/metric_info.h"

#include "analysis/pipeline/metric_catalog.h"

#include <QCoreApplication>

namespace diptych::ui {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

MetricInfo MetricInfo::of(std::string_view name)
{
    MetricInfo info;
    info.name = fromView(name);
    for (const auto& spec : analysis::shotMetricSpecs()) {
        if (spec.name == name) {
            info.unit = fromView(spec.unit);
            info.description = fromView(spec.description);
            break;
        }
    }
    return info;
}

QString MetricInfo::axisTitle() const
{
    if (unit.isEmpty())
        return name;
    return QCoreApplication::translate("diptych::ui::MetricInfo", "%1 (%2)").arg(name, unit);
}

QString MetricInfo::toolTip() const
{
    if (description.isEmpty())
        return QCoreApplication::translate("diptych::ui::MetricInfo",
                                           "%1: no description in the metric catalog.")
            .arg(name);
    // The catalog's descriptions are sentence fragments in English; capitalise the first
    // letter so the tooltip reads as a sentence.
    QString sentence = description;
    sentence[0] = sentence[0].toUpper();
    if (unit.isEmpty())
        return QCoreApplication::translate("diptych::ui::MetricInfo", "%1.").arg(sentence);
    return QCoreApplication::translate("diptych::ui::MetricInfo", "%1. Unit: %2.")
        .arg(sentence, unit);
}

} // namespace diptych::ui
