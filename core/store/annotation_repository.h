#pragma once

#include "model/annotation.h"

#include <optional>
#include <vector>

namespace diptych::store {

class Database;

/// Annotations on tiers. Reached through ProjectStore::annotations().
class AnnotationRepository final
{
public:
    explicit AnnotationRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Stores a new annotation; `id` is ignored, both timestamps set to now. The tier and coder
    /// must exist; a shot, if given, must belong to the tier's film.
    model::Annotation add(model::Annotation annotation);
    [[nodiscard]] std::optional<model::Annotation> get(model::AnnotationId id) const;
    /// The tier's annotations by start frame, then id.
    [[nodiscard]] std::vector<model::Annotation> listByTier(model::TierId tierId) const;
    /// Annotations of all the film's tiers, by tier order, then start frame.
    [[nodiscard]] std::vector<model::Annotation> listByFilm(model::FilmId filmId) const;
    /// The tier's annotations that overlap frames [start, end), by start frame.
    [[nodiscard]] std::vector<model::Annotation>
    listOverlapping(model::TierId tierId, model::Frame start, model::Frame end) const;
    /// Rewrites every field but `id` and `createdAt`; sets modifiedAt to now. The tier may
    /// change to another tier of the same film only. Returns the annotation as stored.
    model::Annotation update(model::Annotation annotation);
    void remove(model::AnnotationId id);

private:
    Database* m_db;
};

} // namespace diptych::store
