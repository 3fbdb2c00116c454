#pragma once

#include <filesystem>
#include <string_view>

namespace diptych {

/// Writes `text` to `path` through a temporary file renamed into place, so readers never see
/// half a file and a failed write leaves any earlier file untouched. Throws Error
/// "PATH: cannot write WHAT (reason)".
void writeTextFile(const std::filesystem::path& path, std::string_view text, std::string_view what);

} // namespace diptych
