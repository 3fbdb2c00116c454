#include "analysis/color/color_frame_stats.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <opencv2/core.hpp>

#include <string>
#include <vector>

using namespace diptych;
using namespace diptych::analysis::color;

namespace {

/// Renders 12 frames of a neutral grey ramp (dark top-left to light bottom-right, with a
/// little temporal noise so that it is not a still) through `filters` into a lossless clip.
std::filesystem::path renderClip(const test::TempDir& dir, const std::string& name,
                                 const std::string& filters)
{
    const auto out = dir / name;
    const std::string source = "gradients=s=320x180:r=24:d=0.5:c0=0x1a1a1a:c1=0xe0e0e0:"
                               "x0=0:y0=0:x1=319:y1=179:speed=0.00001";
    const std::string command = "ffmpeg -nostdin -v error -y -f lavfi -i " +
                                test::shellQuote(source) + " -vf " +
                                test::shellQuote("noise=alls=6:allf=t:all_seed=5," + filters) +
                                " -c:v ffv1 -pix_fmt bgr0 " + test::shellQuote(out.string());
    REQUIRE(test::runCommand(command) == 0);
    return out;
}

struct Grade
{
    double index = 0, orange = 0, teal = 0, splitTone = 0;
};

Grade measureClip(const std::filesystem::path& clip)
{
    const auto frames = test::ffmpegFrames(clip, 0, 12, cv::Size(320, 180));
    REQUIRE(frames.size() == 12);
    Grade mean;
    for (const auto& frame : frames) {
        const ColorFrameStats stats = measureColor(frame);
        mean.index += stats.tealOrangeIndex / 12.0;
        mean.orange += stats.orangeMass / 12.0;
        mean.teal += stats.tealMass / 12.0;
        mean.splitTone += stats.splitTone / 12.0;
    }
    return mean;
}

} // namespace

TEST_CASE("A teal-orange grade made with FFmpeg raises the teal-orange index",
          "[analysis][color][ffmpeg]")
{
    test::TempDir dir;
    const auto plain = renderClip(dir, "plain.mkv", "null");
    // The blockbuster look as a colourist's curves: shadows lose red and gain green and blue
    // (teal), highlights gain red and lose blue (orange).
    const auto graded = renderClip(dir, "graded.mkv",
                                   "curves=r='0/0 0.3/0.14 0.7/0.84 1/1':"
                                   "g='0/0 0.3/0.36 0.7/0.72 1/1':"
                                   "b='0/0 0.3/0.40 0.7/0.56 1/0.9'");
    // The inverted split (orange shadows, blue-teal highlights).
    const auto inverted = renderClip(dir, "inverted.mkv",
                                     "curves=r='0/0 0.3/0.40 0.7/0.56 1/0.9':"
                                     "g='0/0 0.3/0.30 0.7/0.70 1/1':"
                                     "b='0/0 0.3/0.14 0.7/0.84 1/1'");
    const Grade before = measureClip(plain);
    const Grade after = measureClip(graded);
    const Grade reversed = measureClip(inverted);
    CAPTURE(before.index, before.orange, before.teal, before.splitTone);
    CAPTURE(after.index, after.orange, after.teal, after.splitTone);
    CAPTURE(reversed.index, reversed.splitTone);
    CHECK(before.index < 0.02);
    CHECK(after.index > 0.15);
    CHECK(after.orange > before.orange + 0.05);
    CHECK(after.teal > before.teal + 0.05);
    // The split-tone index tells the classic grade from its inversion.
    CHECK(std::abs(before.splitTone) < 2.0);
    CHECK(after.splitTone > 10.0);
    CHECK(reversed.splitTone < -10.0);
}
