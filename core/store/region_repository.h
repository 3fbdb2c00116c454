#pragma once

#include "model/region.h"

#include <optional>
#include <string_view>
#include <vector>

namespace diptych::store {

class Database;

/// Spatial regions on films' pictures. Reached through ProjectStore::regions().
class RegionRepository final
{
public:
    explicit RegionRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Stores a new region; `id` is ignored, both timestamps set to now. Points must be finite
    /// and within 0..1; a rect has exactly 2 points, a polygon at least 3.
    model::Region add(model::Region region);
    /// Puts back a region exactly as it was stored (id and both timestamps included), as an
    /// undo of remove() does. Fails when the id is taken or the film, coder or code is gone.
    void restore(const model::Region& region);
    /// Stores a copy brought in by an import: a new id, the copy's own timestamps kept (an
    /// empty one is set to now), the same checks as add().
    model::Region addImported(model::Region region);
    [[nodiscard]] std::optional<model::Region> get(model::RegionId id) const;
    /// The film's regions by start frame, then id.
    [[nodiscard]] std::vector<model::Region> listByFilm(model::FilmId filmId) const;
    /// Regions linked to the annotation, by start frame.
    [[nodiscard]] std::vector<model::Region> listByAnnotation(model::AnnotationId id) const;
    /// Rewrites every field but `id`, `filmId` and `createdAt`; sets modifiedAt to now.
    model::Region update(model::Region region);
    void remove(model::RegionId id);

private:
    /// Inserts `region` as it is, with its own id when `keepId`, else a new one; returns the id.
    model::RegionId insert(const model::Region& region, std::string_view what, bool keepId);

    Database* m_db;
};

} // namespace diptych::store
