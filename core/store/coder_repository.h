#pragma once

#include "model/coder.h"

#include <optional>
#include <vector>

namespace diptych::store {

class Database;

/// The people (or processes) who annotate. Reached through ProjectStore::coders().
class CoderRepository final
{
public:
    explicit CoderRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Names are unique. Returns the stored coder with its id.
    model::Coder add(model::Coder coder);
    [[nodiscard]] std::optional<model::Coder> get(model::CoderId id) const;
    /// Ordered by name.
    [[nodiscard]] std::vector<model::Coder> list() const;
    void update(const model::Coder& coder);
    /// Fails while annotations or regions by this coder exist: who coded what is kept.
    void remove(model::CoderId id);

private:
    Database* m_db;
};

} // namespace diptych::store
