#pragma once

#include "model/film.h"

#include <filesystem>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace diptych::store {

class Database;

/// The films of a project. Reached through ProjectStore::films(); same thread contract.
/// Every write is one transaction; failures throw StoreError.
class FilmRepository final
{
public:
    explicit FilmRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Stores a new film; `id` is ignored, `addedAt` set to now when empty. Returns the stored
    /// film with its id. Fails if another film has the same path.
    model::Film add(model::Film film);
    [[nodiscard]] std::optional<model::Film> get(model::FilmId id) const;
    [[nodiscard]] std::optional<model::Film> findByPath(const std::filesystem::path& path) const;
    /// All films, in the order they were added.
    [[nodiscard]] std::vector<model::Film> list() const;
    /// Rewrites every field but `id` and `addedAt`.
    void update(const model::Film& film);
    /// The media file moved: only the path changes.
    void updatePath(model::FilmId id, const std::filesystem::path& path);
    /// Several path changes in one transaction (relinking): all or none.
    void updatePaths(std::span<const std::pair<model::FilmId, std::filesystem::path>> paths);
    /// Removes the film and, by cascade, its shots, metric values and series, tiers with their
    /// annotations, regions, correspondences and frame index.
    void remove(model::FilmId id);

private:
    Database* m_db;
};

} // namespace diptych::store
