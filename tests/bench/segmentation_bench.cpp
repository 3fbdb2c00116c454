// Shot-segmentation benchmark: runs a detector over every hand-labelled real clip
// (tests/data/shot_boundaries) and prints precision, recall and F1 per class (hard cuts,
// gradual transitions), scored with a 2-frame tolerance as the issue defines it.
//
// Usage: DIPTYCH_SHARED_DIR=../shared segmentation_bench [LABEL_FOLDER]
// Detectors so far: the HSV content-difference baseline (PySceneDetect ContentDetector
// defaults), which every Diptych segmenter must clearly beat.
#include "analysis/boundary_evaluation.h"
#include "analysis/boundary_truth.h"
#include "analysis/hsv_content_detector.h"
#include "test_media.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace {

using namespace diptych::analysis;

void printRow(const std::string& name, const BoundaryScore& score)
{
    const auto cell = [](const BoundaryClassScore& s) {
        std::ostringstream text;
        text << std::fixed << std::setprecision(3) << s.precision() << " / " << s.recall() << " / "
             << s.f1() << " (" << s.truePositives << " tp, " << s.falsePositives << " fp, "
             << s.falseNegatives << " fn)";
        return text.str();
    };
    std::cout << "| " << name << " | " << cell(score.cuts) << " | " << cell(score.gradual)
              << " |\n";
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

    std::cout << "Detector: HSV content baseline (threshold 27, min shot 15 frames)\n\n"
              << "| clip | cuts P / R / F1 | gradual P / R / F1 |\n|---|---|---|\n";
    BoundaryScore total;
    try {
        for (const auto& file : files) {
            const BoundaryTruth truth = loadBoundaryTruth(file);
            const auto detected = detectCutsWithHsvBaseline(*media / truth.clip);
            const BoundaryScore score = evaluateBoundaries(truth.boundaries, detected, 2);
            printRow(truth.clip, score);
            total.cuts += score.cuts;
            total.gradual += score.gradual;
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    printRow("**all clips**", total);
    return 0;
}
