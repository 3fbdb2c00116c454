#pragma once

#include "common/error.h"
#include "model/film.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::annotation {

/// A query names something the project does not have (code, metric, coder, film).
class QueryError : public Error
{
public:
    using Error::Error;
};

/// Which coded shots to measure, and with which metrics.
struct CodeQuery
{
    /// Code labels or paths of labels from the top of a scheme ("Movement/Pan"). A label
    /// matches every code of that label, in any scheme and at any depth; a path matches the
    /// codes at exactly that path, in any scheme. A code's sub-codes are not included: query
    /// them by name. Each entry must match at least one code.
    std::vector<std::string> codes;
    /// Per-shot numeric metric names as the metrics table has them ("mean_luma").
    std::vector<std::string> metrics;
    /// Only this coder's annotations; nullopt: any coder's.
    std::optional<std::string> coder;
    /// Compare these two films (B − A), and report only them; both or neither. Without them,
    /// every film is reported, and compared when the project has exactly two (A: the first
    /// added).
    std::optional<model::FilmId> filmA;
    std::optional<model::FilmId> filmB;
};

/// Descriptive statistics of the values of one metric over some shots. Quantiles interpolate
/// linearly between order statistics (R's type 7, as the shot-length statistics do). With no
/// values every statistic is NaN; the standard deviation (sample, n − 1) needs two values.
struct MetricSummary
{
    int count = 0;   ///< values used
    int missing = 0; ///< shots left out because their value is missing, undefined or stale
    double mean = 0;
    double median = 0;
    double standardDeviation = 0;
    double q25 = 0;
    double q75 = 0;
    double interquartileRange = 0; ///< q75 − q25
};

/// Summarises `values`; NaN entries are counted as missing and otherwise ignored.
[[nodiscard]] MetricSummary summarize(std::span<const double> values);

/// One film's shots coded with one code, measured by one metric.
struct FilmCodeMetric
{
    model::Film film;
    int codedShots = 0;    ///< distinct shots carrying the code (count + missing)
    MetricSummary summary; ///< over those shots, in the metric's unit
};

/// One code × one metric, per film, with the difference B − A when two films are compared.
struct CodeMetricResult
{
    std::string code;                  ///< as asked
    std::string metric;                ///< as asked
    std::vector<FilmCodeMetric> films; ///< project order; A then B when comparing
    /// B − A of the means and of the medians; NaN when either film has no value.
    std::optional<double> meanDifference;
    std::optional<double> medianDifference;
};

struct CodeQueryResult
{
    /// For each code of the query (in order), each metric (in order).
    std::vector<CodeMetricResult> rows;
    bool compared = false; ///< rows carry B − A: films[0] is A, films[1] is B
};

/// Counts, per film, the shots coded with each code of `query` (by an annotation linked to the
/// shot: shot-tier annotations; annotations without a shot link are not counted) and
/// summarises each metric over them. Throws QueryError for an unknown code, metric, coder or
/// film, a text metric (the palette) or only one of filmA/filmB; StoreError for an unreadable
/// project.
[[nodiscard]] CodeQueryResult queryCodes(const store::ProjectStore& store, const CodeQuery& query);

} // namespace diptych::annotation
