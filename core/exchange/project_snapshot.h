#pragma once

#include "model/annotation.h"
#include "model/coder.h"
#include "model/coding_scheme.h"
#include "model/correspondence.h"
#include "model/film.h"
#include "model/metric.h"
#include "model/region.h"
#include "model/shot.h"
#include "model/tier.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

/// One film with everything that hangs off it, as the exporters need it.
struct FilmSnapshot
{
    model::Film film;
    std::vector<model::Shot> shots;                   ///< by start frame
    std::vector<model::ShotMetricValue> metricValues; ///< by shot start, then metric id
    std::vector<model::ShotMetricText> metricTexts;   ///< JSON-valued metrics (palettes)
    std::vector<model::Tier> tiers;                   ///< by sort order
    std::vector<model::Annotation> annotations;       ///< by tier, then start frame
    std::vector<model::Region> regions;               ///< by start frame
    std::vector<model::MetricSeries> series;          ///< per-frame series; only when asked for

    /// The 0-based index of `shotId` among this film's shots; nullopt if not one of them.
    [[nodiscard]] std::optional<std::size_t> shotIndex(model::ShotId shotId) const;
    [[nodiscard]] const model::Tier* tier(model::TierId id) const;
};

/// A read-only copy of a project's content at one moment, the one input of every exporter, so
/// exporters never talk SQL and all formats written by one export agree with each other.
/// Ids are the project's row ids, so exported files can be joined with each other and with
/// what the GUI and `diptych-cli` show.
struct ProjectSnapshot
{
    std::string projectName;                      ///< the project file's stem
    std::vector<FilmSnapshot> films;              ///< by film id
    std::vector<model::MetricDefinition> metrics; ///< by id
    std::vector<model::Coder> coders;             ///< by id
    std::vector<model::CodingScheme> schemes;     ///< by id
    std::vector<model::Code> codes; ///< by scheme, each tree depth-first (parents first)
    std::vector<model::Correspondence> correspondences; ///< between the films taken, by id

    [[nodiscard]] const FilmSnapshot* film(model::FilmId id) const;
    [[nodiscard]] const model::Coder* coder(model::CoderId id) const;
    [[nodiscard]] const model::Code* code(model::CodeId id) const;
    [[nodiscard]] const model::MetricDefinition* metric(model::MetricId id) const;
    /// The labels from the top of the code's scheme down to it, joined with '/'
    /// ("Movement/Pan"); empty for an unknown id. A '/' inside a label is kept as is.
    [[nodiscard]] std::string codePath(model::CodeId id) const;
    /// The codes of scheme `id` in tree order (each parent before its children, siblings by
    /// sort order): exporters build controlled vocabularies from this.
    [[nodiscard]] std::vector<const model::Code*> codesOfScheme(model::SchemeId id) const;
    /// The metrics with a per-shot numeric value in some film, by id (series and text-valued
    /// metrics left out): the metric columns of a shot table.
    [[nodiscard]] std::vector<const model::MetricDefinition*> numericShotMetrics() const;
    /// The metrics with a JSON value for some shot (the palette).
    [[nodiscard]] std::vector<const model::MetricDefinition*> textShotMetrics() const;

private:
    friend ProjectSnapshot takeSnapshot(const store::ProjectStore&, std::optional<model::FilmId>,
                                        bool);
    std::map<model::CodeId, std::size_t> m_codeIndex;
};

/// Reads `store` (every film, or only `onlyFilm`) in one read transaction's worth of queries.
/// With `onlyFilm`, correspondences are left out (they join two films). Throws StoreError,
/// and InputError for an `onlyFilm` the project does not have.
/// With `withSeries`, the per-frame metric series are read too (several MB for a feature).
ProjectSnapshot takeSnapshot(const store::ProjectStore& store,
                             std::optional<model::FilmId> onlyFilm = std::nullopt,
                             bool withSeries = false);

} // namespace diptych::exchange
