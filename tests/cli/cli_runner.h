#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace diptych::test {

/// What one run of diptych-cli produced.
struct CliRun
{
    int exitCode = -1; ///< the process exit status; -1 when it did not exit normally
    std::string out;   ///< stdout
    std::string err;   ///< stderr
};

/// Runs the built diptych-cli with `arguments` (each passed as one word), with its cache and
/// log folders in a private temporary folder so runs neither read nor leave user state.
CliRun runCli(const std::vector<std::string>& arguments);

/// How many annotations the project file holds, over all films (read with a fresh connection).
std::size_t annotationCount(const std::filesystem::path& project);

/// The lines of `text`, without the final empty one.
std::vector<std::string> linesOf(const std::string& text);

} // namespace diptych::test
