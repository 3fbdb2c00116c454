#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A thin RAII layer over the SQLite C API, used only inside core/store. Every SQLite failure
// becomes a StoreError "PATH: <what was being done>: <SQLite's message>".
//
// Threads: a Database and everything made from it belong to one thread at a time. Statements
// and Transactions must not outlive their Database, nor see it moved.

namespace diptych::store {

enum class OpenMode
{
    CreateNew,         ///< the file must not exist yet
    ExistingReadWrite, ///< the file must exist
    ExistingReadOnly,  ///< the file must exist; nothing is ever written
};

/// One connection to a database file. Move-only.
/// Opening sets foreign_keys=ON and a 5 s busy timeout, neither of which writes to the file;
/// the switch to WAL is a separate call so a caller can inspect a file (its schema version)
/// before anything writes to it.
class Database final
{
public:
    /// Throws StoreError for a missing file (existing modes), an existing file (CreateNew) or a
    /// file SQLite cannot open. A file that is not a database is only detected on first read.
    Database(std::filesystem::path path, OpenMode mode);
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }
    [[nodiscard]] bool isReadOnly() const noexcept { return m_readOnly; }

    /// Switches the file to write-ahead logging (persistent), so readers on other connections
    /// never block the writer and a killed process loses no committed transaction.
    /// synchronous=FULL makes every commit durable across power loss too. Writes to the file.
    /// Where the file system cannot do WAL, keeps the rollback journal and logs a warning.
    void enableWriteAheadLog();

    /// Runs every statement of an SQL script that takes no parameters (DDL, PRAGMAs).
    void execute(std::string_view what, std::string_view sql);

    /// Rowid of the last successful INSERT on this connection.
    [[nodiscard]] std::int64_t lastInsertRowId() const noexcept;
    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    [[nodiscard]] std::int64_t changes() const noexcept;
    /// True inside BEGIN ... COMMIT.
    [[nodiscard]] bool inTransaction() const noexcept;

    /// Throws StoreError "PATH: what: <message of the connection's last error>".
    [[noreturn]] void fail(std::string_view what) const;
    /// Throws StoreError "PATH: what: reason".
    [[noreturn]] void fail(std::string_view what, std::string_view reason) const;

    [[nodiscard]] sqlite3* handle() const noexcept { return m_db.get(); }

private:
    struct Closer
    {
        void operator()(sqlite3* db) const noexcept;
    };

    std::filesystem::path m_path;
    std::unique_ptr<sqlite3, Closer> m_db;
    bool m_readOnly = false;
};

/// A prepared statement. Move-only. Parameters are bound by 1-based index, columns are read by
/// 0-based index (SQLite's conventions). Destruction finalises it, which also ends the implicit
/// read transaction of a statement that was not stepped to its end.
class Statement final
{
public:
    /// `what` describes the operation for error messages ("adding a film").
    Statement(const Database& db, std::string_view what, std::string_view sql);
    ~Statement();
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Any integer type but bool (which would silently catch `const char*`).
    template <std::integral T>
    requires(!std::same_as<T, bool>) Statement& bind(int index, T value)
    {
        if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
            if (value > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
                failBind(index, "integer out of range");
        }
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    /// NaN is stored as NULL (SQLite has no NaN); read it back with realOrNaN().
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::span<const std::byte> blob);
    Statement& bind(int index, std::nullopt_t);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    /// Advances; true when a row is available.
    bool step();
    /// Steps to the end, for statements that return no rows (INSERT, UPDATE, DELETE), then
    /// resets so new values can be bound for the next run (old bindings stay until rebound).
    void run();
    /// Back to before the first step, with all parameters unbound (NULL).
    void reset() noexcept;

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const;
    [[nodiscard]] double real(int column) const;
    /// NULL reads as NaN: the inverse of bind(double).
    [[nodiscard]] double realOrNaN(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::vector<std::byte> blob(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;
    [[nodiscard]] std::optional<double> optionalReal(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* statement) const noexcept;
    };

    Statement& bindInt64(int index, std::int64_t value);
    void check(int rc, int index) const;
    [[noreturn]] void failBind(int index, std::string_view reason) const;

    const Database* m_db;
    std::string m_what;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

/// BEGIN IMMEDIATE ... COMMIT. Taking the write lock at the start (not at the first write)
/// means a transaction never fails half-way with SQLITE_BUSY; it waits up to the busy timeout
/// instead. Rolls back in the destructor unless commit() succeeded. Nested inside an open
/// transaction it is a SAVEPOINT instead, committed or rolled back with the outer one.
class Transaction final
{
public:
    Transaction(Database& db, std::string_view what);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&&) = delete;
    Transaction& operator=(Transaction&&) = delete;

    void commit();

private:
    Database& m_db;
    std::string m_what;
    std::string m_savepoint; ///< empty for the outermost transaction
    bool m_done = false;
};

} // namespace diptych::store
