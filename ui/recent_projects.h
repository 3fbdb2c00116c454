#pragma once

#include <QString>
#include <QStringList>

namespace diptych::ui {

/// The most recently opened projects, newest first, kept in QSettings.
class RecentProjects final
{
public:
    static constexpr int kMaximum = 10;

    [[nodiscard]] static QStringList list();
    /// Moves `path` to the front (adding it), dropping the oldest past kMaximum.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace diptych::ui
