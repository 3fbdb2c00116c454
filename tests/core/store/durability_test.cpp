// Crash safety and concurrent access: what WAL and one transaction per write promise.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace diptych;

namespace {

// The child of the SIGKILL test: commits one coder per transaction and reports each commit.
// Never returns: it must not run Catch2's teardown (or ASan's leak check) in the child.
[[noreturn]] void commitUntilKilled(const std::filesystem::path& file, int reportFd)
{
    try {
        auto store = store::ProjectStore::open(file);
        for (std::int64_t i = 1;; ++i) {
            model::Coder coder;
            coder.name = "coder " + std::to_string(i);
            store.coders().add(coder);
            // Reported only after the commit returned.
            if (write(reportFd, &i, sizeof i) != static_cast<ssize_t>(sizeof i))
                _exit(3);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "child: %s\n", e.what());
        _exit(2);
    }
}

} // namespace

TEST_CASE("every commit reported before SIGKILL is in the file afterwards", "[store][durability]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    store::ProjectStore::create(file);

    int fds[2];
    REQUIRE(pipe(fds) == 0);
    std::fflush(nullptr); // nothing buffered may be written twice
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        commitUntilKilled(file, fds[1]);
    }
    close(fds[1]);

    // Kill it in the middle of its work: after some commits, while the next is under way.
    std::int64_t committed = 0;
    while (committed < 40) {
        std::int64_t value = 0;
        const auto got = read(fds[0], &value, sizeof value);
        if (got != static_cast<ssize_t>(sizeof value))
            break;
        committed = value;
    }
    kill(child, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    close(fds[0]);
    REQUIRE(committed >= 40); // the child did not fail early
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    const auto store = store::ProjectStore::open(file);
    CHECK(store.checkIntegrity().empty());
    const auto coders = store.coders().list();
    CHECK(static_cast<std::int64_t>(coders.size()) >= committed);
    // Every reported commit, by name.
    std::vector<bool> seen(coders.size() + 1, false);
    for (const auto& coder : coders) {
        const auto n = std::stoll(coder.name.substr(6));
        if (n > 0 && n < static_cast<std::int64_t>(seen.size()))
            seen[static_cast<std::size_t>(n)] = true;
    }
    for (std::int64_t i = 1; i <= committed; ++i)
        CHECK(seen[static_cast<std::size_t>(i)]);
}

TEST_CASE("a reader on a second connection sees consistent snapshots while a writer commits",
          "[store][concurrency]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    model::FilmId filmId = 0;
    {
        auto store = store::ProjectStore::create(file);
        model::Film film;
        film.path = "/a.mkv";
        filmId = store.films().add(film).id;
    }

    constexpr int kGenerations = 150;
    constexpr int kShotsPerGeneration = 10;
    std::atomic<bool> writerDone{false};
    std::exception_ptr writerError;
    std::thread writer([&] {
        try {
            auto store = store::ProjectStore::open(file);
            for (int generation = 1; generation <= kGenerations; ++generation) {
                // Every transaction rewrites all shots; a torn read would mix generations.
                std::vector<model::Shot> shots;
                for (int i = 0; i < kShotsPerGeneration; ++i)
                    shots.push_back({0, 0, i * 10, i * 10 + 10, model::TransitionKind::Cut,
                                     std::to_string(generation)});
                store.shots().replace(filmId, shots);
                model::Coder coder;
                coder.name = "c" + std::to_string(generation);
                store.coders().add(coder);
            }
        } catch (...) {
            writerError = std::current_exception();
        }
        writerDone = true;
    });

    std::size_t reads = 0;
    std::size_t lastCoders = 0;
    int lastGeneration = 0;
    bool consistent = true;
    bool monotonic = true;
    std::string readerError;
    try {
        const auto store = store::ProjectStore::open(file);
        while (!writerDone) {
            const auto shots = store.shots().list(filmId);
            const auto coders = store.coders().list().size();
            ++reads;
            if (!shots.empty()) {
                const int generation = std::stoi(shots.front().note);
                for (const auto& shot : shots)
                    consistent = consistent && shot.note == shots.front().note;
                consistent = consistent && shots.size() == kShotsPerGeneration;
                monotonic = monotonic && generation >= lastGeneration;
                lastGeneration = generation;
            }
            monotonic = monotonic && coders >= lastCoders;
            lastCoders = coders;
        }
    } catch (const std::exception& e) {
        readerError = e.what();
    }
    writer.join();
    if (writerError)
        std::rethrow_exception(writerError);
    REQUIRE(readerError.empty());
    CHECK(reads > 10);
    CHECK(consistent);
    CHECK(monotonic);

    const auto store = store::ProjectStore::open(file);
    CHECK(store.coders().list().size() == kGenerations);
    CHECK(store.shots().list(filmId).front().note == std::to_string(kGenerations));
}

TEST_CASE("two writers on separate connections queue instead of failing", "[store][concurrency]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    store::ProjectStore::create(file);
    constexpr int kPerWriter = 100;
    std::exception_ptr errors[2];
    const auto write = [&](int writerIndex) {
        try {
            auto store = store::ProjectStore::open(file);
            for (int i = 0; i < kPerWriter; ++i) {
                model::Coder coder;
                coder.name = std::to_string(writerIndex) + "-" + std::to_string(i);
                store.coders().add(coder);
            }
        } catch (...) {
            errors[writerIndex] = std::current_exception();
        }
    };
    std::thread a(write, 0);
    std::thread b(write, 1);
    a.join();
    b.join();
    for (const auto& error : errors)
        if (error)
            std::rethrow_exception(error);
    CHECK(store::ProjectStore::open(file).coders().list().size() == 2 * kPerWriter);
}
