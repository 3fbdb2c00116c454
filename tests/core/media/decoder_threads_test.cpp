// One decoder per thread: instances are independent, so several running at once on different
// threads (on the same file or on different ones) each deliver exactly their frames.
#include "media/probe.h"
#include "media/video_decoder.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <random>
#include <thread>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::readFrameNumber;

TEST_CASE("Decoders on different threads work in parallel and stay exact",
          "[media][decoder][threads]")
{
    // Resolve paths (and generate media) up front: the workers only decode.
    const std::vector<std::filesystem::path> files = {
        mediaPath("h264_longgop.mp4"), mediaPath("hevc.mkv"),
        mediaPath("vp9.webm"),         mediaPath("mpeg2.ts"),
        mediaPath("h264_longgop.mp4"), mediaPath("h264_opengop.mkv")};
    // One probe shared by two decoders: the index is immutable and may be shared.
    media::ProbeOptions options;
    options.useCache = false;
    const auto shared = media::probe(files[0], options).index;

    std::atomic<int> wrong{0};
    std::atomic<int> decoded{0};
    std::vector<std::string> failures(files.size());
    std::vector<std::thread> workers;
    for (std::size_t w = 0; w < files.size(); ++w) {
        workers.emplace_back([&, w] {
            try {
                // Small decoder thread counts: the point is concurrency between instances.
                media::DecoderOptions decoderOptions;
                decoderOptions.threads = 1;
                const auto index =
                    w == 0 || w == 4 ? shared : media::probe(files[w], options).index;
                media::VideoDecoder decoder(files[w], index, decoderOptions);
                std::mt19937 random(unsigned(w) + 1);
                std::uniform_int_distribution<std::int64_t> any(0, decoder.frameCount() - 1);
                for (int i = 0; i < 12; ++i) {
                    const auto k = any(random);
                    if (readFrameNumber(decoder.frame(k)) != int(k))
                        ++wrong;
                    ++decoded;
                }
                decoder.seekSequential(decoder.frameCount() - 30);
                for (auto n = decoder.decodeNext(); n >= 0; n = decoder.decodeNext()) {
                    if (readFrameNumber(decoder.currentImage()) != int(n))
                        ++wrong;
                    ++decoded;
                }
            } catch (const std::exception& e) {
                failures[w] = e.what();
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    for (const auto& failure : failures)
        CHECK(failure.empty());
    CHECK(wrong == 0);
    CHECK(decoded == int(files.size()) * (12 + 30));
}

TEST_CASE("Probing the same file from several threads gives the same index",
          "[media][probe][threads]")
{
    const auto path = mediaPath("h264_opengop.mkv");
    media::ProbeOptions options;
    options.useCache = false;
    std::vector<std::shared_ptr<const media::FrameIndex>> results(4);
    std::vector<std::thread> workers;
    for (std::size_t w = 0; w < results.size(); ++w)
        workers.emplace_back([&, w] { results[w] = media::probe(path, options).index; });
    for (auto& worker : workers)
        worker.join();
    for (const auto& result : results) {
        REQUIRE(result);
        CHECK(*result == *results.front());
        CHECK(result->frameCount() == test::ffprobeFrameCount(path));
    }
}
