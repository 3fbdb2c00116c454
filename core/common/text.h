#pragma once

#include <string>
#include <string_view>

namespace diptych {

/// `text` without the leading and trailing characters listed in `blanks` (by default spaces,
/// tabs and line breaks).
[[nodiscard]] inline std::string trimmed(std::string_view text, std::string_view blanks = " \t\r\n")
{
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(blanks);
    return std::string(text.substr(first, last - first + 1));
}

} // namespace diptych
