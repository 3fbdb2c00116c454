#include "analysis/shot_boundary.h"

#include <array>
#include <utility>

namespace diptych::analysis {
namespace {

constexpr std::array<std::pair<TransitionKind, std::string_view>, 6> kNames = {{
    {TransitionKind::Cut, "cut"},
    {TransitionKind::Dissolve, "dissolve"},
    {TransitionKind::FadeOut, "fade_out"},
    {TransitionKind::FadeIn, "fade_in"},
    {TransitionKind::Wipe, "wipe"},
    {TransitionKind::Other, "other"},
}};

} // namespace

std::string_view toString(TransitionKind kind)
{
    for (const auto& [value, name] : kNames)
        if (value == kind)
            return name;
    return "other";
}

bool fromString(std::string_view name, TransitionKind& kind)
{
    for (const auto& [value, text] : kNames)
        if (text == name) {
            kind = value;
            return true;
        }
    return false;
}

} // namespace diptych::analysis
