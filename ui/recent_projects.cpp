#include "recent_projects.h"

#include <QSettings>

namespace diptych::ui {
namespace {

const QString kKey = QStringLiteral("project/recent");

void save(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaximum)
        paths.removeLast();
    save(paths);
}

void RecentProjects::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(path);
    save(paths);
}

void RecentProjects::clear()
{
    save({});
}

} // namespace diptych::ui
