#include "cli_command.h"
#include "console_progress.h"
#include "segmentation_options.h"
#include "table_output.h"

#include "analysis/pipeline/film_segmenter.h"
#include "analysis/segmentation/shot_list.h"
#include "media/probe.h"

#include <iostream>
#include <memory>

namespace diptych::cli {

CommandAction addShotsCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "shots", "Cut a film into shots (hard cuts, dissolves, fades, wipes) and print them");
    struct Options
    {
        std::string file;
        std::string format = "csv";
        SegmentationOptions segmentation;
    };
    auto options = std::make_shared<Options>();
    command->add_option("FILE", options->file, "Media file")->required();
    command->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"csv", "json"}));
    addSegmentationOptions(*command, options->segmentation);
    command->footer(
        "Columns: index,start_frame,end_frame,start_s,end_s,transition_in,transition_frames.\n"
        "Frames are 0-based in presentation order, [start_frame, end_frame). A gradual\n"
        "transition's boundary is its midpoint; transition_frames is its length (0 for a cut).");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        const auto probed = media::probe(options->file);
        const auto& index = *probed.index;
        ConsoleProgress progress;
        const auto boundaries = analysis::detectShotBoundaries(
            options->file, options->segmentation.apply({}), &interruptToken(),
            [&](long long done, long long total) {
                progress.show("segmenting: " + std::to_string(done) + "/" + std::to_string(total) +
                              " frames");
            });
        progress.done();
        const auto shots = analysis::shotsFromBoundaries(boundaries, index.frameCount());

        Table table;
        table.columns = {"index", "start_frame",   "end_frame",        "start_s",
                         "end_s", "transition_in", "transition_frames"};
        auto secondsAt = [&](model::Frame frame) {
            return frame >= index.frameCount() ? index.durationSeconds() : index.secondsOf(frame);
        };
        for (std::size_t i = 0; i < shots.size(); ++i) {
            const auto& shot = shots[i];
            std::vector<Cell> row;
            row.emplace_back(std::int64_t(i));
            row.emplace_back(std::int64_t(shot.startFrame));
            row.emplace_back(std::int64_t(shot.endFrame));
            row.emplace_back(secondsAt(shot.startFrame));
            row.emplace_back(secondsAt(shot.endFrame));
            row.emplace_back(std::string(model::toString(shot.transition)));
            row.emplace_back(std::int64_t(shot.transitionFrames));
            table.rows.push_back(std::move(row));
        }
        writeTable(std::cout, table, options->format);
        return 0;
    };
}

} // namespace diptych::cli
