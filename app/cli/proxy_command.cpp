#include "cli_command.h"

#include "media/seek_proxy.h"

#include <iostream>
#include <memory>

namespace diptych::cli {

CommandAction addProxyCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "proxy", "Make a seek proxy: the same frames as fast-decode H.264 with short GOPs, "
                 "for instant frame-exact scrubbing");
    struct Options
    {
        std::string file;
        std::string out;
        int maxWidth = 1280;
        int keyframeInterval = 12;
    };
    auto options = std::make_shared<Options>();
    command->add_option("FILE", options->file, "Media file")->required();
    command->add_option("--out,-o", options->out,
                        "Proxy file (.mp4); default: the per-user proxy cache");
    command->add_option("--max-width", options->maxWidth, "Widest proxy in pixels (0: native)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--keyint", options->keyframeInterval, "Frames between keyframes")
        ->check(CLI::Range(1, 250));
    return [command, options]() {
        if (!command->parsed())
            return -1;
        const std::filesystem::path target = options->out.empty()
                                                 ? media::seekProxyPath(options->file)
                                                 : std::filesystem::path(options->out);
        media::SeekProxyOptions proxy;
        proxy.maxWidth = options->maxWidth;
        proxy.keyframeInterval = options->keyframeInterval;
        media::buildSeekProxy(options->file, target, proxy);
        std::cout << target.string() << '\n';
        return 0;
    };
}

} // namespace diptych::cli
