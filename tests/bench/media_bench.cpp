// Media engine benchmark: sequential decode throughput against `ffmpeg -f null` on the same
// file, random-seek latency to exact frames and backward single-frame steps.
//
// Usage: bench_media [FILE] [--threads T] [--seeks N]
// Without FILE it makes a 1080p24 H.264 file with GOP 250 and B-frames (from the Big Buck
// Bunny trailer in $DIPTYCH_SHARED_DIR/media when present, else from a synthetic source).
// Prints a Markdown table for the README.
#include "bench_files.h"
#include "media/probe.h"
#include "media/seek_proxy.h"
#include "media/video_decoder.h"
#include "test_media.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using diptych::bench::Clock;
using diptych::bench::ffmpegNullSeconds;
using diptych::bench::secondsSince;

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at =
        std::size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[at];
}

std::vector<double> randomSeekMs(const std::filesystem::path& file,
                                 std::shared_ptr<const diptych::media::FrameIndex> index,
                                 const diptych::media::DecoderOptions& options, int seeks)
{
    std::mt19937 random(2024);
    std::uniform_int_distribution<std::int64_t> anyFrame(0, index->frameCount() - 1);
    std::vector<double> ms;
    diptych::media::VideoDecoder decoder(file, std::move(index), options);
    for (int i = 0; i < seeks; ++i) {
        const auto target = anyFrame(random);
        const auto start = Clock::now();
        (void)decoder.frame(target);
        ms.push_back(secondsSince(start) * 1000.0);
    }
    return ms;
}

std::vector<double> backwardStepMs(const std::filesystem::path& file,
                                   std::shared_ptr<const diptych::media::FrameIndex> index,
                                   const diptych::media::DecoderOptions& options)
{
    std::mt19937 random(7);
    std::uniform_int_distribution<std::int64_t> anyFrame(300, index->frameCount() - 1);
    std::vector<double> ms;
    diptych::media::VideoDecoder decoder(file, std::move(index), options);
    for (int run = 0; run < 3; ++run) {
        std::int64_t at = anyFrame(random);
        (void)decoder.frame(at);
        for (int step = 0; step < 150 && at > 0; ++step) {
            --at;
            const auto start = Clock::now();
            (void)decoder.frame(at);
            ms.push_back(secondsSince(start) * 1000.0);
        }
    }
    return ms;
}

std::string summary(const std::vector<double>& ms)
{
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << percentile(ms, 0.5) << " / "
         << percentile(ms, 0.95) << " / " << percentile(ms, 1.0) << " ms";
    return text.str();
}

} // namespace

int main(int argc, char** argv)
{
    std::filesystem::path file;
    int threads = 0;
    int seeks = 200;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (arg == "--seeks" && i + 1 < argc)
            seeks = std::atoi(argv[++i]);
        else if (arg.starts_with("-") || !file.empty()) {
            std::cerr << "usage: bench_media [FILE] [--threads T] [--seeks N]\n";
            return 2;
        } else
            file = arg;
    }
    try {
        file = diptych::bench::benchFile(file);
        const int ffmpegThreads = threads;
        diptych::media::ProbeOptions probeOptions;
        probeOptions.useCache = false;
        const auto probeStart = Clock::now();
        const auto probed = diptych::media::probe(file, probeOptions);
        const double probeSeconds = secondsSince(probeStart);
        const auto frames = probed.info.video.frameCount;

        // 1. Sequential decoding, best of two runs each, interleaved so both see the same load.
        diptych::media::DecoderOptions options;
        options.threads = threads;
        double ours = 1e9;
        double reference = 1e9;
        double oursConverted = 1e9;
        for (int run = 0; run < 2; ++run) {
            reference = std::min(reference, ffmpegNullSeconds(file, ffmpegThreads));
            {
                diptych::media::VideoDecoder decoder(file, probed.index, options);
                const auto start = Clock::now();
                std::int64_t decoded = 0;
                decoder.seekSequential(0);
                while (decoder.decodeNext() >= 0)
                    ++decoded;
                ours = std::min(ours, secondsSince(start));
                if (decoded != frames)
                    std::cerr << "warning: decoded " << decoded << " of " << frames << '\n';
            }
            {
                diptych::media::VideoDecoder decoder(file, probed.index, options);
                const auto start = Clock::now();
                decoder.seekSequential(0);
                while (decoder.decodeNext() >= 0)
                    (void)decoder.currentImage(480);
                oursConverted = std::min(oursConverted, secondsSince(start));
            }
        }

        // 2. Random seeks to exact frames and backward single-frame steps, on the original.
        const auto seekMs = randomSeekMs(file, probed.index, options, seeks);
        const auto stepMs = backwardStepMs(file, probed.index, options);

        // 3. The same on the seek proxy (short GOP, fast-decode H.264) built from the file.
        const auto proxyPath =
            diptych::test::mediaDirectory() / (file.stem().string() + ".proxy.mp4");
        const auto proxyStart = Clock::now();
        diptych::media::buildSeekProxy(file, proxyPath);
        const double proxySeconds = secondsSince(proxyStart);
        const auto proxy = diptych::media::probe(proxyPath, probeOptions);
        if (proxy.index->frameCount() != frames)
            throw std::runtime_error("the proxy has a different frame count");
        const auto proxySeekMs = randomSeekMs(proxyPath, proxy.index, options, seeks);
        const auto proxyStepMs = backwardStepMs(proxyPath, proxy.index, options);

        const auto& v = probed.info.video;
        std::cout << std::fixed << std::setprecision(1);
        std::cout << "File: " << file.filename().string() << " (" << v.codec << ' ' << v.width
                  << 'x' << v.height << ", " << frames << " frames, "
                  << probed.index->keyframes().size() << " keyframes), decoder threads "
                  << (threads == 0 ? std::string("auto") : std::to_string(threads)) << "\n\n";
        std::cout << "| measure | result | target |\n|---|---|---|\n";
        std::cout << "| frame index scan (probe) | " << probeSeconds * 1000 << " ms | - |\n";
        std::cout << "| `ffmpeg -f null` decode | " << frames / reference << " fps | reference |\n";
        std::cout << "| Diptych sequential decode | " << frames / ours
                  << " fps = " << std::setprecision(2) << reference / ours << std::setprecision(1)
                  << "x ffmpeg | >= 0.9x |\n";
        std::cout << "| Diptych sequential decode + BGR 480 px | " << frames / oursConverted
                  << " fps | - |\n";
        std::cout << "| random exact seek, original, p50 / p95 / max (" << seeks << ") | "
                  << summary(seekMs) << " | p95 <= 250 ms |\n";
        std::cout << "| backward step, original, p50 / p95 / max (" << stepMs.size() << ") | "
                  << summary(stepMs) << " | p95 <= 60 ms |\n";
        std::cout << "| seek proxy build (" << proxy.info.video.width << 'x'
                  << proxy.info.video.height << ", "
                  << std::filesystem::file_size(proxyPath) / 1000000 << " MB) | " << proxySeconds
                  << " s = " << frames / proxySeconds << " fps | - |\n";
        std::cout << "| random exact seek, proxy, p50 / p95 / max (" << seeks << ") | "
                  << summary(proxySeekMs) << " | p95 <= 250 ms |\n";
        std::cout << "| backward step, proxy, p50 / p95 / max (" << proxyStepMs.size() << ") | "
                  << summary(proxyStepMs) << " | p95 <= 60 ms |\n";
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
