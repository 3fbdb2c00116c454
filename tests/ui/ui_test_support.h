#pragma once

// Shared by the main-window tests: projects to open, waiting for background jobs, and
// opening a project.

#include "model/ids.h"

#include <filesystem>

namespace diptych::ui {
class MainWindow;
}

namespace diptych::test {

/// Creates a project at `path` with three_shots.mkv (shots [0,30) [30,60) [60,90)) analysed;
/// returns its film's id.
model::FilmId createAnalysedProject(const std::filesystem::path& path);

/// createAnalysedProject, then the middle shot split by hand at frame 45, as the shot editor
/// does: shots [0,30) [30,45) [45,60) [60,90), the two new ones not measured yet. A new
/// segmentation would lose the split.
model::FilmId createHandSplitProject(const std::filesystem::path& path);

/// Waits until the window's JobRunner has nothing running or queued (at most 60 s).
void waitForJobs(ui::MainWindow& window);

/// Shows `window` and opens the project at `path` in it, its background jobs finished.
void showProject(ui::MainWindow& window, const std::filesystem::path& path);

} // namespace diptych::test
