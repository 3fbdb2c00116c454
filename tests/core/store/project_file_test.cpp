// Opening, creating, migrating and refusing project files.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using store::ProjectStore;

namespace {

std::int64_t pragma(const std::filesystem::path& path, std::string_view name)
{
    store::Database db(path, store::OpenMode::ExistingReadOnly);
    store::Statement query(db, "test", "PRAGMA " + std::string(name));
    REQUIRE(query.step());
    return query.int64(0);
}

void setUserVersion(const std::filesystem::path& path, int version)
{
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    db.execute("test", "PRAGMA user_version = " + std::to_string(version));
}

} // namespace

TEST_CASE("every entity survives closing and reopening the project", "[store]")
{
    test::TempDir dir;
    const auto file = dir / "project.diptych";
    test::PopulatedProject written;
    {
        auto store = ProjectStore::create(file);
        written = test::populate(store);
    }
    const auto store = ProjectStore::open(file);
    test::requireHolds(store, written);
    CHECK(store.checkIntegrity().empty());
}

TEST_CASE("a new project is a WAL-mode SQLite file marked as Diptych's", "[store]")
{
    test::TempDir dir;
    const auto file = dir / "new.diptych";
    {
        const auto store = ProjectStore::create(file);
        CHECK(store.schemaVersion() == store::schema::kLatestVersion);
        CHECK_FALSE(store.isReadOnly());
    }
    CHECK(pragma(file, "application_id") == store::schema::kApplicationId);
    CHECK(pragma(file, "user_version") == store::schema::kLatestVersion);
    store::Database db(file, store::OpenMode::ExistingReadOnly);
    store::Statement journal(db, "test", "PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == "wal");
    store::Statement meta(db, "test", "SELECT value FROM meta WHERE key = 'application'");
    REQUIRE(meta.step());
    CHECK(meta.text(0) == "Diptych");
}

TEST_CASE("create refuses an existing file and leaves it alone", "[store]")
{
    test::TempDir dir;
    const auto file = dir / "taken.diptych";
    test::writeBytes(file, "precious");
    REQUIRE_THROWS_WITH(ProjectStore::create(file), Contains("already exists"));
    CHECK(test::readBytes(file) == "precious");
}

TEST_CASE("openOrCreate creates a missing file, then opens it", "[store]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    model::FilmId id = 0;
    {
        auto store = ProjectStore::openOrCreate(file);
        model::Film film;
        film.path = "/a.mkv";
        id = store.films().add(film).id;
    }
    const auto store = ProjectStore::openOrCreate(file);
    CHECK(store.films().get(id).has_value());
}

TEST_CASE("an older project is migrated on open and keeps every row", "[store][migration]")
{
    test::TempDir dir;
    const auto file = dir / "old.diptych";
    model::FilmId filmId = 0;
    {
        auto store = ProjectStore::createAtSchemaVersion(file, 1);
        REQUIRE(store.schemaVersion() == 1);
        model::Film film;
        film.path = "/films/original.mkv";
        film.frameCount = 300;
        filmId = store.films().add(film).id;
        // The v1 shot table, as a v1 Diptych wrote it (no transition length yet).
        store::Database db(file, store::OpenMode::ExistingReadWrite);
        db.execute("writing v1 shots",
                   "INSERT INTO shots(film_id, start_frame, end_frame, transition, note) VALUES "
                   "(" +
                       std::to_string(filmId) + ", 0, 100, 'cut', 'first'), (" +
                       std::to_string(filmId) + ", 100, 300, 'dissolve', '')");
        // The v2 table does not exist yet.
        REQUIRE_THROWS_AS(store.frameIndexes().load(filmId), StoreError);
    }
    REQUIRE(pragma(file, "user_version") == 1);

    auto store = ProjectStore::open(file);
    CHECK(store.schemaVersion() == store::schema::kLatestVersion);
    REQUIRE(store.films().get(filmId).has_value());
    const auto shots = store.shots().list(filmId);
    REQUIRE(shots.size() == 2);
    CHECK(shots[0].note == "first");
    CHECK(shots[1].transition == model::TransitionKind::Dissolve);
    CHECK(shots[1].transitionFrames == 0);
    const model::FrameIndexRecord index{3, {std::byte{1}, std::byte{2}}, true};
    store.frameIndexes().save(filmId, index);
    CHECK(store.frameIndexes().load(filmId) == index);
    CHECK_FALSE(store.analysis().get(filmId).has_value());
    CHECK(store.checkIntegrity().empty());
}

TEST_CASE("a fully populated project survives reopening at the latest schema", "[store][migration]")
{
    test::TempDir dir;
    const auto file = dir / "current.diptych";
    test::PopulatedProject written;
    {
        auto store = ProjectStore::create(file);
        written = test::populate(store);
    }
    auto store = ProjectStore::open(file);
    test::requireHolds(store, written);
}

TEST_CASE("a project from a newer Diptych is refused and left byte-for-byte untouched",
          "[store][migration]")
{
    test::TempDir dir;
    const auto file = dir / "future.diptych";
    {
        auto store = ProjectStore::create(file);
        test::populate(store);
    }
    setUserVersion(file, 99);
    const auto before = test::readBytes(file);

    const std::string expected = file.string() + ": written by a newer Diptych (schema v99); " +
                                 "this version reads up to v" +
                                 std::to_string(store::schema::kLatestVersion);
    REQUIRE_THROWS_WITH(ProjectStore::open(file), expected);
    REQUIRE_THROWS_WITH(ProjectStore::openOrCreate(file), expected);
    CHECK(test::readBytes(file) == before);
    CHECK_FALSE(std::filesystem::exists(file.string() + "-wal"));
    // A read-only connection may leave empty -wal/-shm files (SQLite cannot remove them
    // without write access), but never touches the project file itself.
    REQUIRE_THROWS_WITH(ProjectStore::openReadOnly(file), expected);
    CHECK(test::readBytes(file) == before);
}

TEST_CASE("read-only opening never writes and refuses to write", "[store]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    {
        auto store = ProjectStore::create(file);
        test::populate(store);
    }
    const auto before = test::readBytes(file);
    {
        auto store = ProjectStore::openReadOnly(file);
        CHECK(store.isReadOnly());
        CHECK(store.films().list().size() == 2);
        model::Coder coder;
        coder.name = "Bea";
        REQUIRE_THROWS_WITH(store.coders().add(coder), Contains("readonly"));
    }
    CHECK(test::readBytes(file) == before);
}

TEST_CASE("read-only opening of an older schema asks for an upgrade", "[store][migration]")
{
    test::TempDir dir;
    const auto file = dir / "old.diptych";
    ProjectStore::createAtSchemaVersion(file, 1);
    REQUIRE_THROWS_WITH(ProjectStore::openReadOnly(file),
                        Contains("schema v1 must be upgraded to v" +
                                 std::to_string(store::schema::kLatestVersion)));
}

TEST_CASE("files that are not Diptych projects give a one-line error", "[store][errors]")
{
    test::TempDir dir;
    const auto file = dir / "x.diptych";
    const auto prefix = file.string() + ": ";

    SECTION("missing")
    {
        REQUIRE_THROWS_WITH(ProjectStore::open(file), prefix + "no such file");
        REQUIRE_THROWS_WITH(ProjectStore::openReadOnly(file), prefix + "no such file");
        CHECK_FALSE(std::filesystem::exists(file)); // open() does not create
    }
    SECTION("a folder")
    {
        std::filesystem::create_directory(file);
        REQUIRE_THROWS_WITH(ProjectStore::open(file), Contains("is a folder"));
    }
    SECTION("a text file")
    {
        const std::string text = "These are my notes about the film, not a database.\n";
        test::writeBytes(file, text);
        REQUIRE_THROWS_WITH(ProjectStore::open(file),
                            StartsWith(prefix) && Contains("not a database"));
        REQUIRE_THROWS_WITH(ProjectStore::openOrCreate(file), Contains("not a database"));
        CHECK(test::readBytes(file) == text);
    }
    SECTION("an empty file")
    {
        test::writeBytes(file, "");
        REQUIRE_THROWS_WITH(ProjectStore::open(file), prefix + "empty file, not a Diptych project");
        CHECK(test::readBytes(file).empty());
        // openOrCreate accepts it: an empty file is what a save dialog may leave behind.
        const auto store = ProjectStore::openOrCreate(file);
        CHECK(store.schemaVersion() == store::schema::kLatestVersion);
    }
    SECTION("another application's SQLite database")
    {
        {
            store::Database db(file, store::OpenMode::CreateNew);
            db.execute("test", "CREATE TABLE contacts(name TEXT)");
        }
        const auto before = test::readBytes(file);
        REQUIRE_THROWS_WITH(ProjectStore::open(file), Contains("not a Diptych project"));
        CHECK(test::readBytes(file) == before);

        store::Database db(file, store::OpenMode::ExistingReadWrite);
        db.execute("test", "PRAGMA application_id = 1234");
        REQUIRE_THROWS_WITH(ProjectStore::open(file),
                            Contains("not a Diptych project") && Contains("0x000004d2"));
    }
}

TEST_CASE("a damaged project gives a StoreError, never a crash", "[store][errors]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    {
        auto store = ProjectStore::create(file);
        test::populate(store);
        // Enough rows to spread over many pages, so damage lands in the data.
        for (int i = 0; i < 300; ++i) {
            model::Coder coder;
            coder.name = "coder " + std::to_string(i) + std::string(200, 'x');
            store.coders().add(coder);
        }
    }
    auto bytes = test::readBytes(file);
    REQUIRE(bytes.size() > 16 * 4096);

    // Whatever the damage, either opening or reading must report it as a StoreError.
    const auto openAndReadEverything = [&] {
        auto store = ProjectStore::open(file);
        for (const auto& film : store.films().list()) {
            (void)store.shots().list(film.id);
            (void)store.annotations().listByFilm(film.id);
        }
        (void)store.coders().list();
        const auto problems = store.checkIntegrity();
        if (!problems.empty())
            throw StoreError(problems.front());
    };

    SECTION("truncated")
    {
        test::writeBytes(file, std::string_view(bytes).substr(0, bytes.size() / 3));
        REQUIRE_THROWS_AS(openAndReadEverything(), StoreError);
    }
    SECTION("truncated inside the first page")
    {
        test::writeBytes(file, std::string_view(bytes).substr(0, 1000));
        REQUIRE_THROWS_AS(openAndReadEverything(), StoreError);
    }
    SECTION("header overwritten")
    {
        bytes.replace(0, 16, "garbage garbage!");
        test::writeBytes(file, bytes);
        REQUIRE_THROWS_WITH(openAndReadEverything(), Contains("not a database"));
    }
    SECTION("pages overwritten")
    {
        for (std::size_t i = 4096; i < bytes.size(); i += 4096)
            bytes.replace(i, 64, std::string(64, '\xA5'));
        test::writeBytes(file, bytes);
        REQUIRE_THROWS_AS(openAndReadEverything(), StoreError);
    }
}

TEST_CASE("a failed write leaves no trace", "[store]")
{
    test::TempDir dir;
    auto store = ProjectStore::create(dir / "p.diptych");
    model::Film film;
    film.path = "/a.mkv";
    film = store.films().add(film);
    // The second shot list is invalid: the first must survive untouched.
    const std::vector<model::Shot> good = {{0, 0, 0, 10, model::TransitionKind::Cut, ""}};
    const auto stored = store.shots().replace(film.id, good);
    const std::vector<model::Shot> overlapping = {{0, 0, 0, 10, model::TransitionKind::Cut, ""},
                                                  {0, 0, 5, 20, model::TransitionKind::Cut, ""}};
    REQUIRE_THROWS_WITH(store.shots().replace(film.id, overlapping),
                        Contains("shots overlap at frame 5"));
    CHECK(store.shots().list(film.id) == stored);

    // A batch with one bad value (unknown shot) writes none of its values.
    const auto metric = store.metrics().define({0, "m", "", "", "{}"});
    REQUIRE_THROWS_WITH(store.metrics().putShotValues(std::vector<model::ShotMetricValue>{
                            {stored[0].id, metric.id, 1.0}, {9999, metric.id, 2.0}}),
                        Contains("FOREIGN KEY"));
    CHECK(store.metrics().shotValues(film.id).empty());
}

TEST_CASE("transaction() commits several writes together or none of them", "[store]")
{
    test::TempDir dir;
    auto store = ProjectStore::create(dir / "p.diptych");
    store.transaction("adding coders", [&]() {
        store.coders().add({0, "Ada", ""});
        store.coders().add({0, "Bea", ""});
    });
    CHECK(store.coders().list().size() == 2);

    // The third write fails; the repositories' own transactions, now savepoints, go with it.
    REQUIRE_THROWS_WITH(store.transaction("adding coders",
                                          [&]() {
                                              store.coders().add({0, "Cy", ""});
                                              store.transaction("nested", [&]() {
                                                  store.coders().add({0, "Di", ""});
                                              });
                                              store.coders().add({0, "Ada", ""}); // not unique
                                          }),
                        Contains("UNIQUE"));
    CHECK(store.coders().list().size() == 2);
    // A throw of any kind rolls back, and leaves the store usable.
    REQUIRE_THROWS_AS(store.transaction("adding a coder",
                                        [&]() {
                                            store.coders().add({0, "Eve", ""});
                                            throw std::runtime_error("changed my mind");
                                        }),
                      std::runtime_error);
    CHECK(store.coders().list().size() == 2);
    store.coders().add({0, "Fay", ""});
    CHECK(store.coders().list().size() == 3);
    // Committed for good: another connection sees it.
    CHECK(ProjectStore::openReadOnly(dir / "p.diptych").coders().list().size() == 3);
}
