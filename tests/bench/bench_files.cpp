#include "bench_files.h"

#include "test_media.h"

#include <iostream>
#include <stdexcept>
#include <string>

namespace diptych::bench {

using test::shellQuote;

std::filesystem::path hdBenchFile()
{
    // The two sources get different names: a run with the shared clips must not pick up the
    // test pattern made by an earlier run without them (its one shot analyses far faster).
    const auto shared = test::sharedMediaDirectory();
    const auto path = test::mediaDirectory() / (shared ? "bench_1080p24_gop250_bbb_trailer.mp4"
                                                       : "bench_1080p24_gop250_testsrc2.mp4");
    if (std::filesystem::exists(path))
        return path;
    std::string source = "-f lavfi -i testsrc2=size=1920x1080:rate=24:duration=30";
    std::string filter = "";
    if (shared) {
        source = "-i " + shellQuote((*shared / "bbb_trailer_480p.mkv").string());
        filter = " -vf scale=1920:1080:flags=lanczos,fps=24 -an";
    } else {
        std::cerr << "DIPTYCH_SHARED_DIR is not set: benchmarking a synthetic test pattern "
                     "(one shot), not the real trailer the README reports\n";
    }
    const std::string command =
        "ffmpeg -nostdin -hide_banner -loglevel error -y " + source + filter +
        " -c:v libx264 -preset fast -crf 20 -g 250 -keyint_min 250 -sc_threshold 0 -bf 3 "
        "-pix_fmt yuv420p " +
        shellQuote(path.string());
    std::cerr << "making " << path << " ...\n";
    if (test::runCommand(command) != 0)
        throw std::runtime_error("cannot make the benchmark file");
    return path;
}

std::filesystem::path benchFile(const std::filesystem::path& given)
{
    if (given.empty())
        return hdBenchFile();
    if (!std::filesystem::is_regular_file(given))
        throw std::runtime_error(given.string() + ": no such file");
    return given;
}

double ffmpegNullSeconds(const std::filesystem::path& file, int threads)
{
    const auto start = Clock::now();
    const std::string command = "ffmpeg -nostdin -hide_banner -loglevel error -threads " +
                                std::to_string(threads) + " -i " + shellQuote(file.string()) +
                                " -an -f null -";
    if (test::runCommand(command) != 0)
        throw std::runtime_error("ffmpeg failed");
    return secondsSince(start);
}

} // namespace diptych::bench
