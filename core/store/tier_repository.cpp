#include "store/tier_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"

#include <string>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, film_id, name, scheme_id, kind, sort_order FROM tiers ";

model::Tier readTier(const Database& db, const Statement& row)
{
    model::Tier tier;
    tier.id = row.int64(0);
    tier.filmId = row.int64(1);
    tier.name = row.text(2);
    tier.schemeId = row.optionalInt64(3);
    tier.kind = detail::parseStored(db, "tiers.kind", row.text(4), model::tierKindFromString);
    tier.sortOrder = row.integer(5);
    return tier;
}

} // namespace

model::Tier TierRepository::add(model::Tier tier)
{
    tier.id = insert(tier, "adding tier '" + tier.name + "'", false);
    return tier;
}

void TierRepository::restore(const model::Tier& tier)
{
    insert(tier, "restoring tier '" + tier.name + "'", true);
}

model::TierId TierRepository::insert(const model::Tier& tier, const std::string& what, bool keepId)
{
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO tiers(film_id, name, scheme_id, kind, sort_order, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, tier.filmId)
        .bind(2, tier.name)
        .bind(3, tier.schemeId)
        .bind(4, model::toString(tier.kind))
        .bind(5, tier.sortOrder)
        .bind(6, keepId ? std::optional<model::TierId>(tier.id) : std::nullopt)
        .run();
    const model::TierId id = m_db->lastInsertRowId();
    transaction.commit();
    return id;
}

std::optional<model::Tier> TierRepository::get(model::TierId id) const
{
    Statement query(*m_db, "reading a tier", std::string(kColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readTier(*m_db, query);
}

std::vector<model::Tier> TierRepository::list(model::FilmId filmId) const
{
    Statement query(*m_db, "listing tiers",
                    std::string(kColumns) + "WHERE film_id = ?1 ORDER BY sort_order, id");
    query.bind(1, filmId);
    std::vector<model::Tier> tiers;
    while (query.step())
        tiers.push_back(readTier(*m_db, query));
    return tiers;
}

void TierRepository::update(const model::Tier& tier)
{
    const std::string what = "updating tier '" + tier.name + "'";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE tiers SET name = ?1, scheme_id = ?2, kind = ?3, sort_order = ?4 "
                     "WHERE id = ?5");
    update.bind(1, tier.name)
        .bind(2, tier.schemeId)
        .bind(3, model::toString(tier.kind))
        .bind(4, tier.sortOrder)
        .bind(5, tier.id)
        .run();
    detail::requireChanged(*m_db, what, "tier", tier.id);
    transaction.commit();
}

void TierRepository::remove(model::TierId id)
{
    const std::string_view what = "removing a tier";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM tiers WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "tier", id);
    transaction.commit();
}

} // namespace diptych::store
