#pragma once

#include <cstdint>

namespace diptych::store {

class Database;

// The project file's schema, versioned by PRAGMA user_version and changed only by the stepwise
// migrations in schema.cpp, each in its own transaction. To change the schema, append a step;
// never edit a released one.

namespace schema {

/// The newest schema this build reads and writes.
inline constexpr int kLatestVersion = 3;

/// PRAGMA application_id of every Diptych project: "DPTY" in ASCII. Lets `file(1)` and Diptych
/// itself tell a project from any other SQLite file.
inline constexpr std::int32_t kApplicationId = 0x44505459;

/// What a file says about itself, read without writing anything.
struct FileInfo
{
    std::int32_t applicationId = 0;
    int version = 0;    ///< PRAGMA user_version
    int tableCount = 0; ///< tables, indexes, ... in sqlite_master
    [[nodiscard]] bool isEmpty() const noexcept
    {
        return applicationId == 0 && version == 0 && tableCount == 0;
    }
};

/// Reads the header and catalogue. Throws StoreError when the file is not a database or is
/// damaged beyond reading its catalogue.
FileInfo inspect(const Database& db);

/// Throws StoreError unless `info` describes a Diptych project this build can read, or (when
/// `allowEmpty`) an empty database that can become one. Reads nothing itself.
void checkCompatible(const Database& db, const FileInfo& info, bool allowEmpty);

/// Applies the migration steps after the file's current version up to `targetVersion`
/// (1..kLatestVersion), each in one transaction. Safe against another process migrating the
/// same file at the same time. Tests use a target below kLatestVersion to make old files.
void migrate(Database& db, int targetVersion = kLatestVersion);

} // namespace schema
} // namespace diptych::store
