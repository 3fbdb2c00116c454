#include "cli_runner.h"

#include "store/project_store.h"

#include "temp_dir.h"
#include "test_media.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace diptych::test {

CliRun runCli(const std::vector<std::string>& arguments)
{
    const TempDir home;
    const auto errFile = home / "stderr.txt";
    std::string command = "XDG_CACHE_HOME=" + shellQuote((home / "cache").string()) +
                          " XDG_DATA_HOME=" + shellQuote((home / "data").string()) + " " +
                          shellQuote(DIPTYCH_CLI_PATH);
    for (const auto& argument : arguments)
        command += " " + shellQuote(argument);
    command += " 2>" + shellQuote(errFile.string()) + " </dev/null";
    CliRun run;
    run.exitCode = runCommand(command, &run.out);
    std::ifstream err(errFile);
    run.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return run;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::size_t annotationCount(const std::filesystem::path& project)
{
    const auto store = store::ProjectStore::openReadOnly(project);
    std::size_t count = 0;
    for (const auto& film : store.films().list())
        count += store.annotations().listByFilm(film.id).size();
    return count;
}

} // namespace diptych::test
