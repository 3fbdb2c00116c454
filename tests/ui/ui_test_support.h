#pragma once

// Shared by the main-window tests: waiting for background jobs and opening a project.

#include <filesystem>

namespace diptych::ui {
class MainWindow;
}

namespace diptych::test {

/// Waits until the window's JobRunner has nothing running or queued (at most 60 s).
void waitForJobs(ui::MainWindow& window);

/// Shows `window` and opens the project at `path` in it, its background jobs finished.
void showProject(ui::MainWindow& window, const std::filesystem::path& path);

} // namespace diptych::test
