#include "store/coder_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"

#include <string>

namespace diptych::store {

model::Coder CoderRepository::add(model::Coder coder)
{
    const std::string what = "adding coder '" + coder.name + "'";
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what, "INSERT INTO coders(name, note) VALUES (?1, ?2)");
    insert.bind(1, coder.name).bind(2, coder.note).run();
    coder.id = m_db->lastInsertRowId();
    transaction.commit();
    return coder;
}

std::optional<model::Coder> CoderRepository::get(model::CoderId id) const
{
    Statement query(*m_db, "reading a coder", "SELECT id, name, note FROM coders WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return model::Coder{query.int64(0), query.text(1), query.text(2)};
}

std::vector<model::Coder> CoderRepository::list() const
{
    Statement query(*m_db, "listing coders", "SELECT id, name, note FROM coders ORDER BY name");
    std::vector<model::Coder> coders;
    while (query.step())
        coders.push_back({query.int64(0), query.text(1), query.text(2)});
    return coders;
}

void CoderRepository::update(const model::Coder& coder)
{
    const std::string_view what = "updating a coder";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what, "UPDATE coders SET name = ?1, note = ?2 WHERE id = ?3");
    update.bind(1, coder.name).bind(2, coder.note).bind(3, coder.id).run();
    detail::requireChanged(*m_db, what, "coder", coder.id);
    transaction.commit();
}

void CoderRepository::remove(model::CoderId id)
{
    const std::string_view what = "removing a coder";
    Transaction transaction(*m_db, what);
    {
        // The foreign key would refuse too, but with a message that names nothing.
        Statement uses(*m_db, what,
                       "SELECT (SELECT count(*) FROM annotations WHERE coder_id = ?1) + "
                       "(SELECT count(*) FROM regions WHERE coder_id = ?1)");
        uses.bind(1, id);
        if (uses.step() && uses.int64(0) > 0)
            m_db->fail(what, "the coder still has " + std::to_string(uses.int64(0)) +
                                 " annotations or regions");
    }
    Statement remove(*m_db, what, "DELETE FROM coders WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "coder", id);
    transaction.commit();
}

} // namespace diptych::store
