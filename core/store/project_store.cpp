#include "store/project_store.h"

#include "common/error.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store_log.h"

#include <system_error>

namespace diptych::store {
namespace {

enum class IfEmpty
{
    Refuse,
    Initialize,
};

// The order matters: everything that could reject the file only reads, so a file this build
// must not touch (newer, foreign) is left byte-for-byte as it was.
std::unique_ptr<Database> openExisting(const std::filesystem::path& path, OpenMode mode,
                                       IfEmpty ifEmpty)
{
    auto db = std::make_unique<Database>(path, mode);
    const auto info = schema::inspect(*db);
    schema::checkCompatible(*db, info, ifEmpty == IfEmpty::Initialize);
    if (mode == OpenMode::ExistingReadOnly) {
        if (info.version < schema::kLatestVersion)
            db->fail("opening read-only", "schema v" + std::to_string(info.version) +
                                              " must be upgraded to v" +
                                              std::to_string(schema::kLatestVersion) +
                                              "; open the project read-write once");
    } else {
        db->enableWriteAheadLog();
        schema::migrate(*db);
    }
    storeLog().info("{}: opened (schema v{}{})", path.string(), schema::kLatestVersion,
                    mode == OpenMode::ExistingReadOnly ? ", read-only" : "");
    return db;
}

std::unique_ptr<Database> createNew(const std::filesystem::path& path, int version)
{
    auto db = std::make_unique<Database>(path, OpenMode::CreateNew);
    try {
        db->enableWriteAheadLog();
        schema::migrate(*db, version);
    } catch (...) {
        // Leave no half-made file behind that a retry would then refuse as existing.
        db.reset();
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        std::filesystem::remove(path.string() + "-wal", ignored);
        std::filesystem::remove(path.string() + "-shm", ignored);
        throw;
    }
    storeLog().info("{}: created (schema v{})", path.string(), version);
    return db;
}

} // namespace

ProjectStore ProjectStore::create(const std::filesystem::path& path)
{
    return ProjectStore(createNew(path, schema::kLatestVersion));
}

ProjectStore ProjectStore::open(const std::filesystem::path& path)
{
    return ProjectStore(openExisting(path, OpenMode::ExistingReadWrite, IfEmpty::Refuse));
}

ProjectStore ProjectStore::openReadOnly(const std::filesystem::path& path)
{
    return ProjectStore(openExisting(path, OpenMode::ExistingReadOnly, IfEmpty::Refuse));
}

ProjectStore ProjectStore::openOrCreate(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return create(path);
    return ProjectStore(openExisting(path, OpenMode::ExistingReadWrite, IfEmpty::Initialize));
}

ProjectStore ProjectStore::createAtSchemaVersion(const std::filesystem::path& path, int version)
{
    return ProjectStore(createNew(path, version));
}

ProjectStore::ProjectStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_films(*m_db)
    , m_shots(*m_db)
    , m_metrics(*m_db)
    , m_coders(*m_db)
    , m_schemes(*m_db)
    , m_tiers(*m_db)
    , m_annotations(*m_db)
    , m_regions(*m_db)
    , m_correspondences(*m_db)
    , m_frameIndexes(*m_db)
    , m_analysis(*m_db)
{}

ProjectStore::~ProjectStore() = default;
ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;

const std::filesystem::path& ProjectStore::path() const noexcept
{
    return m_db->path();
}

bool ProjectStore::isReadOnly() const noexcept
{
    return m_db->isReadOnly();
}

int ProjectStore::schemaVersion() const
{
    Statement query(*m_db, "reading the schema version", "PRAGMA user_version");
    return query.step() ? query.integer(0) : 0;
}

void ProjectStore::transaction(std::string_view what, const std::function<void()>& work)
{
    Transaction transaction(*m_db, what);
    work();
    transaction.commit();
}

std::vector<std::string> ProjectStore::checkIntegrity() const
{
    std::vector<std::string> problems;
    Statement integrity(*m_db, "checking integrity", "PRAGMA integrity_check");
    while (integrity.step()) {
        auto line = integrity.text(0);
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    Statement foreignKeys(*m_db, "checking foreign keys", "PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems.push_back("row " + std::to_string(foreignKeys.int64(1)) + " of " +
                           foreignKeys.text(0) + " refers to a missing row of " +
                           foreignKeys.text(2));
    if (!problems.empty())
        storeLog().warn("{}: integrity check found {} problems, first: {}", path().string(),
                        problems.size(), problems.front());
    return problems;
}

} // namespace diptych::store
