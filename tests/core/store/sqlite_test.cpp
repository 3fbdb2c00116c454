// The RAII layer over the SQLite C API.

#include "temp_dir.h"

#include "common/error.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace diptych;
using namespace diptych::store;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

TEST_CASE("statements bind and read every type", "[store][sqlite]")
{
    test::TempDir dir;
    Database db(dir / "t.db", OpenMode::CreateNew);
    db.execute("creating", "CREATE TABLE t(i, r, s, b, n); -- a comment\n");

    const std::string withNul("a\0b", 3);
    const std::vector<std::byte> blob = {std::byte{0}, std::byte{0xff}};
    Statement insert(db, "inserting", "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, std::numeric_limits<std::int64_t>::min())
        .bind(2, 0.1)
        .bind(3, withNul)
        .bind(4, blob)
        .bind(5, std::optional<int>{})
        .run();
    CHECK(db.changes() == 1);
    CHECK(db.lastInsertRowId() == 1);
    insert.bind(1, std::optional<unsigned>{7u})
        .bind(2, std::nan(""))
        .bind(3, std::string_view{})
        .bind(4, std::span<const std::byte>{})
        .bind(5, 2.5f)
        .run();

    Statement select(db, "reading", "SELECT i, r, s, b, n FROM t ORDER BY rowid");
    REQUIRE(select.step());
    CHECK(select.int64(0) == std::numeric_limits<std::int64_t>::min());
    CHECK(select.real(1) == 0.1);
    CHECK(select.text(2) == withNul);
    CHECK(select.blob(3) == blob);
    CHECK(select.isNull(4));
    CHECK_FALSE(select.optionalInt64(4));
    REQUIRE(select.step());
    CHECK(select.optionalInt64(0) == 7);
    CHECK(std::isnan(select.realOrNaN(1)));
    CHECK(select.text(2).empty());
    CHECK_FALSE(select.isNull(3)); // an empty blob, not NULL
    CHECK(select.blob(3).empty());
    CHECK(select.optionalReal(4) == 2.5);
    CHECK_FALSE(select.step());

    REQUIRE_THROWS_WITH(insert.bind(6, 1), Contains("parameter 6: no such parameter"));
    REQUIRE_THROWS_WITH(insert.bind(1, std::numeric_limits<std::uint64_t>::max()),
                        Contains("integer out of range"));
}

TEST_CASE("errors name the file, the operation and SQLite's reason", "[store][sqlite]")
{
    test::TempDir dir;
    const auto file = dir / "t.db";
    Database db(file, OpenMode::CreateNew);
    REQUIRE_THROWS_WITH(Statement(db, "doing nothing", "SELEC 1"),
                        StartsWith(file.string() + ": doing nothing: ") && Contains("syntax"));
    db.execute("creating", "CREATE TABLE t(x UNIQUE)");
    Statement insert(db, "adding x", "INSERT INTO t VALUES (1)");
    insert.run();
    REQUIRE_THROWS_WITH(insert.run(), file.string() + ": adding x: UNIQUE constraint failed: t.x");
    REQUIRE_THROWS_WITH(Database(file, OpenMode::CreateNew), file.string() + ": already exists");
}

TEST_CASE("a transaction rolls back unless committed", "[store][sqlite]")
{
    test::TempDir dir;
    Database db(dir / "t.db", OpenMode::CreateNew);
    db.enableWriteAheadLog();
    db.execute("creating", "CREATE TABLE t(x)");
    const auto count = [&] {
        Statement query(db, "counting", "SELECT count(*) FROM t");
        REQUIRE(query.step());
        return query.int64(0);
    };
    {
        Transaction transaction(db, "inserting");
        CHECK(db.inTransaction());
        db.execute("inserting", "INSERT INTO t VALUES (1)");
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(count() == 0);
    try {
        Transaction transaction(db, "inserting");
        db.execute("inserting", "INSERT INTO t VALUES (1)");
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    CHECK(count() == 0);
    {
        Transaction transaction(db, "inserting");
        db.execute("inserting", "INSERT INTO t VALUES (1)");
        transaction.commit();
    }
    CHECK(count() == 1);
    {
        // A nested transaction is a savepoint: rolling it back keeps the outer work.
        Transaction outer(db, "outer");
        db.execute("inserting", "INSERT INTO t VALUES (2)");
        {
            Transaction inner(db, "inner");
            db.execute("inserting", "INSERT INTO t VALUES (3)");
        }
        CHECK(count() == 2);
        {
            Transaction inner(db, "inner");
            db.execute("inserting", "INSERT INTO t VALUES (4)");
            inner.commit();
        }
        CHECK(count() == 3);
    }
    CHECK(count() == 1); // the outer transaction was not committed: all of it is gone
    {
        Transaction outer(db, "outer");
        {
            Transaction inner(db, "inner");
            db.execute("inserting", "INSERT INTO t VALUES (5)");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(count() == 2);
}

TEST_CASE("databases and statements move", "[store][sqlite]")
{
    test::TempDir dir;
    Database first(dir / "t.db", OpenMode::CreateNew);
    Database db = std::move(first);
    Statement a(db, "selecting", "SELECT 42");
    Statement b = std::move(a);
    REQUIRE(b.step());
    CHECK(b.integer(0) == 42);
    CHECK(db.path() == dir / "t.db");
}
