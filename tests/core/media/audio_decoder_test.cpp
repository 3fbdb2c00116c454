// AudioDecoder: interleaved float PCM at a requested rate, from with_audio.mkv (a 440 Hz sine,
// stereo, 48 kHz AAC, as long as its 72 video frames at 24 fps: 3 s).
#include "common/error.h"
#include "media/audio_decoder.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace diptych;
using diptych::test::mediaPath;

namespace {

constexpr double kToneHz = 440.0;
constexpr double kClipSeconds = 72.0 / test::kClipFps;

std::vector<float> readAll(media::AudioDecoder& decoder)
{
    std::vector<float> samples;
    std::size_t before = 0;
    while (decoder.read(samples)) {
        REQUIRE(samples.size() > before);
        REQUIRE(samples.size() % std::size_t(decoder.channels()) == 0);
        before = samples.size();
    }
    CHECK(samples.size() == before); // a read at the end appends nothing
    return samples;
}

// One channel of interleaved samples, from `first` frame on.
std::vector<float> channel(const std::vector<float>& interleaved, int channels, int which,
                           std::size_t first = 0)
{
    std::vector<float> out;
    for (std::size_t i = first * std::size_t(channels) + std::size_t(which); i < interleaved.size();
         i += std::size_t(channels))
        out.push_back(interleaved[i]);
    return out;
}

// The dominant frequency from rising zero crossings, measured between the first and last one.
double frequencyByZeroCrossings(const std::vector<float>& signal, int sampleRate)
{
    std::vector<double> rising;
    for (std::size_t i = 1; i < signal.size(); ++i)
        if (signal[i - 1] < 0 && signal[i] >= 0)
            rising.push_back(double(i - 1) + signal[i - 1] / double(signal[i - 1] - signal[i]));
    if (rising.size() < 2)
        return 0;
    return double(rising.size() - 1) * sampleRate / (rising.back() - rising.front());
}

double peak(const std::vector<float>& signal)
{
    double p = 0;
    for (const float s : signal)
        p = std::max(p, double(std::abs(s)));
    return p;
}

} // namespace

TEST_CASE("Audio decodes to interleaved float PCM at the requested rate and layout",
          "[media][audio]")
{
    const int rate = GENERATE(48000, 44100, 22050);
    const int channels = GENERATE(2, 1);
    CAPTURE(rate, channels);
    media::AudioDecoder decoder(mediaPath("with_audio.mkv"), 0, rate, channels);
    CHECK(decoder.sampleRate() == rate);
    CHECK(decoder.channels() == channels);
    const auto samples = readAll(decoder);
    const double frames = double(samples.size()) / channels;
    // The encoder pads the last AAC frame (1024 samples at 48 kHz): allow a little over.
    CHECK(frames / rate == Approx(kClipSeconds).margin(0.05));

    for (int c = 0; c < channels; ++c) {
        const auto signal = channel(samples, channels, c, std::size_t(rate / 10));
        CAPTURE(c);
        CHECK(frequencyByZeroCrossings(signal, rate) == Approx(kToneHz).epsilon(0.01));
        CHECK(peak(signal) > 0.05); // lavfi's sine is at 1/8 full scale
        CHECK(peak(signal) < 1.0);
    }
    if (channels == 2) {
        // The source is the same tone on both channels.
        double difference = 0;
        for (std::size_t i = 0; i + 1 < samples.size(); i += 2)
            difference = std::max(difference, double(std::abs(samples[i] - samples[i + 1])));
        CHECK(difference < 0.01); // AAC joint stereo: equal to well below the tone's 0.125
    }
}

TEST_CASE("Audio keeps the source layout when asked for 0 channels", "[media][audio]")
{
    media::AudioDecoder decoder(mediaPath("with_audio.mkv"), 0, 48000, 0);
    CHECK(decoder.channels() == 2);
}

TEST_CASE("Audio seek lands at the requested time", "[media][audio]")
{
    constexpr int rate = 48000;
    const auto path = mediaPath("with_audio.mkv");
    media::AudioDecoder whole(path, 0, rate, 1);
    const auto all = readAll(whole);

    for (const double at : {1.5, 0.5, 2.25, 0.0}) {
        CAPTURE(at);
        media::AudioDecoder decoder(path, 0, rate, 1);
        decoder.seek(at);
        const auto rest = readAll(decoder);
        // What is left is the whole minus what lies before `at` (to within 2 ms).
        CHECK(double(all.size() - rest.size()) / rate == Approx(at).margin(0.002));
        // And it is the same signal, aligned to within the container's timestamp precision
        // (Matroska: 1 ms = 48 samples; the tone's period is 109 samples, so the best lag is
        // unambiguous). Compared past the decoder's warm-up after a seek.
        const std::size_t warmUp = 4096;
        const std::size_t length = 2048;
        const auto offset = std::ptrdiff_t(std::llround(at * rate));
        REQUIRE(rest.size() > warmUp + length);
        int bestLag = 0;
        double bestWorst = 1e9;
        for (int lag = -48; lag <= 48; ++lag) {
            double worst = 0;
            for (std::size_t i = warmUp; i < warmUp + length; ++i) {
                const auto j = std::size_t(offset + lag + std::ptrdiff_t(i));
                worst = std::max(worst, double(std::abs(rest[i] - all[j])));
            }
            if (worst < bestWorst) {
                bestWorst = worst;
                bestLag = lag;
            }
        }
        CAPTURE(bestLag);
        CHECK(bestWorst < 0.01);
    }

    // Seeking back after reading to the end starts over.
    media::AudioDecoder again(path, 0, rate, 1);
    readAll(again);
    again.seek(0.0);
    CHECK(readAll(again).size() == Approx(double(all.size())).margin(rate * 0.002));
}

TEST_CASE("Audio errors: bad stream number, bad rate", "[media][audio]")
{
    const auto path = mediaPath("with_audio.mkv");
    CHECK_THROWS_AS(media::AudioDecoder(path, 1), MediaError);
    CHECK_THROWS_AS(media::AudioDecoder(path, 0, 0), MediaError);
    CHECK_THROWS_AS(media::AudioDecoder(path, 0, -44100), MediaError);
}
