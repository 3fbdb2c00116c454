#pragma once

#include "model/tier.h"

#include <optional>
#include <string>
#include <vector>

namespace diptych::store {

class Database;

/// Annotation tiers of each film. Reached through ProjectStore::tiers().
class TierRepository final
{
public:
    explicit TierRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Names are unique within a film. Returns the stored tier with its id.
    model::Tier add(model::Tier tier);
    /// Puts back a removed tier with its id, as an undo of remove() does (its annotations are
    /// put back by the caller). Fails when the id or the name is taken.
    void restore(const model::Tier& tier);
    [[nodiscard]] std::optional<model::Tier> get(model::TierId id) const;
    /// The film's tiers by sortOrder, then id.
    [[nodiscard]] std::vector<model::Tier> list(model::FilmId filmId) const;
    /// Rewrites name, scheme, kind and sortOrder; a tier never changes film.
    void update(const model::Tier& tier);
    /// Removes the tier and its annotations.
    void remove(model::TierId id);

private:
    /// Inserts `tier`, with its own id when `keepId`, else a new one; returns the id.
    model::TierId insert(const model::Tier& tier, const std::string& what, bool keepId);

    Database* m_db;
};

} // namespace diptych::store
