#include "editing/shot_edits.h"

#include <algorithm>
#include <cstdlib>

namespace diptych::editing {

std::optional<std::size_t> shotIndexAt(std::span<const model::Shot> shots, model::Frame frame)
{
    // First shot whose end is after `frame`; it contains the frame unless a gap precedes it.
    const auto it =
        std::upper_bound(shots.begin(), shots.end(), frame,
                         [](model::Frame f, const model::Shot& shot) { return f < shot.endFrame; });
    if (it == shots.end() || frame < it->startFrame)
        return std::nullopt;
    return static_cast<std::size_t>(it - shots.begin());
}

std::optional<std::vector<model::Shot>> splitShotAt(std::span<const model::Shot> shots,
                                                    model::Frame frame)
{
    const auto index = shotIndexAt(shots, frame);
    if (!index || shots[*index].startFrame == frame)
        return std::nullopt;
    std::vector<model::Shot> edited(shots.begin(), shots.end());
    model::Shot second = edited[*index];
    second.id = 0;
    second.startFrame = frame;
    second.transition = model::TransitionKind::Cut;
    second.transitionFrames = 0;
    second.note.clear();
    edited[*index].endFrame = frame;
    // A transition longer than the shortened first part cannot have been one.
    edited[*index].transitionFrames =
        std::min(edited[*index].transitionFrames, edited[*index].length());
    edited.insert(edited.begin() + static_cast<std::ptrdiff_t>(*index) + 1, second);
    return edited;
}

std::optional<std::vector<model::Shot>> mergeWithNext(std::span<const model::Shot> shots,
                                                      std::size_t index)
{
    if (index + 1 >= shots.size() || shots[index].endFrame != shots[index + 1].startFrame)
        return std::nullopt;
    std::vector<model::Shot> edited(shots.begin(), shots.end());
    auto& first = edited[index];
    const auto& second = edited[index + 1];
    first.endFrame = second.endFrame;
    if (!second.note.empty())
        first.note = first.note.empty() ? second.note : first.note + "\n\n" + second.note;
    edited.erase(edited.begin() + static_cast<std::ptrdiff_t>(index) + 1);
    return edited;
}

std::optional<std::vector<model::Shot>> moveBoundary(std::span<const model::Shot> shots,
                                                     std::size_t index, model::Frame frame)
{
    if (index == 0 || index >= shots.size())
        return std::nullopt;
    const auto& before = shots[index - 1];
    const auto& after = shots[index];
    if (before.endFrame != after.startFrame || frame == after.startFrame ||
        frame <= before.startFrame || frame >= after.endFrame)
        return std::nullopt;
    std::vector<model::Shot> edited(shots.begin(), shots.end());
    edited[index - 1].endFrame = frame;
    edited[index - 1].transitionFrames =
        std::min(edited[index - 1].transitionFrames, edited[index - 1].length());
    edited[index].startFrame = frame;
    edited[index].transitionFrames =
        std::min(edited[index].transitionFrames, edited[index].length());
    return edited;
}

std::optional<std::size_t> nearestBoundary(std::span<const model::Shot> shots, model::Frame frame)
{
    if (shots.size() < 2)
        return std::nullopt;
    std::size_t best = 1;
    for (std::size_t i = 2; i < shots.size(); ++i)
        if (std::llabs(shots[i].startFrame - frame) < std::llabs(shots[best].startFrame - frame))
            best = i;
    return best;
}

} // namespace diptych::editing
