#include "common/text_file.h"

#include "common/error.h"
#include "common/temporary_file.h"

#include <fstream>

namespace diptych {

void writeTextFile(const std::filesystem::path& path, std::string_view text, std::string_view what)
{
    const std::string failure = path.string() + ": cannot write " + std::string(what);
    TemporaryFile partial(path.string() + ".partial");
    {
        std::ofstream out(partial.path(), std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out)
            throw Error(failure);
    }
    std::error_code error;
    std::filesystem::rename(partial.path(), path, error);
    if (error)
        throw Error(failure + " (" + error.message() + ")");
    partial.keep();
}

} // namespace diptych
