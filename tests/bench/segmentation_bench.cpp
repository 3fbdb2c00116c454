// Shot-segmentation benchmark: runs the HSV baseline (PySceneDetect ContentDetector defaults)
// and Diptych's ShotDetector over (a) every hand-labelled real clip (tests/data/shot_boundaries,
// clips in $DIPTYCH_SHARED_DIR/media), (b) a fixed set of synthetic films rendered with the
// ffmpeg CLI from lavfi sources with known transitions, flashes and camera shake, and (c) films
// composed of the labelled clips' shots joined again by known cuts, dissolves and fades
// (composed_films.h), fixed ones and (d) random ones held out from tuning, and prints
// precision / recall / F1 per class (hard cuts, gradual
// transitions) with a 2-frame tolerance, as a Markdown table. Also prints the
// detector's cost per frame (signature + decisions, decoding excluded).
//
// Usage: DIPTYCH_SHARED_DIR=/work/shared segmentation_bench [LABEL_FOLDER]
#include "analysis/segmentation/boundary_evaluation.h"
#include "analysis/segmentation/boundary_truth.h"
#include "analysis/segmentation/hsv_content_detector.h"
#include "analysis/segmentation/shot_detector.h"
#include "composed_films.h"
#include "media/video_decoder.h"
#include "synthetic_films.h"
#include "temp_dir.h"
#include "test_media.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace {

using namespace diptych;
using namespace diptych::analysis;

struct Totals
{
    BoundaryScore baseline;
    BoundaryScore detector;
};

void add(BoundaryScore& total, const BoundaryScore& score)
{
    total.cuts += score.cuts;
    total.gradual += score.gradual;
}

std::string cell(const BoundaryClassScore& s)
{
    std::ostringstream text;
    text << std::fixed << std::setprecision(3) << s.precision() << " / " << s.recall() << " / "
         << s.f1() << " (" << s.truePositives << "/" << s.falsePositives << "/" << s.falseNegatives
         << ")";
    return text.str();
}

struct Timing
{
    double seconds = 0;
    long long frames = 0;
};

/// Decodes `film` once at the analysis width and runs both detectors on the same frames.
std::pair<std::vector<ShotBoundary>, std::vector<ShotBoundary>>
runBoth(const std::filesystem::path& film, Timing& timing)
{
    media::VideoDecoder decoder(film);
    const auto& video = decoder.info().video;
    const double fps =
        video.averageRate.isValid() ? video.averageRate.toDouble() : video.nominalRate.toDouble();
    HsvContentDetector baseline;
    ShotDetector detector({}, fps > 0 ? fps : 24.0);
    std::vector<ShotBoundary> ours;
    decoder.seekSequential(0);
    for (auto n = decoder.decodeNext(); n >= 0; n = decoder.decodeNext()) {
        AnalysisFrame frame;
        frame.index = n;
        frame.bgr = decoder.currentImage(kAnalysisWidth);
        baseline.push(decoder.currentImage(HsvContentOptions{}.width), n);
        const auto start = std::chrono::steady_clock::now();
        detector.push(frame);
        auto decided = detector.takeFinal();
        timing.seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ++timing.frames;
        ours.insert(ours.end(), decided.begin(), decided.end());
    }
    const auto rest = detector.finish();
    ours.insert(ours.end(), rest.begin(), rest.end());
    return {baseline.cuts(), ours};
}

void printClip(const std::string& name, const BoundaryScore& baseline, const BoundaryScore& ours)
{
    std::cout << "| " << name << " | " << cell(baseline.cuts) << " | " << cell(ours.cuts) << " | "
              << cell(baseline.gradual) << " | " << cell(ours.gradual) << " |\n";
}

} // namespace

int main(int argc, char** argv)
{
    const std::filesystem::path labels = argc > 1
                                             ? std::filesystem::path(argv[1])
                                             : std::filesystem::path(DIPTYCH_SHOT_BOUNDARY_LABELS);
    const auto media = diptych::test::sharedMediaDirectory();
    if (!media) {
        std::cerr << "DIPTYCH_SHARED_DIR is not set: no real clips to run on\n";
        return 1;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(labels))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::cout << "Cells: P / R / F1 (tp/fp/fn), tolerance 2 frames. Baseline: HSV content "
                 "(threshold 27, min shot 15). Diptych: ShotDetector v"
              << kShotDetectorVersion << " defaults.\n\n"
              << "| clip | cuts baseline | cuts Diptych | gradual baseline | gradual Diptych |\n"
              << "|---|---|---|---|---|\n";
    Totals real;
    Totals synthetic;
    Totals composed;
    Totals random; // held out: not looked at while the detector was tuned
    Timing timing;
    try {
        // Runs both detectors on one film, prints its row and adds it to `totals`.
        const auto score = [&](const std::string& label, const std::filesystem::path& path,
                               const std::vector<ShotBoundary>& truth, Totals& totals) {
            const auto [base, ours] = runBoth(path, timing);
            const auto b = evaluateBoundaries(truth, base, 2);
            const auto o = evaluateBoundaries(truth, ours, 2);
            printClip(label, b, o);
            add(totals.baseline, b);
            add(totals.detector, o);
        };
        for (const auto& file : files) {
            const BoundaryTruth truth = loadBoundaryTruth(file);
            score(truth.clip, *media / truth.clip, truth.boundaries, real);
        }
        diptych::test::TempDir directory;
        for (const auto& name : diptych::test::syntheticFilmNames()) {
            const auto film = diptych::test::makeSyntheticFilm(name, directory.path());
            score("synthetic: " + name, film.path, film.truth, synthetic);
        }
        for (const auto& name : diptych::test::composedFilmNames()) {
            const auto film =
                diptych::test::makeComposedFilm(name, labels, *media, directory.path());
            score(name, film.path, film.truth, composed);
        }
        for (const auto& name : diptych::test::randomFilmNames()) {
            const auto film =
                diptych::test::makeComposedFilm(name, labels, *media, directory.path());
            score(name, film.path, film.truth, random);
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    Totals all = real;
    add(all.baseline, synthetic.baseline);
    add(all.detector, synthetic.detector);
    add(all.baseline, composed.baseline);
    add(all.detector, composed.detector);
    add(all.baseline, random.baseline);
    add(all.detector, random.detector);

    std::cout << "\n| set | detector | cuts P / R / F1 | gradual P / R / F1 |\n|---|---|---|---|\n";
    for (const auto& [name, totals] : {std::pair<std::string, const Totals&>{"real", real},
                                       {"synthetic", synthetic},
                                       {"composed", composed},
                                       {"random (held out)", random},
                                       {"all", all}}) {
        std::cout << "| " << name << " | HSV baseline | " << cell(totals.baseline.cuts) << " | "
                  << cell(totals.baseline.gradual) << " |\n";
        std::cout << "| " << name << " | Diptych | " << cell(totals.detector.cuts) << " | "
                  << cell(totals.detector.gradual) << " |\n";
    }
    std::cout << "\nDiptych ShotDetector cost: " << std::fixed << std::setprecision(3)
              << 1000.0 * timing.seconds / double(std::max(1LL, timing.frames))
              << " ms per frame over " << timing.frames
              << " frames (320 px analysis frames, decoding excluded)\n";
    return 0;
}
