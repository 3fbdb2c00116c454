// FilmAudio and its AudioRing: the ring's contract, then real films made with the ffmpeg CLI (a
// 440 Hz sine muxed with a small video, and the same video without sound) decoded by the real
// AudioDecoder and read through the pull-mode source as a sound device would read it.
#include "player/audio_ring.h"
#include "player/film_audio.h"
#include "temp_dir.h"
#include "test_media.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QIODevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstring>
#include <future>
#include <numbers>
#include <numeric>
#include <thread>

using namespace diptych;
using namespace std::chrono_literals;
using diptych::ui::AudioRing;
using diptych::ui::FilmAudio;

namespace {

constexpr int kRate = 48000;
constexpr int kChannels = 2;
constexpr double kToneHz = 440.0;
constexpr double kRadiansPerSample = 2.0 * std::numbers::pi * kToneHz / kRate;

// A 2 s, 160x120 film at 24 fps; with a 440 Hz stereo sine (AAC, as most films carry) or
// without any audio stream.
std::filesystem::path makeFilm(const test::TempDir& dir, bool withSound)
{
    const auto path = dir / (withSound ? "tone.mp4" : "silent.mp4");
    std::string command = "ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "
                          "testsrc2=size=160x120:rate=24:duration=2";
    if (withSound)
        command += " -f lavfi -i sine=frequency=440:duration=2:sample_rate=48000 -c:a aac -ac 2";
    command +=
        " -c:v libx264 -preset ultrafast -pix_fmt yuv420p " + test::shellQuote(path.string());
    REQUIRE(test::runCommand(command) == 0);
    return path;
}

bool openAndWait(FilmAudio& audio, const std::filesystem::path& path)
{
    QSignalSpy opened(&audio, &FilmAudio::opened);
    audio.open(path);
    REQUIRE(opened.wait(10000));
    return opened.front().front().toBool();
}

// Pulls up to `frames` interleaved float frames from the source, as a sink would, giving the
// decoding thread up to `timeout` to deliver them.
std::vector<float> pull(FilmAudio& audio, std::size_t frames,
                        std::chrono::milliseconds timeout = 10s)
{
    std::vector<float> samples;
    std::vector<char> bytes(4096 * sizeof(float));
    QElapsedTimer clock;
    clock.start();
    while (samples.size() < frames * kChannels && clock.elapsed() < timeout.count()) {
        const qint64 want = std::min<qint64>(
            qint64(bytes.size()), qint64((frames * kChannels - samples.size()) * sizeof(float)));
        const qint64 got = audio.source()->read(bytes.data(), want);
        REQUIRE(got >= 0);
        REQUIRE(got % qint64(kChannels * sizeof(float)) == 0); // whole frames only
        if (got == 0) {
            std::this_thread::sleep_for(1ms);
            continue;
        }
        const std::size_t first = samples.size();
        samples.resize(first + std::size_t(got) / sizeof(float));
        std::memcpy(samples.data() + first, bytes.data(), std::size_t(got));
    }
    return samples;
}

struct ToneFit
{
    double amplitude = 0;
    double phase = 0; ///< radians against a sine that starts at film time 0
    double worstResidual = 0;
};

// Least-squares fit of the 440 Hz tone to one channel's frames [first, first + count), frame 0
// being heard at `startSeconds`. `count` should span whole periods (1200 frames are 11).
ToneFit fitTone(const std::vector<float>& interleaved, int channel, std::size_t first,
                std::size_t count, double startSeconds)
{
    const auto angle = [&](std::size_t i) {
        return 2.0 * std::numbers::pi * kToneHz * (startSeconds + double(i) / kRate);
    };
    const auto sample = [&](std::size_t i) {
        return double(interleaved[i * kChannels + std::size_t(channel)]);
    };
    double inPhase = 0;
    double quadrature = 0;
    for (std::size_t i = first; i < first + count; ++i) {
        inPhase += sample(i) * std::sin(angle(i));
        quadrature += sample(i) * std::cos(angle(i));
    }
    ToneFit fit;
    fit.amplitude = 2.0 * std::hypot(inPhase, quadrature) / double(count);
    fit.phase = std::atan2(quadrature, inPhase);
    for (std::size_t i = first; i < first + count; ++i)
        fit.worstResidual =
            std::max(fit.worstResidual,
                     std::abs(sample(i) - fit.amplitude * std::sin(angle(i) + fit.phase)));
    return fit;
}

} // namespace

TEST_CASE("the audio ring keeps the order across wrap-arounds and never holds more than its "
          "capacity",
          "[ui][audio]")
{
    AudioRing ring(10);
    constexpr std::size_t kCount = 10000;
    auto producer = std::async(std::launch::async, [&ring]() {
        std::vector<float> chunk;
        for (std::size_t next = 0; next < kCount;) {
            chunk.clear();
            for (int i = 0; i < 7 && next < kCount; ++i)
                chunk.push_back(float(next++));
            if (!ring.push(chunk))
                return false;
        }
        return true;
    });
    std::vector<float> received;
    float buffer[3];
    QElapsedTimer clock;
    clock.start();
    std::size_t mostQueued = 0;
    while (received.size() < kCount && clock.elapsed() < 10000) {
        mostQueued = std::max(mostQueued, ring.size());
        const std::size_t got = ring.pop(buffer);
        received.insert(received.end(), buffer, buffer + got);
    }
    CHECK(producer.get());
    CHECK(mostQueued <= ring.capacity());
    std::vector<float> sent(kCount);
    std::iota(sent.begin(), sent.end(), 0.0f);
    CHECK(received == sent);
    CHECK(ring.popped() == kCount);
    CHECK(ring.pop(buffer) == 0); // empty: the consumer does not wait

    // A producer with more than fits waits for the consumer.
    AudioRing small(8);
    const std::vector<float> twenty(20, 1.0f);
    auto blocked = std::async(std::launch::async, [&]() { return small.push(twenty); });
    while (small.size() < 8)
        std::this_thread::sleep_for(1ms);
    CHECK(blocked.wait_for(50ms) == std::future_status::timeout);
    CHECK(small.size() == 8);
    std::size_t drained = 0;
    while (drained < twenty.size())
        drained += small.pop(buffer);
    CHECK(blocked.get());
    CHECK(drained == twenty.size());
}

TEST_CASE("stopping the audio ring wakes a waiting producer and drops what was queued",
          "[ui][audio]")
{
    AudioRing ring(4);
    const std::vector<float> four{1, 2, 3, 4};
    REQUIRE(ring.push(four));
    float one[1];
    REQUIRE(ring.pop(one) == 1);
    auto blocked = std::async(std::launch::async, [&]() { return ring.push(four); });
    CHECK(blocked.wait_for(50ms) == std::future_status::timeout);
    ring.stop();
    REQUIRE(blocked.wait_for(5s) == std::future_status::ready);
    CHECK_FALSE(blocked.get());
    CHECK(ring.size() == 0);
    CHECK(ring.popped() == 0);
    CHECK_FALSE(ring.push(four)); // stays stopped ...
    ring.restart();
    CHECK(ring.push(four)); // ... until restarted
    CHECK(ring.size() == 4);
}

TEST_CASE("film audio plays the film's sound from the requested time", "[ui][audio]")
{
    const test::TempDir dir;
    FilmAudio audio(nullptr, FilmAudio::Output::None);
    CHECK_FALSE(audio.hasOutput());
    CHECK(openAndWait(audio, makeFilm(dir, true)));
    CHECK(audio.hasAudio());

    // A seek during playback: only the second start is heard. 1.0005 s is 24 samples into an
    // AAC frame and a fifth of a period off the tone's phase at 0.5 s.
    constexpr double kFrom = 1.0005;
    audio.play(0.5, 1.0);
    audio.play(kFrom, 1.0);
    CHECK(audio.playedSeconds() == kFrom);
    constexpr std::size_t kFrames = kRate / 5;
    const auto samples = pull(audio, kFrames);
    REQUIRE(samples.size() == kFrames * kChannels);

    // The tone from kFrom on, in phase with the film's time. The fit starts 50 ms in: the AAC
    // decoder's first frame after a seek may be slightly off (about a quarter sample here).
    for (int c = 0; c < kChannels; ++c) {
        CAPTURE(c);
        const ToneFit fit = fitTone(samples, c, 2400, 6000, kFrom);
        CHECK(fit.amplitude > 0.05); // lavfi's sine is at 1/8 full scale, less 3 dB to stereo
        CHECK(std::abs(fit.phase) < kRadiansPerSample / 4); // to a quarter of a sample
        CHECK(fit.worstResidual < 0.01);
    }
    CHECK(audio.playedSeconds() == Approx(kFrom + double(kFrames) / kRate).margin(1e-9));

    // Stopping freezes the position and silences the source.
    audio.stop();
    const double stoppedAt = audio.playedSeconds();
    CHECK(stoppedAt == Approx(kFrom + 0.2).margin(1e-9));
    CHECK(pull(audio, 1, 100ms).empty());
    CHECK(audio.playedSeconds() == stoppedAt);

    // Other speeds are silent: editors mute while shuttling.
    audio.play(0.25, 2.0);
    CHECK(pull(audio, 1, 200ms).empty());
    CHECK(audio.playedSeconds() == 0.25);
    audio.play(0.25, -1.0);
    CHECK(pull(audio, 1, 200ms).empty());

    // Sound runs to the end of the film and then stops.
    audio.play(1.9, 1.0);
    const auto tail = pull(audio, kRate, 1s);
    CHECK(tail.size() / kChannels == Approx(0.1 * kRate).margin(0.01 * kRate));
}

TEST_CASE("a film without sound opens silently, without an error", "[ui][audio]")
{
    const test::TempDir dir;
    FilmAudio audio(nullptr, FilmAudio::Output::None);
    CHECK_FALSE(openAndWait(audio, makeFilm(dir, false)));
    CHECK_FALSE(audio.hasAudio());
    audio.play(0.5, 1.0);
    CHECK(pull(audio, 1, 200ms).empty());
    CHECK(audio.playedSeconds() == 0.5);
    audio.stop();

    // Choosing another film brings its sound; an empty path closes.
    CHECK(openAndWait(audio, makeFilm(dir, true)));
    CHECK(audio.hasAudio());
    audio.play(0.0, 1.0);
    CHECK(pull(audio, 1024).size() == 1024 * kChannels);
    CHECK_FALSE(openAndWait(audio, {}));
    CHECK_FALSE(audio.hasAudio());
}

TEST_CASE("film audio on the default output works with or without a sound device", "[ui][audio]")
{
    const test::TempDir dir;
    FilmAudio audio;
    // Headless machines have no device: then nothing is heard and nothing fails.
    CHECK(audio.hasOutput() == !QMediaDevices::defaultAudioOutput().isNull());
    CHECK(openAndWait(audio, makeFilm(dir, true)));
    audio.setVolume(0.5);
    audio.setMuted(true);
    audio.play(0.5, 1.0);
    QThread::msleep(200);
    CHECK(audio.playedSeconds() >= 0.5);
    audio.setMuted(false);
    audio.stop();
    CHECK(audio.playedSeconds() >= 0.5);
}
