#include "store/sqlite.h"

#include <cstdint>

#include "common/error.h"
#include "store/store_log.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <system_error>
#include <utility>

namespace diptych::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

std::string pathText(const std::filesystem::path& path)
{
    return path.string();
}

[[noreturn]] void throwError(const std::filesystem::path& path, std::string_view what,
                             std::string_view reason)
{
    std::string message = pathText(path);
    message += ": ";
    message += what;
    message += ": ";
    message += reason;
    throw StoreError(message);
}

} // namespace

// --- Database ---------------------------------------------------------------------------------

void Database::Closer::operator()(sqlite3* db) const noexcept
{
    // close_v2 defers the close until the last statement is finalised instead of failing.
    sqlite3_close_v2(db);
}

Database::Database(std::filesystem::path path, OpenMode mode)
    : m_path(std::move(path))
    , m_readOnly(mode == OpenMode::ExistingReadOnly)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(m_path, ec);
    if (mode == OpenMode::CreateNew && exists)
        throw StoreError(pathText(m_path) + ": already exists");
    if (mode != OpenMode::CreateNew) {
        if (!exists)
            throw StoreError(pathText(m_path) + ": no such file");
        if (std::filesystem::is_directory(m_path, ec))
            throw StoreError(pathText(m_path) + ": is a folder, not a project file");
    }

    int flags = SQLITE_OPEN_EXRESCODE;
    if (mode == OpenMode::CreateNew)
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    else if (mode == OpenMode::ExistingReadWrite)
        flags |= SQLITE_OPEN_READWRITE;
    else
        flags |= SQLITE_OPEN_READONLY;

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(pathText(m_path).c_str(), &raw, flags, nullptr);
    m_db.reset(raw); // a handle comes back even on failure and must be closed
    if (rc != SQLITE_OK) {
        const char* reason = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throwError(m_path, "opening", reason);
    }
    sqlite3_busy_timeout(m_db.get(), kBusyTimeoutMs);
    // A connection setting, not stored in the file; it must be set outside any transaction.
    execute("enabling foreign keys", "PRAGMA foreign_keys = ON");
}

Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

void Database::enableWriteAheadLog()
{
    Statement journal(*this, "switching to write-ahead logging", "PRAGMA journal_mode = WAL");
    const std::string mode = journal.step() ? journal.text(0) : std::string();
    journal.reset();
    // Still safe without WAL (rollback journal), only readers and the writer then take turns.
    if (mode != "wal")
        storeLog().warn("{}: write-ahead logging unavailable here, using journal mode '{}'",
                        pathText(m_path), mode);
    execute("setting synchronous mode", "PRAGMA synchronous = FULL");
}

void Database::execute(std::string_view what, std::string_view sql)
{
    const char* tail = sql.data();
    const char* const end = sql.data() + sql.size();
    while (tail < end) {
        sqlite3_stmt* raw = nullptr;
        const char* next = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), tail, static_cast<int>(end - tail), &raw, &next) !=
            SQLITE_OK)
            fail(what);
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw,
                                                                             &sqlite3_finalize);
        tail = next;
        if (!raw)
            continue; // whitespace or a comment
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(raw);
        if (rc != SQLITE_DONE)
            fail(what);
    }
}

std::int64_t Database::lastInsertRowId() const noexcept
{
    return sqlite3_last_insert_rowid(m_db.get());
}

std::int64_t Database::changes() const noexcept
{
    return sqlite3_changes64(m_db.get());
}

bool Database::inTransaction() const noexcept
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

void Database::fail(std::string_view what) const
{
    throwError(m_path, what, sqlite3_errmsg(m_db.get()));
}

void Database::fail(std::string_view what, std::string_view reason) const
{
    throwError(m_path, what, reason);
}

// --- Statement --------------------------------------------------------------------------------

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const noexcept
{
    sqlite3_finalize(statement);
}

Statement::Statement(const Database& db, std::string_view what, std::string_view sql)
    : m_db(&db)
    , m_what(what)
{
    sqlite3_stmt* raw = nullptr;
    const int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    if (rc != SQLITE_OK) {
        // A plain SQL error (syntax, unknown table) is a bug or a schema mismatch, and the SQL
        // helps to find it; a damaged or foreign file is the user's problem, told by the error.
        if ((rc & 0xff) == SQLITE_ERROR)
            storeLog().warn("{}: cannot prepare: {}", pathText(db.path()), sql);
        db.fail(m_what);
    }
    m_statement.reset(raw);
}

Statement::~Statement() = default;
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;

void Statement::check(int rc, int index) const
{
    if (rc == SQLITE_OK)
        return;
    if (rc == SQLITE_RANGE)
        failBind(index, "no such parameter");
    m_db->fail(m_what);
}

void Statement::failBind(int index, std::string_view reason) const
{
    m_db->fail(m_what, "parameter " + std::to_string(index) + ": " + std::string(reason));
}

Statement& Statement::bindInt64(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_statement.get(), index, value), index);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (std::isnan(value))
        return bind(index, std::nullopt);
    check(sqlite3_bind_double(m_statement.get(), index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    check(sqlite3_bind_text64(m_statement.get(), index, text.data(), text.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          index);
    return *this;
}

Statement& Statement::bind(int index, std::span<const std::byte> blob)
{
    // A null pointer would bind NULL, not an empty blob.
    static constexpr std::byte kEmpty{};
    const void* data = blob.empty() ? &kEmpty : blob.data();
    check(sqlite3_bind_blob64(m_statement.get(), index, data, blob.size(), SQLITE_TRANSIENT),
          index);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    check(sqlite3_bind_null(m_statement.get(), index), index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(m_what);
}

void Statement::run()
{
    while (step()) {
    }
    // Ready for the next bind; the bindings stay.
    sqlite3_reset(m_statement.get());
}

void Statement::reset() noexcept
{
    // reset() repeats the last step's error code, which step() has already reported.
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_statement.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement.get(), column);
}

double Statement::realOrNaN(int column) const
{
    return isNull(column) ? std::nan("") : real(column);
}

std::string Statement::text(int column) const
{
    // Ask for the text before its size: the conversion may change the size.
    const auto* data = sqlite3_column_text(m_statement.get(), column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column));
    if (!data)
        return {};
    return {reinterpret_cast<const char*>(data), size};
}

std::vector<std::byte> Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement.get(), column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column));
    std::vector<std::byte> bytes(size);
    if (size > 0)
        std::memcpy(bytes.data(), data, size);
    return bytes;
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

// --- Transaction ------------------------------------------------------------------------------

Transaction::Transaction(Database& db, std::string_view what)
    : m_db(db)
    , m_what(what)
{
    // Inside another transaction this becomes a savepoint, so a repository call that writes
    // in one transaction can also be part of a larger unit of work (all or none).
    if (m_db.inTransaction()) {
        m_savepoint = "diptych_nested_" + std::to_string(reinterpret_cast<std::uintptr_t>(this));
        m_db.execute(m_what, "SAVEPOINT " + m_savepoint);
    } else {
        m_db.execute(m_what, "BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction()
{
    if (m_done || !m_db.inTransaction())
        return; // committed, or SQLite already rolled back after an I/O or memory error
    try {
        if (m_savepoint.empty())
            m_db.execute(m_what, "ROLLBACK");
        else
            m_db.execute(m_what, "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint);
    } catch (const std::exception& e) {
        storeLog().warn("rollback failed: {}", e.what());
    }
}

void Transaction::commit()
{
    m_db.execute(m_what, m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
}

} // namespace diptych::store
