#include "cli_command.h"

#include "media/media_info_json.h"
#include "media/probe.h"

#include <iostream>
#include <memory>

namespace diptych::cli {

CommandAction addProbeCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "probe", "Print a media file's container, streams and exact frame count as JSON");
    auto file = std::make_shared<std::string>();
    auto noCache = std::make_shared<bool>(false);
    command->add_option("FILE", *file, "Media file to probe")->required();
    command->add_flag("--no-cache", *noCache, "Count frames again instead of using the cache");
    return [command, file, noCache]() {
        if (!command->parsed())
            return -1;
        media::ProbeOptions options;
        options.useCache = !*noCache;
        const auto probed = media::probe(*file, options);
        std::cout << media::toJson(probed.info).dump(2) << '\n';
        return 0;
    };
}

} // namespace diptych::cli
