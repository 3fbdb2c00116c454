#include "store/coding_scheme_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

#include <string>

namespace diptych::store {
namespace {

model::Code readCode(const Statement& row)
{
    model::Code code;
    code.id = row.int64(0);
    code.schemeId = row.int64(1);
    code.parentId = row.optionalInt64(2);
    code.label = row.text(3);
    code.description = row.text(4);
    code.color = row.text(5);
    code.shortcut = row.text(6);
    code.sortOrder = row.integer(7);
    code.retired = row.integer(8) != 0;
    return code;
}

// Binds parent, label, description, color, shortcut, sort order, retired to 1..7.
void bindCodeFields(Statement& statement, const model::Code& code)
{
    statement.bind(1, code.parentId)
        .bind(2, code.label)
        .bind(3, code.description)
        .bind(4, code.color)
        .bind(5, code.shortcut)
        .bind(6, code.sortOrder)
        .bind(7, code.retired ? 1 : 0);
}

/// Whether code `code` is `ancestor` or lies in its subtree: walks up from `code`.
bool isWithin(Database& db, std::string_view what, model::CodeId code, model::CodeId ancestor)
{
    Statement up(db, what,
                 "WITH RECURSIVE up(id) AS (SELECT ?1 UNION "
                 "SELECT c.parent_id FROM codes c JOIN up ON c.id = up.id "
                 "WHERE c.parent_id IS NOT NULL) "
                 "SELECT 1 FROM up WHERE id = ?2");
    up.bind(1, code).bind(2, ancestor);
    return up.step();
}

} // namespace

model::CodingScheme CodingSchemeRepository::add(model::CodingScheme scheme)
{
    const std::string what = "adding coding scheme '" + scheme.name + "'";
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what, "INSERT INTO coding_schemes(name, description) VALUES (?1, ?2)");
    insert.bind(1, scheme.name).bind(2, scheme.description).run();
    scheme.id = m_db->lastInsertRowId();
    transaction.commit();
    return scheme;
}

std::optional<model::CodingScheme> CodingSchemeRepository::get(model::SchemeId id) const
{
    Statement query(*m_db, "reading a coding scheme",
                    "SELECT id, name, description FROM coding_schemes WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return model::CodingScheme{query.int64(0), query.text(1), query.text(2)};
}

std::vector<model::CodingScheme> CodingSchemeRepository::list() const
{
    Statement query(*m_db, "listing coding schemes",
                    "SELECT id, name, description FROM coding_schemes ORDER BY name");
    std::vector<model::CodingScheme> schemes;
    while (query.step())
        schemes.push_back({query.int64(0), query.text(1), query.text(2)});
    return schemes;
}

void CodingSchemeRepository::update(const model::CodingScheme& scheme)
{
    const std::string_view what = "updating a coding scheme";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE coding_schemes SET name = ?1, description = ?2 WHERE id = ?3");
    update.bind(1, scheme.name).bind(2, scheme.description).bind(3, scheme.id).run();
    detail::requireChanged(*m_db, what, "coding scheme", scheme.id);
    transaction.commit();
}

void CodingSchemeRepository::remove(model::SchemeId id)
{
    const std::string_view what = "removing a coding scheme";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM coding_schemes WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "coding scheme", id);
    transaction.commit();
}

model::Code CodingSchemeRepository::addCode(model::Code code)
{
    const std::string what = "adding code '" + code.label + "'";
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO codes(parent_id, label, description, color, shortcut, "
                     "sort_order, retired, scheme_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindCodeFields(insert, code);
    insert.bind(8, code.schemeId).run();
    code.id = m_db->lastInsertRowId();
    transaction.commit();
    return code;
}

void CodingSchemeRepository::restoreCode(const model::Code& code)
{
    const std::string what = "restoring code '" + code.label + "'";
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO codes(parent_id, label, description, color, shortcut, "
                     "sort_order, retired, scheme_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                     "?9)");
    bindCodeFields(insert, code);
    insert.bind(8, code.schemeId).bind(9, code.id).run();
    transaction.commit();
}

std::optional<model::Code> CodingSchemeRepository::code(model::CodeId id) const
{
    Statement query(*m_db, "reading a code",
                    "SELECT id, scheme_id, parent_id, label, description, color, shortcut, "
                    "sort_order, retired FROM codes WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readCode(query);
}

std::vector<model::Code> CodingSchemeRepository::codes(model::SchemeId schemeId) const
{
    // Depth-first order from a path of zero-padded sibling positions, e.g. "000002/000000".
    Statement query(
        *m_db, "listing codes",
        "WITH RECURSIVE ranked(id, parent_id, position) AS ("
        "  SELECT id, parent_id, printf('%06d', row_number() OVER ("
        "    PARTITION BY parent_id ORDER BY sort_order, label, id) - 1)"
        "  FROM codes WHERE scheme_id = ?1),"
        "tree(id, path) AS ("
        "  SELECT id, position FROM ranked WHERE parent_id IS NULL"
        "  UNION ALL"
        "  SELECT r.id, t.path || '/' || r.position FROM ranked r JOIN tree t ON r.parent_id = "
        "t.id)"
        "SELECT c.id, c.scheme_id, c.parent_id, c.label, c.description, c.color, c.shortcut, "
        "c.sort_order, c.retired FROM tree JOIN codes c ON c.id = tree.id ORDER BY tree.path");
    query.bind(1, schemeId);
    std::vector<model::Code> codes;
    while (query.step())
        codes.push_back(readCode(query));
    return codes;
}

void CodingSchemeRepository::updateCode(const model::Code& code)
{
    const std::string what = "updating code '" + code.label + "'";
    Transaction transaction(*m_db, what);
    if (code.parentId) {
        if (isWithin(*m_db, what, *code.parentId, code.id))
            m_db->fail(what, "a code cannot be moved under itself");
    }
    Statement update(*m_db, what,
                     "UPDATE codes SET parent_id = ?1, label = ?2, description = ?3, color = ?4, "
                     "shortcut = ?5, sort_order = ?6, retired = ?7 WHERE id = ?8");
    bindCodeFields(update, code);
    update.bind(8, code.id).run();
    detail::requireChanged(*m_db, what, "code", code.id);
    transaction.commit();
}

void CodingSchemeRepository::removeCode(model::CodeId id)
{
    const std::string_view what = "removing a code";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM codes WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "code", id);
    transaction.commit();
}

model::CodingScheme CodingSchemeRepository::addScheme(model::CodingScheme scheme,
                                                      const std::vector<CodeToAdd>& codes)
{
    const std::string what = "adding coding scheme '" + scheme.name + "'";
    Transaction transaction(*m_db, what);
    scheme = add(std::move(scheme)); // a savepoint inside this transaction
    std::vector<model::CodeId> ids;
    std::vector<int> childrenSoFar(codes.size() + 1, 0); // per parent position; last: top level
    ids.reserve(codes.size());
    for (const auto& [code, parent] : codes) {
        if (parent && *parent >= ids.size())
            m_db->fail(what, "code '" + code.label + "' comes before its parent");
        model::Code stored = code;
        stored.schemeId = scheme.id;
        stored.parentId = parent ? std::optional(ids[*parent]) : std::nullopt;
        stored.sortOrder = childrenSoFar[parent ? *parent : codes.size()]++;
        ids.push_back(addCode(std::move(stored)).id);
    }
    transaction.commit();
    return scheme;
}

void CodingSchemeRepository::mergeCode(model::CodeId from, model::CodeId into)
{
    const std::string_view what = "merging codes";
    Transaction transaction(*m_db, what);
    const auto source = code(from);
    const auto target = code(into);
    if (!source || !target)
        m_db->fail(what, "no such code");
    if (source->schemeId != target->schemeId)
        m_db->fail(what, "the codes belong to different coding schemes");
    if (isWithin(*m_db, what, into, from))
        m_db->fail(what, "a code cannot be merged into itself or one of its sub-codes");
    Statement clash(*m_db, what,
                    "SELECT a.label FROM codes a JOIN codes b ON a.label = b.label "
                    "WHERE a.parent_id = ?1 AND b.parent_id = ?2");
    clash.bind(1, from).bind(2, into);
    if (clash.step())
        m_db->fail(what, "'" + target->label + "' already has a sub-code '" + clash.text(0) +
                             "': merge those first");
    // Recoded annotations and regions count as modified (coders see when their work changed).
    const std::string now = utcNowIso8601();
    for (const char* sql :
         {"UPDATE annotations SET code_id = ?2, modified_at = ?3 WHERE code_id = ?1",
          "UPDATE regions SET code_id = ?2, modified_at = ?3 WHERE code_id = ?1",
          "UPDATE codes SET parent_id = ?2 WHERE parent_id = ?1 AND ?3 IS NOT NULL"}) {
        Statement update(*m_db, what, sql);
        update.bind(1, from).bind(2, into).bind(3, now).run();
    }
    removeCode(from);
    transaction.commit();
}

} // namespace diptych::store
