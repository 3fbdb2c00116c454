#pragma once

#include "model/correspondence.h"

#include <optional>
#include <string_view>
#include <vector>

namespace diptych::store {

class Database;

/// Shot-to-shot links between films. Reached through ProjectStore::correspondences().
class CorrespondenceRepository final
{
public:
    explicit CorrespondenceRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Links two shots of different films; `id` is ignored, createdAt set to now. A pair
    /// already linked (in either order) fails.
    model::Correspondence add(model::Correspondence correspondence);
    [[nodiscard]] std::optional<model::Correspondence> get(model::CorrespondenceId id) const;
    /// Every link between a shot of `filmA` and a shot of `filmB`, oriented so shotA is in
    /// filmA, ordered by shotA's then shotB's start frame.
    [[nodiscard]] std::vector<model::Correspondence> listBetween(model::FilmId filmA,
                                                                 model::FilmId filmB) const;
    /// Links of one shot, oriented so shotA is `shotId`.
    [[nodiscard]] std::vector<model::Correspondence> listForShot(model::ShotId shotId) const;
    /// Changes confidence and note; the shots of a link never change (remove and add instead).
    void update(model::CorrespondenceId id, std::optional<double> confidence,
                std::string_view note);
    void remove(model::CorrespondenceId id);

private:
    Database* m_db;
};

} // namespace diptych::store
