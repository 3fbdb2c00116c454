// Content fingerprints and relinking moved films.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/file_fingerprint.h"
#include "store/project_store.h"
#include "store/relink_missing_films.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;
using store::kFingerprintSampleBytes;

namespace {

// Deterministic pseudo-random content, different for each seed.
std::string content(std::size_t size, unsigned seed)
{
    std::string bytes(size, '\0');
    std::uint32_t state = seed * 2654435761u + 1;
    for (auto& byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = static_cast<char>(state >> 24);
    }
    return bytes;
}

model::Film filmFor(const std::filesystem::path& path)
{
    model::Film film;
    film.path = path;
    film.sizeBytes = static_cast<std::int64_t>(std::filesystem::file_size(path));
    film.fingerprint = store::fileFingerprint(path);
    return film;
}

} // namespace

TEST_CASE("fingerprints depend on size and the sampled content", "[store][fingerprint]")
{
    test::TempDir dir;
    const std::size_t size = 5 * kFingerprintSampleBytes + 123; // larger than the 3 samples
    const auto bytes = content(size, 1);
    test::writeBytes(dir / "a", bytes);
    test::writeBytes(dir / "copy", bytes);

    const auto fingerprint = store::fileFingerprint(dir / "a");
    CHECK(fingerprint.size() == 16);
    CHECK(fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(store::fileFingerprint(dir / "copy") == fingerprint);

    const auto changedAt = [&](std::size_t offset) {
        auto changed = bytes;
        changed[offset] = static_cast<char>(changed[offset] ^ 0x01);
        test::writeBytes(dir / "changed", changed);
        return store::fileFingerprint(dir / "changed");
    };
    CHECK(changedAt(0) != fingerprint);
    CHECK(changedAt(kFingerprintSampleBytes - 1) != fingerprint);
    CHECK(changedAt(size / 2) != fingerprint);
    CHECK(changedAt(size - 1) != fingerprint);
    // Outside the samples a change goes unnoticed, by design (see file_fingerprint.h).
    CHECK(changedAt(kFingerprintSampleBytes + 10) == fingerprint);

    // One byte longer with the same samples at start: the size is part of the hash.
    test::writeBytes(dir / "longer", bytes + "x");
    CHECK(store::fileFingerprint(dir / "longer") != fingerprint);

    // Small files are hashed whole; an empty file has a fingerprint too.
    test::writeBytes(dir / "small", "abc");
    test::writeBytes(dir / "small2", "abd");
    CHECK(store::fileFingerprint(dir / "small") != store::fileFingerprint(dir / "small2"));
    test::writeBytes(dir / "empty", "");
    CHECK(store::fileFingerprint(dir / "empty").size() == 16);

    REQUIRE_THROWS_WITH(store::fileFingerprint(dir / "missing"), Contains("cannot fingerprint"));
}

TEST_CASE("the fingerprint algorithm is frozen", "[store][fingerprint]")
{
    // Stored in projects: a change here would orphan every existing fingerprint. The value
    // was computed independently (Python) from the documented algorithm.
    test::TempDir dir;
    test::writeBytes(dir / "f", "Diptych");
    CHECK(store::fileFingerprint(dir / "f") == "d5259033f3e8a3d7");
}

TEST_CASE("relinking finds moved films by size and fingerprint", "[store][relink]")
{
    test::TempDir dir;
    const std::size_t size = 4 * kFingerprintSampleBytes;
    std::filesystem::create_directories(dir / "old");
    test::writeBytes(dir / "old" / "film.mkv", content(size, 1));
    test::writeBytes(dir / "old" / "other.mkv", content(size, 2));
    test::writeBytes(dir / "old" / "present.mkv", content(1000, 3));

    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = store.films().add(filmFor(dir / "old" / "film.mkv"));
    const auto other = store.films().add(filmFor(dir / "old" / "other.mkv"));
    const auto present = store.films().add(filmFor(dir / "old" / "present.mkv"));
    auto unknown = filmFor(dir / "old" / "present.mkv");
    unknown.path = dir / "old" / "never-fingerprinted.mkv";
    unknown.fingerprint.clear();
    unknown = store.films().add(unknown);

    // film.mkv moves into a nested folder under a new name; other.mkv disappears, and a
    // same-size file with different content sits in the search folder as a decoy.
    const auto library = dir / "library";
    std::filesystem::create_directories(library / "a" / "b");
    std::filesystem::rename(dir / "old" / "film.mkv", library / "a" / "b" / "renamed.mkv");
    std::filesystem::remove(dir / "old" / "other.mkv");
    test::writeBytes(library / "decoy.mkv", content(size, 4));
    std::filesystem::copy_file(dir / "old" / "present.mkv", library / "present-copy.mkv");

    long long progressCalls = 0;
    const auto result = store::relinkMissingFilms(store, library, nullptr,
                                                  [&](long long, long long) { ++progressCalls; });
    REQUIRE(result.relinked.size() == 1);
    CHECK(result.relinked[0].filmId == film.id);
    CHECK(result.relinked[0].oldPath == dir / "old" / "film.mkv");
    CHECK(result.relinked[0].newPath == library / "a" / "b" / "renamed.mkv");
    CHECK(result.stillMissing == std::vector{other.id, unknown.id});
    CHECK(progressCalls == 0); // fewer entries than one progress step

    CHECK(store.films().get(film.id)->path == library / "a" / "b" / "renamed.mkv");
    CHECK(store.films().get(other.id)->path == dir / "old" / "other.mkv");
    CHECK(store.films().get(present.id)->path == dir / "old" / "present.mkv");

    // Nothing missing any more that can be found: a second run changes nothing.
    const auto again = store::relinkMissingFilms(store, library);
    CHECK(again.relinked.empty());
    CHECK(again.stillMissing == std::vector{other.id, unknown.id});
}

TEST_CASE("relinking can be cancelled and then writes nothing", "[store][relink]")
{
    test::TempDir dir;
    test::writeBytes(dir / "film.mkv", content(100, 1));
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = store.films().add(filmFor(dir / "film.mkv"));
    std::filesystem::create_directory(dir / "moved");
    std::filesystem::rename(dir / "film.mkv", dir / "moved" / "film.mkv");

    CancellationToken cancel;
    cancel.cancel();
    REQUIRE_THROWS_AS(store::relinkMissingFilms(store, dir.path(), &cancel), Cancelled);
    CHECK(store.films().get(film.id)->path == dir / "film.mkv");

    // A folder that does not exist is not an error: the film stays missing.
    const auto none = store::relinkMissingFilms(store, dir / "nowhere");
    CHECK(none.stillMissing == std::vector{film.id});
}
