#pragma once

#include "model/coding_scheme.h"

#include <optional>
#include <vector>

namespace diptych::store {

class Database;

/// A code to add together with its scheme (CodingSchemeRepository::addScheme): `parent` is the
/// position of its parent in the same list, which must come before it; nullopt: top level.
struct CodeToAdd
{
    model::Code code;
    std::optional<std::size_t> parent;
};

/// Coding schemes and their code trees. Reached through ProjectStore::schemes().
class CodingSchemeRepository final
{
public:
    explicit CodingSchemeRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Names are unique. Returns the stored scheme with its id.
    model::CodingScheme add(model::CodingScheme scheme);
    [[nodiscard]] std::optional<model::CodingScheme> get(model::SchemeId id) const;
    /// Ordered by name.
    [[nodiscard]] std::vector<model::CodingScheme> list() const;
    void update(const model::CodingScheme& scheme);
    /// Removes the scheme and its codes; tiers using it lose the link, annotations and regions
    /// lose their codes (rows stay).
    void remove(model::SchemeId id);

    /// Adds a code under `code.parentId` (which must be in the same scheme). Labels are unique
    /// among siblings.
    model::Code addCode(model::Code code);
    /// Puts back a removed code with its id, as an undo of removeCode() does (its subtree and
    /// the annotations that lost it are put back by the caller). Fails when the id is taken.
    void restoreCode(const model::Code& code);
    [[nodiscard]] std::optional<model::Code> code(model::CodeId id) const;
    /// The scheme's code tree flattened depth-first: every parent before its children,
    /// siblings by sortOrder then label. Retired codes are included.
    [[nodiscard]] std::vector<model::Code> codes(model::SchemeId schemeId) const;
    /// Rewrites every field but `id` and `schemeId`; moving a code under its own subtree fails.
    void updateCode(const model::Code& code);
    /// Removes the code and its subtree. To keep existing annotations coded, retire instead.
    void removeCode(model::CodeId id);

    /// Adds a scheme with its whole code tree in one transaction (an import: all or nothing).
    /// Codes get their sort order from their position among their siblings in `codes`.
    model::CodingScheme addScheme(model::CodingScheme scheme, const std::vector<CodeToAdd>& codes);
    /// Merges code `from` into `into` (same scheme, `into` not inside `from`'s subtree): the
    /// annotations and regions coded `from` are coded `into`, `from`'s children move under
    /// `into`, and `from` is removed; one transaction. Fails, changing nothing, when a child's
    /// label is already taken under `into` (merge those first).
    void mergeCode(model::CodeId from, model::CodeId into);

private:
    Database* m_db;
};

} // namespace diptych::store
