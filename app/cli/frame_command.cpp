#include "cli_command.h"

#include "common/error.h"
#include "media/video_decoder.h"

#include <opencv2/imgcodecs.hpp>

#include <memory>

namespace diptych::cli {

CommandAction addFrameCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "frame", "Write exactly one frame (0-based, presentation order) as an image");
    struct Options
    {
        std::string file;
        long long index = 0;
        std::string out;
        int width = 0;
    };
    auto options = std::make_shared<Options>();
    command->add_option("FILE", options->file, "Media file")->required();
    command->add_option("--index,-n", options->index, "Frame number, 0-based")
        ->required()
        ->check(CLI::NonNegativeNumber);
    command->add_option("--out,-o", options->out, "Output image (.png, .jpg, .tif)")->required();
    command
        ->add_option("--width,-w", options->width,
                     "Scale to this width in pixels, aspect kept (default: native)")
        ->check(CLI::PositiveNumber);
    return [command, options]() {
        if (!command->parsed())
            return -1;
        media::VideoDecoder decoder(options->file);
        const cv::Mat image = decoder.frame(options->index, options->width);
        bool written = false;
        try {
            written = cv::imwrite(options->out, image);
        } catch (const cv::Exception& e) {
            throw Error(options->out + ": cannot write the image (" + e.err + ")");
        }
        if (!written)
            throw Error(options->out + ": cannot write the image");
        return 0;
    };
}

} // namespace diptych::cli
