#pragma once

#include "model/shot.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace diptych::store {

class Database;

/// The shots of each film. Reached through ProjectStore::shots(); same thread contract.
class ShotRepository final
{
public:
    explicit ShotRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Replaces the film's shot list in one transaction and returns it as stored, ordered by
    /// start frame. `shots` may come in any order; their `id` and `filmId` are ignored. They
    /// must satisfy 0 <= startFrame < endFrame and must not overlap (gaps are allowed).
    ///
    /// A shot whose [start, end) is unchanged keeps its id, and with it its metric values,
    /// annotation links and correspondences; its transition and note are updated. Every other
    /// old shot is removed: its metric values and correspondences go with it, annotations stay
    /// (their frame ranges are their own) with the shot link cleared.
    std::vector<model::Shot> replace(model::FilmId filmId, std::span<const model::Shot> shots);
    /// Adds one shot after the film's last shot (it must not overlap it) and returns it with
    /// its id. The analysis pipeline commits shots this way, one by one, as they finish.
    model::Shot append(model::FilmId filmId, model::Shot shot);
    /// Removes every shot of the film (with their metric values; annotations keep their
    /// frames and lose the shot link).
    void removeAll(model::FilmId filmId);
    /// The film's shots ordered by start frame.
    [[nodiscard]] std::vector<model::Shot> list(model::FilmId filmId) const;
    [[nodiscard]] std::optional<model::Shot> get(model::ShotId id) const;
    /// Changes what can change without touching the shot's frames.
    void updateDetails(model::ShotId id, model::TransitionKind transition, std::string_view note);
    /// Rewrites the shot's note (Markdown) only.
    void updateNote(model::ShotId id, std::string_view note);
    /// The shot's note; fails for an unknown shot.
    [[nodiscard]] std::string note(model::ShotId id) const;

private:
    Database* m_db;
};

} // namespace diptych::store
