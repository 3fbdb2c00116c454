#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace diptych::ui {

/// Computes `request` on the global thread pool and hands the outcome to panel->adopt() on
/// the UI thread, unless the panel is gone by then. Only the guard crosses threads; it is
/// dereferenced on the UI thread. `compute` must not touch Qt objects (it opens its own
/// store connection, for instance).
template <typename Panel, typename Outcome, typename Request>
void computeInBackground(Panel* panel, Request request, Outcome (*compute)(const Request&),
                         void (Panel::*adopt)(Outcome))
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<Panel>(panel), request = std::move(request), compute, adopt]() mutable {
            auto outcome = std::make_shared<Outcome>(compute(request));
            auto* app = QCoreApplication::instance();
            if (!app)
                return; // the application is shutting down
            QMetaObject::invokeMethod(
                app,
                [guard = std::move(guard), outcome, adopt]() {
                    if (Panel* alive = guard.data())
                        (alive->*adopt)(std::move(*outcome));
                },
                Qt::QueuedConnection);
        });
}

} // namespace diptych::ui
