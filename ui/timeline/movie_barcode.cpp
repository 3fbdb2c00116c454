#include "timeline/movie_barcode.h"

#include "analysis/color/cielab.h"
#include "timeline/timeline_scale.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace diptych::ui {
namespace {

/// The series value at `frame`, NaN where it has none.
float valueAt(const model::MetricSeries* series, model::Frame frame)
{
    if (!series || frame < series->startFrame || series->step < 1)
        return std::nanf("");
    const auto offset = frame - series->startFrame;
    if (offset % series->step != 0)
        return std::nanf("");
    const auto index = static_cast<std::size_t>(offset / series->step);
    return index < series->values.size() ? series->values[index] : std::nanf("");
}

} // namespace

MovieBarcode::MovieBarcode(const model::MetricSeries* l, const model::MetricSeries* a,
                           const model::MetricSeries* b, model::Frame frameCount)
{
    if (frameCount <= 0 || !l || !a || !b)
        return;
    const model::Frame columns = std::min(frameCount, kMaxColumns);
    m_framesPerColumn = double(frameCount) / double(columns);
    m_image = QImage(int(columns), 1, QImage::Format_ARGB32_Premultiplied);
    auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(0));
    for (model::Frame column = 0; column < columns; ++column) {
        const auto first = model::Frame(std::floor(double(column) * m_framesPerColumn));
        const auto end =
            std::max(first + 1, model::Frame(std::floor(double(column + 1) * m_framesPerColumn)));
        analysis::color::LabColor sum;
        int count = 0;
        for (model::Frame frame = first; frame < end && frame < frameCount; ++frame) {
            const float lv = valueAt(l, frame);
            const float av = valueAt(a, frame);
            const float bv = valueAt(b, frame);
            if (std::isnan(lv) || std::isnan(av) || std::isnan(bv))
                continue;
            sum.L += lv;
            sum.a += av;
            sum.b += bv;
            ++count;
        }
        if (count == 0) {
            line[column] = qRgba(0, 0, 0, 0);
            continue;
        }
        const auto rgb = analysis::color::labToSrgb8({sum.L / count, sum.a / count, sum.b / count});
        line[column] = qRgb(rgb.r, rgb.g, rgb.b);
    }
}

void MovieBarcode::paint(QPainter& painter, const QRect& rect, const TimelineScale& scale)
{
    if (m_image.isNull() || rect.isEmpty())
        return;
    const double columnsPerPixel = 1.0 / (scale.pixelsPerFrame() * m_framesPerColumn);
    const double firstColumn = scale.firstFrame() / m_framesPerColumn;
    if (columnsPerPixel <= 1.0) {
        // Zoomed in: each column becomes a block of pixels, hard-edged like frames.
        const double columnsShown = rect.width() * columnsPerPixel;
        const QRectF source(firstColumn, 0, columnsShown, 1);
        painter.drawImage(QRectF(rect), m_image, source);
        return;
    }
    // Zoomed out: average the columns that fall on each pixel (computed once per zoom).
    const int width = std::max(1, int(std::lround(m_image.width() / columnsPerPixel)));
    if (width != m_scaledWidth) {
        m_scaled = m_image.scaled(width, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_scaledWidth = width;
    }
    const double firstPixel = firstColumn / columnsPerPixel;
    painter.drawImage(QRectF(rect), m_scaled, QRectF(firstPixel, 0, rect.width(), 1));
}

} // namespace diptych::ui
