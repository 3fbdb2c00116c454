#pragma once

#include "model/annotation.h"

#include <optional>
#include <string_view>
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
    /// Puts back an annotation exactly as it was stored (id and both timestamps included), as
    /// an undo of remove() does. Fails when the id is taken or the tier, coder or shot is gone.
    void restore(const model::Annotation& annotation);
    /// Stores a copy brought in by an import: a new id, the copy's own timestamps kept (an
    /// empty one is set to now), the same checks as add().
    model::Annotation addImported(model::Annotation annotation);
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
    /// Inserts `annotation` as it is, with its own id when `keepId`, else a new one; returns
    /// the id.
    model::AnnotationId insert(const model::Annotation& annotation, std::string_view what,
                               bool keepId);

    Database* m_db;
};

} // namespace diptych::store
