// Dual-player playback benchmark, in one run on two 1080p24 H.264 films:
//   - `ffmpeg -threads 1 -f null` decoding of each film (the reference: decode headroom),
//   - both films played together at 1x in a real DualPlayer, counting from framePresented()
//     the frames presented, dropped (skipped indices), late (> 1 frame interval after the due
//     time) and the A/B drift on screen every 10 ms; targets: no dropped frames, drift
//     <= 1 frame over the whole film,
//   - timeline clicks: seekA() to random frames ~300 ms apart, timed until the exact frame is
//     shown, first on the originals, then with the seek proxies the GUI builds for long-GOP
//     films (built here, or found in the cache under --media-dir); target p95 <= 250 ms.
// A measurement, not a test: prints a Markdown table and PASS/FAIL per target, exits 0 unless
// setup fails. Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.
//
// Usage: playback_bench [--seconds N] [--media-dir DIR] [--film-a PATH] [--film-b PATH]
//                       [--seeks N] [--verbose]
//   cmake --build --preset release --target playback_bench &&
//   build/release/tests/bench/playback_bench --seconds 600
#include "bench_files.h"
#include "cpu_timer.h"
#include "temp_dir.h"
#include "test_media.h"

#include "document/project_document.h"
#include "ingest/film_ingest.h"
#include "log/log.h"
#include "media/probe.h"
#include "media/seek_proxy.h"
#include "player/dual_player.h"
#include "store/project_store.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using namespace diptych;
using bench::Clock;
using bench::secondsSince;
using test::shellQuote;
namespace fs = std::filesystem;

struct Options
{
    int seconds = 600;
    fs::path mediaDir = fs::temp_directory_path() / "diptych-playback-bench";
    fs::path filmA, filmB;
    int seeks = 50;
    bool verbose = false; ///< debug log on stderr (slow decodes, for example)
};

void runFfmpeg(const std::string& arguments, const fs::path& output)
{
    // Written under a temporary name, so an interrupted run never leaves a cached half file.
    const fs::path partial = output.parent_path() / ("partial-" + output.filename().string());
    std::cerr << "making " << output << " ...\n";
    if (test::runCommand("ffmpeg -nostdin -hide_banner -loglevel error -y " + arguments + " " +
                         shellQuote(partial.string())) != 0)
        throw std::runtime_error("ffmpeg cannot make " + output.string());
    fs::rename(partial, output);
}

/// A 1080p24 H.264 film of `seconds` from testsrc2 through `filter`, keyframes every `gop`
/// frames (no scene-cut keyframes), in Matroska (no edit lists to upset the concatenation).
/// Cached in `dir`. Whole minutes are one encoded minute stream-copied end to end, which makes
/// a 10-minute film in a tenth of the time.
fs::path makeFilm(const fs::path& dir, const std::string& stem, const std::string& filter, int gop,
                  int seconds)
{
    const auto path = dir / (stem + "_" + std::to_string(seconds) + "s.mkv");
    if (fs::exists(path))
        return path;
    if (seconds > 60 && seconds % 60 == 0) {
        const auto minute = makeFilm(dir, stem, filter, gop, 60);
        const auto list = dir / (stem + "_list.txt");
        std::ofstream out(list);
        for (int i = 0; i < seconds / 60; ++i)
            out << "file " << shellQuote(minute.string()) << '\n';
        out.close();
        runFfmpeg("-f concat -safe 0 -i " + shellQuote(list.string()) + " -c copy", path);
        return path;
    }
    const std::string g = std::to_string(gop);
    runFfmpeg("-f lavfi -i testsrc2=size=1920x1080:rate=24:duration=" + std::to_string(seconds) +
                  " -vf " + shellQuote(filter) + " -c:v libx264 -preset veryfast -g " + g +
                  " -keyint_min " + g + " -sc_threshold 0 -bf 3 -pix_fmt yuv420p",
              path);
    return path;
}

/// Time the hypervisor ran other guests instead of this machine's CPUs ("steal" in
/// /proc/stat), summed over all CPUs, in ms. Invisible to the threads: a VM that is not
/// scheduled stalls every thread without any of them waiting or running.
double stealMs()
{
    std::ifstream in("/proc/stat");
    std::string cpu;
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0,
                       steal = 0;
    in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    return double(steal) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double one = 0, five = 0, fifteen = 0;
    in >> one >> five >> fifteen;
    std::ostringstream text;
    text << one << ' ' << five << ' ' << fifteen;
    return text.str();
}

/// Nearest-rank percentile `p` in [0, 1] of `values`; 0 when empty.
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double maxOf(const std::vector<double>& values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

/// Runs the event loop until `done()` holds (checked every 10 ms) or `seconds` pass.
bool waitUntil(const std::function<bool()>& done, double seconds)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void runFor(double seconds)
{
    waitUntil([] { return false; }, seconds);
}

/// What one viewer presented while playing.
struct SideLog
{
    qint64 presented = 0; ///< new frames shown (repeats of the shown frame not counted)
    qint64 repeated = 0;
    qint64 skipped = 0; ///< frames never shown between two presented ones
    qint64 late = 0;
    qint64 last = -1; ///< the frame on screen
    std::vector<double> latenessMs;
};

/// Counts framePresented() during playback started at `start` from frame `startFrame`.
struct PlaybackLog
{
    Clock::time_point start;
    qint64 startFrame = 0;
    std::array<double, 2> fps{24, 24};
    std::array<SideLog, 2> sides;
    std::vector<double> driftFrames;
    /// Presentations more than 100 ms late: when (s after start), which side and frame.
    struct Stall
    {
        double atSeconds = 0;
        int side = 0;
        qint64 frame = 0;
        double latenessMs = 0;
    };
    std::vector<Stall> stalls;
    /// UI-thread gaps: a 10 ms timer's intervals over 50 ms, and the longest.
    struct Gap
    {
        double atSeconds = 0;
        double ms = 0;
        double waitingForCpuMs = 0; ///< of it, runnable but kept off the CPU by the kernel
        double onCpuMs = 0;         ///< of it, the UI thread running
        double stealMs = 0;         ///< the hypervisor's steal on all CPUs meanwhile
    };
    std::vector<Gap> uiGaps;
    double longestUiGapMs = 0;
    double stealAtStartMs = 0;
    double stealMs = 0; ///< the hypervisor's steal during playback, all CPUs

    void presented(int side, qint64 frame)
    {
        auto& s = sides[std::size_t(side)];
        if (frame == s.last) {
            ++s.repeated;
            return;
        }
        ++s.presented;
        if (s.last >= 0 && frame > s.last + 1)
            s.skipped += frame - s.last - 1;
        s.last = frame;
        // Due times follow film A's clock; B shows A's time (locked, no offset).
        const double dueMs = double(frame - startFrame) * 1000.0 / fps[0];
        const double latenessMs = secondsSince(start) * 1000.0 - dueMs;
        s.latenessMs.push_back(latenessMs);
        if (latenessMs > 1000.0 / fps[0])
            ++s.late;
        if (latenessMs > 100.0)
            stalls.push_back({secondsSince(start), side, frame, latenessMs});
    }

    /// Samples the difference of the two films' times on screen, in frames of film A. Called
    /// from the event loop between events, never between the two presentations of one
    /// playback tick (which are made in one call and reach the screen together).
    void sampleDrift()
    {
        const double secondsA = double(sides[0].last) / fps[0];
        const double secondsB = double(sides[1].last) / fps[1];
        driftFrames.push_back(std::abs(secondsA - secondsB) * fps[0]);
    }
};

/// Times from each click until the exact frames are shown, in ms; misses are not timed.
struct SeekLog
{
    std::vector<double> a, b, both;
    int misses = 0;
};

struct Film
{
    fs::path path;
    model::FilmId id = 0;
    qint64 frames = 0;
    double fps = 24;
    double decodeSeconds = 0;
};

PlaybackLog measurePlayback(ui::DualPlayer& player, const Film& a, const Film& b)
{
    PlaybackLog log;
    log.fps = {a.fps, b.fps};
    log.startFrame = player.frameA();
    log.sides[0].last = player.frameA();
    log.sides[1].last = player.frameB();
    bool counting = true;
    const auto connection = QObject::connect(&player, &ui::DualPlayer::framePresented, &player,
                                             [&](int side, qint64 frame) {
                                                 if (counting)
                                                     log.presented(side, frame);
                                             });
    // The UI thread's stalls, measured as a timer's lateness (a stalled thread fires late).
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    auto lastTick = Clock::now();
    double lastWaitMs = test::threadRunQueueWaitMs();
    double lastCpuMs = test::threadCpuMs();
    double lastStealMs = stealMs();
    log.stealAtStartMs = lastStealMs;
    QObject::connect(&probe, &QTimer::timeout, &player, [&]() {
        const double gapMs = secondsSince(lastTick) * 1000.0;
        const double waitMs = test::threadRunQueueWaitMs();
        const double cpuMs = test::threadCpuMs();
        const double steal = stealMs();
        lastTick = Clock::now();
        log.longestUiGapMs = std::max(log.longestUiGapMs, gapMs);
        if (gapMs > 50.0)
            log.uiGaps.push_back({secondsSince(log.start), gapMs, waitMs - lastWaitMs,
                                  cpuMs - lastCpuMs, steal - lastStealMs});
        lastWaitMs = waitMs;
        lastCpuMs = cpuMs;
        lastStealMs = steal;
        if (counting && player.isPlaying())
            log.sampleDrift();
    });
    log.start = Clock::now();
    probe.start();
    player.play(1.0);
    waitUntil([&] { return !player.isPlaying(); }, double(a.frames) / a.fps + 120);
    runFor(0.5); // the last frames in flight
    counting = false;
    log.stealMs = stealMs() - log.stealAtStartMs;
    QObject::disconnect(connection);
    return log;
}

SeekLog measureSeeks(ui::DualPlayer& player, const Film& a, int count)
{
    SeekLog log;
    std::mt19937 random(20240521);
    std::uniform_int_distribution<qint64> anyFrame(0, a.frames - 1);
    qint64 wantedA = -1, wantedB = -1;
    double shownA = -1, shownB = -1;
    Clock::time_point clicked;
    const auto connection = QObject::connect(&player, &ui::DualPlayer::framePresented, &player,
                                             [&](int side, qint64 frame) {
                                                 const double ms = secondsSince(clicked) * 1000.0;
                                                 if (side == 0 && frame == wantedA && shownA < 0)
                                                     shownA = ms;
                                                 if (side == 1 && frame == wantedB && shownB < 0)
                                                     shownB = ms;
                                             });
    for (int i = 0; i < count; ++i) {
        wantedA = anyFrame(random);
        shownA = shownB = -1;
        clicked = Clock::now();
        player.seekA(wantedA);
        wantedB = player.frameB(); // the slot runs from the event loop, after this line
        if (waitUntil([&] { return shownA >= 0 && shownB >= 0; }, 3.0)) {
            log.a.push_back(shownA);
            log.b.push_back(shownB);
            log.both.push_back(std::max(shownA, shownB));
        } else {
            ++log.misses;
        }
        // Clicks come about 300 ms apart unless a frame took longer to show.
        runFor(std::max(0.0, 0.3 - secondsSince(clicked)));
    }
    QObject::disconnect(connection);
    return log;
}

void printSeeks(const std::string& title, const SeekLog& seeks)
{
    std::cout << "| " << title << " (" << seeks.a.size() + std::size_t(seeks.misses)
              << "): exact frame shown | A | B | both |\n|---|---|---|---|\n";
    for (const auto& [name, p] : {std::pair{"median", 0.5}, std::pair{"p95", 0.95}})
        std::cout << "| " << name << " | " << percentile(seeks.a, p) << " ms | "
                  << percentile(seeks.b, p) << " ms | " << percentile(seeks.both, p) << " ms |\n";
    std::cout << "| max | " << maxOf(seeks.a) << " ms | " << maxOf(seeks.b) << " ms | "
              << maxOf(seeks.both) << " ms |\n| not shown within 3 s | | | " << seeks.misses
              << " |\n\n";
}

void printReport(const Film& a, const Film& b, const PlaybackLog& play, double playSeconds,
                 double playCpuSeconds, const SeekLog& seeks, const std::string& loadBefore)
{
    const auto expected = a.frames - 1 - play.startFrame; // frames after the one on screen
    auto dropped = [&](const SideLog& s) { return s.skipped + (a.frames - 1 - s.last); };
    std::cout << std::fixed << std::setprecision(1);
    std::cout << "Films: A " << a.path.filename().string() << " (" << a.frames << " frames), B "
              << b.path.filename().string() << " (" << b.frames << " frames), " << a.fps
              << " fps\nLoad average before / after: " << loadBefore << " / " << loadAverage()
              << "\n\n| reference `ffmpeg -threads 1 -f null` | A | B |\n|---|---|---|\n"
              << "| decode time | " << a.decodeSeconds << " s | " << b.decodeSeconds << " s |\n"
              << "| decode speed | " << double(a.frames) / a.decodeSeconds << " fps | "
              << double(b.frames) / b.decodeSeconds << " fps |\n\n";
    const auto& sa = play.sides[0];
    const auto& sb = play.sides[1];
    std::cout << "| playback at 1x (" << playSeconds << " s wall, " << playCpuSeconds
              << " s CPU) | A | B |\n|---|---|---|\n"
              << "| frames presented / due | " << sa.presented << " / " << expected << " | "
              << sb.presented << " / " << expected << " |\n"
              << "| dropped (skipped) frames | " << dropped(sa) << " | " << dropped(sb) << " |\n"
              << "| repeated presentations | " << sa.repeated << " | " << sb.repeated << " |\n"
              << "| late frames (> 1 frame interval) | " << sa.late << " | " << sb.late << " |\n"
              << "| lateness p50 / p99 / max | " << percentile(sa.latenessMs, 0.5) << " / "
              << percentile(sa.latenessMs, 0.99) << " / " << maxOf(sa.latenessMs) << " ms | "
              << percentile(sb.latenessMs, 0.5) << " / " << percentile(sb.latenessMs, 0.99) << " / "
              << maxOf(sb.latenessMs) << " ms |\n"
              << "| A/B drift p99 / max | " << percentile(play.driftFrames, 0.99) << " / "
              << maxOf(play.driftFrames) << " frames | |\n\n";
    if (!play.stalls.empty()) {
        std::cout << "Presentations over 100 ms late (" << play.stalls.size()
                  << ", the first 20): ";
        for (std::size_t i = 0; i < std::min<std::size_t>(20, play.stalls.size()); ++i) {
            const auto& stall = play.stalls[i];
            std::cout << (i ? ", " : "") << (stall.side == 0 ? 'A' : 'B') << stall.frame << " at "
                      << stall.atSeconds << " s +" << stall.latenessMs << " ms";
        }
        std::cout << "\n\n";
    }
    std::cout << "Hypervisor steal during playback (time the VM's CPUs were not running it): "
              << play.stealMs / 1000.0 << " CPU-s of "
              << double(sysconf(_SC_NPROCESSORS_ONLN)) * playSeconds << "\n\n";
    std::cout << "UI thread: longest gap of a 10 ms timer " << play.longestUiGapMs << " ms; "
              << play.uiGaps.size() << " gaps over 50 ms";
    for (std::size_t i = 0; i < std::min<std::size_t>(20, play.uiGaps.size()); ++i)
        std::cout << (i ? ", " : " (ms: waiting for a CPU / on a CPU / VM steal, at s): ")
                  << play.uiGaps[i].ms << " (" << play.uiGaps[i].waitingForCpuMs << " / "
                  << play.uiGaps[i].onCpuMs << " / " << play.uiGaps[i].stealMs << ") at "
                  << play.uiGaps[i].atSeconds;
    std::cout << "\n\n";
    printSeeks("With seek proxies, clicks", seeks);
    const auto verdict = [](bool pass) { return pass ? "PASS" : "FAIL"; };
    std::cout << verdict(dropped(sa) == 0 && dropped(sb) == 0) << " no dropped frames (A "
              << dropped(sa) << ", B " << dropped(sb) << ")\n"
              << verdict(maxOf(play.driftFrames) <= 1.0 + 1e-9) << " drift <= 1 frame (max "
              << maxOf(play.driftFrames) << ")\n"
              << verdict(seeks.misses == 0 && percentile(seeks.both, 0.95) <= 250.0)
              << " click shows the exact frames within 250 ms at p95 (both sides "
              << percentile(seeks.both, 0.95) << " ms, A alone " << percentile(seeks.a, 0.95)
              << " ms, " << seeks.misses << " misses)\n";
}

int run(const Options& options)
{
    fs::create_directories(options.mediaDir);
    // Proxies (and frame indexes) cached beside the generated films, not in the user's cache.
    setenv("XDG_CACHE_HOME", (options.mediaDir / "cache").c_str(), 1);
    Film a, b;
    a.path = !options.filmA.empty() ? options.filmA
                                    : makeFilm(options.mediaDir, "playback_a_testsrc2_gop48",
                                               "null", 48, options.seconds);
    b.path = !options.filmB.empty() ? options.filmB
                                    : makeFilm(options.mediaDir, "playback_b_hue_gop250",
                                               "hue=h='90*floor(t/4)'", 250, options.seconds);
    const std::string loadBefore = loadAverage();
    a.decodeSeconds = bench::ffmpegNullSeconds(a.path, 1);
    b.decodeSeconds = bench::ffmpegNullSeconds(b.path, 1);

    test::TempDir dir;
    const auto projectPath = dir / "playback.diptych";
    {
        auto store = store::ProjectStore::create(projectPath);
        for (Film* film : {&a, &b}) {
            const auto ingested = ingest::ingestFilm(film->path);
            const auto stored = ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
            film->id = stored.id;
            film->frames = stored.frameCount;
            film->fps = stored.fps;
        }
    }
    const auto document = ui::ProjectDocument::openOrCreate(projectPath);

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* player = new ui::DualPlayer(&window);
    layout->addWidget(player);
    window.resize(1600, 700);
    window.show();
    player->setDocument(document.get());
    player->chooseFilm(0, a.id);
    player->chooseFilm(1, b.id);
    player->setSyncMode(ui::SyncMode::Locked);
    player->seekA(0);
    // Opening scans each file's frame index on its fetcher thread: wait for both first frames.
    bool shownA = false, shownB = false;
    const auto connection =
        QObject::connect(player, &ui::DualPlayer::framePresented, player,
                         [&](int side, qint64) { (side == 0 ? shownA : shownB) = true; });
    if (!waitUntil([&] { return shownA && shownB; }, 300))
        throw std::runtime_error("the player never showed the first frames");
    QObject::disconnect(connection);
    runFor(1.0);

    std::cerr << "playing " << double(a.frames) / a.fps << " s ...\n";
    const std::clock_t cpuStart = std::clock();
    const auto playStart = Clock::now();
    const PlaybackLog play = measurePlayback(*player, a, b);
    const double playSeconds = secondsSince(playStart);
    const double playCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    player->pause();
    runFor(0.5);
    std::cerr << "clicking " << options.seeks << " times on the originals ...\n";
    const SeekLog seeksOriginal = measureSeeks(*player, a, options.seeks);

    // What the GUI's SeekProxyController does after the analysis: a proxy per long-GOP film.
    std::cerr << "building seek proxies ...\n";
    const auto proxyStart = Clock::now();
    std::vector<std::string> proxies;
    for (const Film* film : {&a, &b}) {
        const auto probed = media::probe(film->path);
        const auto proxy = media::ensureSeekProxy(film->path, *probed.index);
        proxies.push_back(proxy ? proxy->filename().string() : "none (short GOP)");
    }
    const double proxySeconds = secondsSince(proxyStart);
    player->attachSeekProxies();
    runFor(1.0);
    std::cerr << "clicking " << options.seeks << " times with the proxies ...\n";
    const SeekLog seeks = measureSeeks(*player, a, options.seeks);
    printReport(a, b, play, playSeconds, playCpu, seeks, loadBefore);
    std::cout << "\nSeek proxies (built or found in " << proxySeconds << " s): A " << proxies[0]
              << ", B " << proxies[1] << "\n";
    printSeeks("Without proxies, clicks", seeksOriginal);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--seconds" && hasValue)
            options.seconds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--media-dir" && hasValue)
            options.mediaDir = argv[++i];
        else if (arg == "--film-a" && hasValue)
            options.filmA = argv[++i];
        else if (arg == "--film-b" && hasValue)
            options.filmB = argv[++i];
        else if (arg == "--seeks" && hasValue)
            options.seeks = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--verbose")
            options.verbose = true;
        else {
            std::cerr << "usage: playback_bench [--seconds N] [--media-dir DIR] [--film-a PATH] "
                         "[--film-b PATH] [--seeks N] [--verbose]\n";
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    log::initialize({.directory = {}, .verbose = options.verbose});
    try {
        return run(options);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}
