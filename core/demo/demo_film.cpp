#include "demo/demo_film.h"

#include "common/error.h"
#include "common/temporary_file.h"
#include "log/log.h"
#include "media/video_encoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unistd.h>

namespace diptych::demo {
namespace {

// Scenes are drawn on a canvas larger than the frame, so the camera can pan, shake and zoom
// without showing an edge. The frame's centre at rest is the canvas centre.
constexpr int kCanvasWidth = 960;
constexpr int kCanvasHeight = 408;
constexpr double kCx = kCanvasWidth / 2.0;
constexpr double kCy = kCanvasHeight / 2.0;
constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr double kRemakeZoom = 1.15; // the remake's tighter crop
constexpr std::uint64_t kJitterSeed = 0x0D1B7C4AULL;
constexpr std::uint64_t kSkylineSeed = 0x5C1F11E5ULL;
constexpr std::uint64_t kTextureSeed = 0x7E47E4EULL;

enum class Scene
{
    Landscape,
    Walk,
    CloseUp,
    Skyline,
    Corridor,
    MediumShot,
    Sunset,
    NightCloseUp,
};

/// One shot: its scene, length and camera move (pan in canvas pixels, zoom factors).
struct ShotSpec
{
    Scene scene;
    int frames;
    DemoTransition transitionIn;
    std::string_view description;
    double panFrom;
    double panTo;
    double zoomFrom;
    double zoomTo;
};

constexpr std::array<ShotSpec, 8> kShots = {{
    {Scene::Landscape, 96, DemoTransition::None, "landscape at sunrise, wide, panning", -60, 60,
     1.0, 1.0},
    {Scene::Walk, 84, DemoTransition::Cut, "a figure walks across a meadow road", 0, 0, 1.0, 1.0},
    {Scene::CloseUp, 72, DemoTransition::Dissolve, "close-up of the figure talking", 0, 0, 1.0,
     1.06},
    {Scene::Skyline, 60, DemoTransition::Cut, "city skyline at night, panning", -70, 70, 1.0, 1.0},
    {Scene::Corridor, 108, DemoTransition::Cut, "a figure walks down a long corridor", 0, 0, 1.0,
     1.12},
    {Scene::MediumShot, 48, DemoTransition::FadeIn, "medium shot at a table", 0, 0, 1.0, 1.04},
    {Scene::Sunset, 60, DemoTransition::Cut, "silhouette at sunset by the sea", 40, -40, 1.0, 1.0},
    {Scene::NightCloseUp, 48, DemoTransition::Cut, "close-up at night, pulling back", 0, 0, 1.06,
     1.0},
}};

cv::Scalar rgb(double r, double g, double b)
{
    return {b, g, r};
}

cv::Scalar mix(const cv::Scalar& a, const cv::Scalar& b, double t)
{
    return a * (1.0 - t) + b * t;
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

double smoothstep(double u)
{
    const double x = clamp01(u);
    return x * x * (3.0 - 2.0 * x);
}

cv::Point pt(double x, double y)
{
    return {static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y))};
}

void verticalGradient(cv::Mat& canvas, int y0, int y1, const cv::Scalar& top,
                      const cv::Scalar& bottom)
{
    const int span = std::max(1, y1 - y0 - 1);
    for (int y = std::max(0, y0); y < std::min(canvas.rows, y1); ++y)
        canvas.row(y).setTo(mix(top, bottom, double(y - y0) / span));
}

/// A face seen from the front: hair, skin ellipse, eyes, brows, nose and a talking mouth, on a
/// neck and shoulders. `centre` is the face's centre, `height` the face ellipse's height.
void drawFace(cv::Mat& canvas, cv::Point2d centre, double height, double mouthOpen, bool blink,
              const cv::Scalar& shirt)
{
    const double h = height / 2.0;
    const double w = h * 0.74;
    const cv::Scalar skin = rgb(226, 176, 142);
    const cv::Scalar shade = rgb(196, 144, 112);
    const cv::Scalar hair = rgb(70, 45, 30);
    // Shoulders and neck first, so the face covers them.
    cv::ellipse(canvas, pt(centre.x, centre.y + h * 2.1), cv::Size(pt(w * 2.3, h * 0.95)), 0, 180,
                360, shirt, cv::FILLED, cv::LINE_AA);
    cv::rectangle(canvas, pt(centre.x - w * 0.38, centre.y + h * 0.6),
                  pt(centre.x + w * 0.38, centre.y + h * 1.3), shade, cv::FILLED, cv::LINE_AA);
    cv::ellipse(canvas, pt(centre.x, centre.y - h * 0.12), cv::Size(pt(w * 1.12, h * 1.02)), 0, 0,
                360, hair, cv::FILLED, cv::LINE_AA);
    cv::ellipse(canvas, pt(centre.x, centre.y), cv::Size(pt(w, h)), 0, 0, 360, skin, cv::FILLED,
                cv::LINE_AA);
    cv::ellipse(canvas, pt(centre.x, centre.y - h * 0.62), cv::Size(pt(w * 0.95, h * 0.42)), 0, 180,
                360, hair, cv::FILLED, cv::LINE_AA);
    for (const double side : {-1.0, 1.0}) {
        const double ex = centre.x + side * w * 0.4;
        const double ey = centre.y - h * 0.12;
        cv::line(canvas, pt(ex - w * 0.2, ey - h * 0.2), pt(ex + w * 0.2, ey - h * 0.22), hair,
                 std::max(2, int(h * 0.05)), cv::LINE_AA);
        if (blink) {
            cv::line(canvas, pt(ex - w * 0.16, ey), pt(ex + w * 0.16, ey), rgb(60, 40, 30),
                     std::max(1, int(h * 0.03)), cv::LINE_AA);
        } else {
            cv::ellipse(canvas, pt(ex, ey), cv::Size(pt(w * 0.17, h * 0.08)), 0, 0, 360,
                        rgb(245, 245, 240), cv::FILLED, cv::LINE_AA);
            cv::circle(canvas, pt(ex, ey), std::max(2, int(h * 0.065)), rgb(40, 30, 25), cv::FILLED,
                       cv::LINE_AA);
        }
    }
    cv::line(canvas, pt(centre.x, centre.y - h * 0.05),
             pt(centre.x - w * 0.06, centre.y + h * 0.25), shade, std::max(1, int(h * 0.03)),
             cv::LINE_AA);
    cv::ellipse(canvas, pt(centre.x, centre.y + h * 0.5),
                cv::Size(pt(w * 0.3, std::max(1.0, h * 0.14 * mouthOpen))), 0, 0, 360,
                rgb(120, 40, 45), cv::FILLED, cv::LINE_AA);
}

/// A small full figure: legs and arms swinging with `gaitPhase` (radians), a body rectangle
/// and a round head with a simple face. `feet` is the point between the feet.
void drawFigure(cv::Mat& canvas, cv::Point2d feet, double height, double gaitPhase,
                const cv::Scalar& shirt, const cv::Scalar& trousers)
{
    const double headR = height * 0.1;
    const double hipY = feet.y - height * 0.46;
    const double neckY = feet.y - height * 0.8;
    const double swing = std::sin(gaitPhase) * height * 0.16;
    const int limb = std::max(2, int(height * 0.07));
    const cv::Scalar skin = rgb(226, 176, 142);
    cv::line(canvas, pt(feet.x, hipY), pt(feet.x + swing, feet.y), trousers, limb, cv::LINE_AA);
    cv::line(canvas, pt(feet.x, hipY), pt(feet.x - swing, feet.y), trousers, limb, cv::LINE_AA);
    cv::rectangle(canvas, pt(feet.x - height * 0.12, neckY), pt(feet.x + height * 0.12, hipY),
                  shirt, cv::FILLED, cv::LINE_AA);
    cv::line(canvas, pt(feet.x, neckY + limb), pt(feet.x - swing * 0.8, hipY), shirt, limb - 1,
             cv::LINE_AA);
    cv::line(canvas, pt(feet.x, neckY + limb), pt(feet.x + swing * 0.8, hipY), shirt, limb - 1,
             cv::LINE_AA);
    const cv::Point2d head(feet.x, neckY - headR * 0.9);
    cv::circle(canvas, pt(head.x, head.y), int(std::lround(headR)), skin, cv::FILLED, cv::LINE_AA);
    cv::ellipse(canvas, pt(head.x, head.y - headR * 0.45), cv::Size(pt(headR, headR * 0.6)), 0, 180,
                360, rgb(70, 45, 30), cv::FILLED, cv::LINE_AA);
    if (headR >= 6) {
        cv::ellipse(canvas, pt(head.x, head.y + headR * 0.1),
                    cv::Size(pt(headR * 0.7, headR * 0.8)), 0, 0, 360, rgb(232, 186, 152),
                    cv::FILLED, cv::LINE_AA);
        for (const double side : {-1.0, 1.0})
            cv::circle(canvas, pt(head.x + side * headR * 0.3, head.y),
                       std::max(1, int(headR * 0.12)), rgb(40, 30, 25), cv::FILLED, cv::LINE_AA);
        cv::line(canvas, pt(head.x - headR * 0.25, head.y + headR * 0.45),
                 pt(head.x + headR * 0.25, head.y + headR * 0.45), rgb(120, 40, 45),
                 std::max(1, int(headR * 0.1)), cv::LINE_AA);
    }
}

void drawTree(cv::Mat& canvas, double x, double groundY, double size)
{
    cv::rectangle(canvas, pt(x - size * 0.08, groundY - size * 0.9), pt(x + size * 0.08, groundY),
                  rgb(90, 60, 35), cv::FILLED, cv::LINE_AA);
    cv::circle(canvas, pt(x, groundY - size * 1.05), int(size * 0.45), rgb(45, 100, 45), cv::FILLED,
               cv::LINE_AA);
    cv::circle(canvas, pt(x - size * 0.25, groundY - size * 0.85), int(size * 0.3),
               rgb(55, 115, 50), cv::FILLED, cv::LINE_AA);
}

// --- scenes; `t` is seconds into the shot, `u` its fraction, `centred` the remake's staging ---

void drawLandscape(cv::Mat& canvas, double u, bool centred)
{
    const int horizon = 250;
    verticalGradient(canvas, 0, horizon, rgb(40, 80, 190), rgb(150, 180, 235));
    verticalGradient(canvas, horizon, kCanvasHeight, rgb(95, 140, 65), rgb(40, 75, 30));
    const double sunX = centred ? kCx : kCx + 170;
    const double sunY = 170 - 50 * u;
    cv::circle(canvas, pt(sunX, sunY), 40, rgb(250, 235, 170), cv::FILLED, cv::LINE_AA);
    cv::circle(canvas, pt(sunX, sunY), 26, rgb(255, 220, 110), cv::FILLED, cv::LINE_AA);
    std::vector<cv::Point> far;
    std::vector<cv::Point> near;
    for (int x = 0; x <= kCanvasWidth; x += 8) {
        const double s = centred ? std::abs(x - kCx) + 200 : x;
        far.push_back(
            pt(x, horizon - 35 - 28 * std::sin(s * 0.011 + 0.5) - 12 * std::sin(s * 0.029)));
        near.push_back(pt(x, horizon + 25 - 18 * std::sin(s * 0.017 + 2.0)));
    }
    far.emplace_back(kCanvasWidth, horizon + 1);
    far.emplace_back(0, horizon + 1);
    near.emplace_back(kCanvasWidth, kCanvasHeight);
    near.emplace_back(0, kCanvasHeight);
    cv::fillPoly(canvas, std::vector<std::vector<cv::Point>>{far}, rgb(80, 115, 95), cv::LINE_AA);
    cv::fillPoly(canvas, std::vector<std::vector<cv::Point>>{near}, rgb(70, 120, 50), cv::LINE_AA);
    if (centred) {
        drawTree(canvas, kCx - 210, horizon + 60, 90);
        drawTree(canvas, kCx + 210, horizon + 60, 90);
    } else {
        drawTree(canvas, kCx - 170, horizon + 70, 110);
    }
}

void drawWalk(cv::Mat& canvas, double t, bool centred)
{
    const int horizon = 190;
    verticalGradient(canvas, 0, horizon, rgb(110, 150, 215), rgb(205, 215, 235));
    verticalGradient(canvas, horizon, kCanvasHeight, rgb(165, 165, 90), rgb(95, 120, 50));
    cv::rectangle(canvas, pt(0, 300), pt(kCanvasWidth, 345), rgb(150, 125, 95), cv::FILLED);
    // Fence posts and a rail along the far side of the road.
    cv::line(canvas, pt(0, 262), pt(kCanvasWidth, 262), rgb(110, 80, 55), 4, cv::LINE_AA);
    const double firstPost = centred ? kCx - 30 - 60 * 8 : 17;
    for (double x = firstPost; x < kCanvasWidth; x += 60)
        cv::rectangle(canvas, pt(x - 4, 250), pt(x + 4, 298), rgb(110, 80, 55), cv::FILLED);
    // The original's walker surges with each step; the remake's glides at a constant speed.
    const double stepHz = 1.9;
    const double x =
        centred ? kCx - 130 + 75 * t : kCx - 260 + 95 * t + 9 * std::sin(kTwoPi * stepHz * t);
    const double bob = centred ? 0 : 4 * std::abs(std::sin(kTwoPi * stepHz * t * 0.5));
    drawFigure(canvas, {x, 322 - bob}, 150, kTwoPi * stepHz * t * 0.5, rgb(150, 50, 40),
               rgb(50, 55, 80));
}

void drawCloseUp(cv::Mat& canvas, double t, bool centred)
{
    verticalGradient(canvas, 0, kCanvasHeight, rgb(130, 115, 100), rgb(80, 70, 62));
    auto window = [&](double x0) {
        cv::rectangle(canvas, pt(x0, 50), pt(x0 + 130, 230), rgb(225, 232, 240), cv::FILLED);
        cv::rectangle(canvas, pt(x0, 50), pt(x0 + 130, 230), rgb(70, 55, 45), 6);
        cv::line(canvas, pt(x0 + 65, 50), pt(x0 + 65, 230), rgb(70, 55, 45), 5);
        cv::line(canvas, pt(x0, 140), pt(x0 + 130, 140), rgb(70, 55, 45), 5);
    };
    if (centred) {
        window(kCx - 300);
        window(kCx + 170);
    } else {
        window(kCx - 290);
    }
    const double x = centred ? kCx : kCx + 95;
    const double mouth = 0.35 + 0.65 * std::abs(std::sin(kTwoPi * 2.2 * t));
    const bool blink = std::fmod(t, 1.7) < 0.1;
    drawFace(canvas, {x, kCy - 15}, 190, mouth, blink, rgb(150, 50, 40));
}

void drawSkyline(cv::Mat& canvas, bool centred)
{
    verticalGradient(canvas, 0, kCanvasHeight, rgb(12, 16, 48), rgb(60, 50, 95));
    cv::RNG rng(kSkylineSeed);
    for (int i = 0; i < 70; ++i) {
        const int x = rng.uniform(0, kCanvasWidth);
        const int y = rng.uniform(0, 180);
        canvas.at<cv::Vec3b>(y, centred ? (x < kCx ? x : int(2 * kCx) - 1 - x) : x) =
            cv::Vec3b(230, 230, 230);
    }
    const double moonX = centred ? kCx : kCx + 210;
    cv::circle(canvas, pt(moonX, 70), 24, rgb(235, 235, 215), cv::FILLED, cv::LINE_AA);
    // Buildings from the left edge; the remake mirrors the left half about the centre.
    struct Building
    {
        int x0, x1, top;
        std::vector<cv::Rect> lit;
    };
    std::vector<Building> buildings;
    const int right = centred ? int(kCx) : kCanvasWidth;
    for (int x = 0; x < right;) {
        Building b;
        b.x0 = x;
        b.x1 = std::min(right, x + rng.uniform(48, 96));
        b.top = kCanvasHeight - rng.uniform(120, 280);
        for (int wy = b.top + 12; wy < kCanvasHeight - 20; wy += 20)
            for (int wx = b.x0 + 8; wx + 10 < b.x1 - 4; wx += 18)
                if (rng.uniform(0.0, 1.0) < 0.45)
                    b.lit.emplace_back(wx, wy, 10, 12);
        buildings.push_back(std::move(b));
        x = buildings.back().x1 + rng.uniform(0, 10);
    }
    auto draw = [&](const Building& b, bool mirror) {
        auto flip = [&](int x) { return mirror ? kCanvasWidth - 1 - x : x; };
        const int a = std::min(flip(b.x0), flip(b.x1));
        const int c = std::max(flip(b.x0), flip(b.x1));
        cv::rectangle(canvas, cv::Point(a, b.top), cv::Point(c, kCanvasHeight), rgb(28, 28, 36),
                      cv::FILLED);
        for (const auto& w : b.lit) {
            const int wx = mirror ? flip(w.x + w.width - 1) : w.x;
            cv::rectangle(canvas, cv::Rect(wx, w.y, w.width, w.height), rgb(255, 205, 110),
                          cv::FILLED);
        }
    };
    for (const auto& b : buildings) {
        draw(b, false);
        if (centred)
            draw(b, true);
    }
}

void drawCorridor(cv::Mat& canvas, double t, double u, bool centred)
{
    // One-point perspective: the back wall is a small rectangle round the vanishing point,
    // which the original's camera sees off its axis.
    const cv::Point2d vp(centred ? kCx : kCx - 85, kCy - 10);
    const double bw = 75;
    const double bh = 60;
    const double W = kCanvasWidth;
    const double H = kCanvasHeight;
    // The point at fractions (fx, fy) of a cross-section of the corridor at depth d (0 = the
    // canvas edges, 1 = the back wall).
    auto at = [&](double fx, double fy, double d) {
        const double ox = fx * W;
        const double oy = fy * H;
        const double ix = vp.x - bw + fx * 2 * bw;
        const double iy = vp.y - bh + fy * 2 * bh;
        return pt(ox + (ix - ox) * d, oy + (iy - oy) * d);
    };
    auto poly = [&](std::vector<cv::Point> p, const cv::Scalar& colour) {
        cv::fillPoly(canvas, std::vector<std::vector<cv::Point>>{std::move(p)}, colour,
                     cv::LINE_AA);
    };
    poly({at(0, 0, 0), at(1, 0, 0), at(1, 0, 1), at(0, 0, 1)}, rgb(200, 198, 190));
    poly({at(0, 1, 0), at(1, 1, 0), at(1, 1, 1), at(0, 1, 1)}, rgb(120, 95, 75));
    poly({at(0, 0, 0), at(0, 0, 1), at(0, 1, 1), at(0, 1, 0)}, rgb(160, 165, 150));
    poly({at(1, 0, 0), at(1, 0, 1), at(1, 1, 1), at(1, 1, 0)}, rgb(150, 155, 140));
    cv::rectangle(canvas, at(0, 0, 1), at(1, 1, 1), rgb(175, 170, 160), cv::FILLED);
    cv::rectangle(canvas, at(0.35, 0.3, 1), at(0.65, 1, 1), rgb(240, 235, 215), cv::FILLED);
    for (const double d : {0.3, 0.55, 0.72, 0.84, 0.92}) {
        poly({at(0.38, 0, d), at(0.62, 0, d), at(0.62, 0, d + 0.03), at(0.38, 0, d + 0.03)},
             rgb(255, 250, 230));
        cv::line(canvas, at(0, 1, d), at(1, 1, d), rgb(95, 75, 60), 2, cv::LINE_AA);
        for (const double side : {0.0, 1.0})
            poly({at(side, 0.3, d), at(side, 0.3, d + 0.04), at(side, 1, d + 0.04), at(side, 1, d)},
                 rgb(110, 75, 50));
    }
    // A figure walks towards the camera, growing; the original's steps surge, off the axis.
    const double stepHz = 1.8;
    const double d =
        centred ? 0.85 - 0.5 * u : 0.85 - 0.5 * u - 0.02 * std::sin(kTwoPi * stepHz * t);
    const auto feet = at(centred ? 0.5 : 0.58, 0.97, d);
    const double height = (1 - d) * 330 + d * 80;
    drawFigure(canvas, {double(feet.x), double(feet.y)}, height, kTwoPi * stepHz * t * 0.5,
               rgb(40, 70, 130), rgb(40, 40, 50));
}

void drawMediumShot(cv::Mat& canvas, double t, bool centred)
{
    verticalGradient(canvas, 0, kCanvasHeight, rgb(100, 115, 105), rgb(60, 70, 65));
    auto picture = [&](double x) {
        cv::rectangle(canvas, pt(x - 60, 60), pt(x + 60, 150), rgb(150, 110, 50), cv::FILLED);
        cv::rectangle(canvas, pt(x - 50, 70), pt(x + 50, 140), rgb(90, 140, 170), cv::FILLED);
        cv::circle(canvas, pt(x + 20, 95), 12, rgb(240, 210, 120), cv::FILLED, cv::LINE_AA);
    };
    if (centred) {
        picture(kCx - 230);
        picture(kCx + 230);
    } else {
        picture(kCx + 170);
    }
    const double sway = centred ? 0 : 5 * std::sin(kTwoPi * 0.7 * t);
    const double x = (centred ? kCx : kCx - 120) + sway;
    const double mouth = 0.3 + 0.7 * std::abs(std::sin(kTwoPi * 1.8 * t));
    drawFace(canvas, {x, 175}, 110, mouth, std::fmod(t, 1.5) > 1.4, rgb(60, 80, 125));
    cv::rectangle(canvas, pt(0, 320), pt(kCanvasWidth, kCanvasHeight), rgb(110, 70, 40),
                  cv::FILLED);
    cv::line(canvas, pt(0, 320), pt(kCanvasWidth, 320), rgb(140, 95, 60), 4);
}

void drawSunset(cv::Mat& canvas, double u, bool centred)
{
    const int horizon = 235;
    verticalGradient(canvas, 0, horizon, rgb(90, 55, 110), rgb(250, 150, 60));
    verticalGradient(canvas, horizon, kCanvasHeight, rgb(60, 50, 80), rgb(20, 22, 40));
    const double sunX = centred ? kCx : kCx - 160;
    const double sunY = horizon - 45 + 40 * u;
    cv::circle(canvas, pt(sunX, sunY), 30, rgb(255, 215, 120), cv::FILLED, cv::LINE_AA);
    cv::rectangle(canvas, pt(0, horizon), pt(kCanvasWidth, kCanvasHeight), rgb(60, 50, 80),
                  cv::FILLED); // hides the sun below the horizon
    verticalGradient(canvas, horizon, kCanvasHeight, rgb(60, 50, 80), rgb(20, 22, 40));
    for (int i = 0; i < 8; ++i) {
        const double y = horizon + 8 + i * 12;
        const double half = 40 - i * 3;
        cv::line(canvas, pt(sunX - half, y), pt(sunX + half, y), rgb(240, 150, 70), 3, cv::LINE_AA);
    }
    cv::rectangle(canvas, pt(0, 345), pt(kCanvasWidth, kCanvasHeight), rgb(25, 20, 25), cv::FILLED);
    const double figureX = centred ? kCx : kCx + 150;
    drawFigure(canvas, {figureX, 350}, 130, 0, rgb(20, 16, 22), rgb(20, 16, 22));
    cv::circle(canvas, pt(figureX, 350 - 130 * 0.8 - 13 * 0.9), 14, rgb(20, 16, 22), cv::FILLED,
               cv::LINE_AA);
}

void drawNightCloseUp(cv::Mat& canvas, double t, bool centred)
{
    verticalGradient(canvas, 0, kCanvasHeight, rgb(35, 40, 60), rgb(15, 18, 28));
    const std::array<cv::Point2d, 5> bokeh = {
        {{-300, 90}, {-210, 160}, {-330, 250}, {210, 80}, {280, 200}}};
    for (std::size_t i = 0; i < bokeh.size(); ++i) {
        const auto& b = bokeh[i];
        const cv::Scalar colour = i % 2 ? rgb(210, 190, 120) : rgb(150, 160, 200);
        if (centred) {
            const double dx = std::abs(b.x);
            cv::circle(canvas, pt(kCx - dx, b.y), 26, colour, cv::FILLED, cv::LINE_AA);
            cv::circle(canvas, pt(kCx + dx, b.y), 26, colour, cv::FILLED, cv::LINE_AA);
        } else if (b.x > 0) {
            cv::circle(canvas, pt(kCx + b.x, b.y), 26, colour, cv::FILLED, cv::LINE_AA);
        }
    }
    const double x = centred ? kCx : kCx - 100;
    const double mouth = 0.25 + 0.5 * std::abs(std::sin(kTwoPi * 1.6 * t));
    drawFace(canvas, {x, kCy - 10}, 200, mouth, std::fmod(t + 0.6, 1.9) < 0.1, rgb(40, 45, 60));
}

void drawScene(cv::Mat& canvas, Scene scene, double t, double u, bool centred)
{
    switch (scene) {
    case Scene::Landscape:
        drawLandscape(canvas, u, centred);
        break;
    case Scene::Walk:
        drawWalk(canvas, t, centred);
        break;
    case Scene::CloseUp:
        drawCloseUp(canvas, t, centred);
        break;
    case Scene::Skyline:
        drawSkyline(canvas, centred);
        break;
    case Scene::Corridor:
        drawCorridor(canvas, t, u, centred);
        break;
    case Scene::MediumShot:
        drawMediumShot(canvas, t, centred);
        break;
    case Scene::Sunset:
        drawSunset(canvas, u, centred);
        break;
    case Scene::NightCloseUp:
        drawNightCloseUp(canvas, t, centred);
        break;
    }
}

/// The remake's grade: shadows pushed towards teal (blue and green up, red down), highlights
/// towards orange (red up, blue down), then saturation raised by 35 %.
void gradeTealOrange(cv::Mat& bgr)
{
    for (int y = 0; y < bgr.rows; ++y) {
        auto* p = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            double b = p[x][0] / 255.0;
            double g = p[x][1] / 255.0;
            double r = p[x][2] / 255.0;
            const double luma = 0.114 * b + 0.587 * g + 0.299 * r;
            const double shadow = clamp01((0.7 - luma) / 0.5);
            const double highlight = clamp01((luma - 0.45) / 0.4);
            b += 0.26 * shadow - 0.22 * highlight;
            g += 0.18 * shadow + 0.02 * highlight;
            r += -0.20 * shadow + 0.22 * highlight;
            const double graded = 0.114 * b + 0.587 * g + 0.299 * r;
            constexpr double kSaturation = 1.35;
            b = graded + kSaturation * (b - graded);
            g = graded + kSaturation * (g - graded);
            r = graded + kSaturation * (r - graded);
            p[x] =
                cv::Vec3b(cv::saturate_cast<uchar>(b * 255.0), cv::saturate_cast<uchar>(g * 255.0),
                          cv::saturate_cast<uchar>(r * 255.0));
        }
    }
}

struct Placed
{
    std::size_t shot;
    int start;
};

std::vector<Placed> placeShots()
{
    std::vector<Placed> placed;
    int start = 0;
    for (std::size_t i = 0; i < kShots.size(); ++i) {
        placed.push_back({i, start});
        start += kShots[i].frames;
    }
    return placed;
}

/// The hand-held camera's offset at every frame: a fixed-seed, mean-reverting random walk with
/// steps of up to ±2 px. Zero for the remake.
std::vector<cv::Point2d> cameraJitter(DemoVariant variant, int frames)
{
    std::vector<cv::Point2d> jitter(std::size_t(frames), cv::Point2d(0, 0));
    if (variant == DemoVariant::Remake)
        return jitter;
    cv::RNG rng(kJitterSeed);
    cv::Point2d offset(0, 0);
    for (auto& j : jitter) {
        offset.x = 0.8 * offset.x + rng.uniform(-2.0, 2.0);
        offset.y = 0.8 * offset.y + rng.uniform(-2.0, 2.0);
        j = offset;
    }
    return jitter;
}

/// A fine, fixed-seed texture added to every scene, as surfaces have in real footage; without
/// it the flat drawn shapes leave optical flow nothing to track.
const cv::Mat& sceneTexture()
{
    static const cv::Mat texture = [] {
        cv::Mat noise(kCanvasHeight, kCanvasWidth, CV_8UC3);
        cv::RNG rng(kTextureSeed);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 14);
        cv::GaussianBlur(noise, noise, cv::Size(3, 3), 0.8);
        return noise;
    }();
    return texture;
}

/// Shot `shot` at local frame `local` (may run past either end, for dissolves), graded.
cv::Mat shotPicture(DemoVariant variant, std::size_t shot, int local, cv::Point2d jitter)
{
    const auto& spec = kShots[shot];
    const bool remake = variant == DemoVariant::Remake;
    const double t = double(local) / kDemoFps;
    const double u = double(local) / double(spec.frames - 1);
    cv::Mat canvas(kCanvasHeight, kCanvasWidth, CV_8UC3);
    drawScene(canvas, spec.scene, t, u, remake);
    cv::add(canvas, sceneTexture(), canvas); // moves with the scene, so motion is measurable

    // The camera: the original pans and zooms linearly by hand, the remake eases.
    const double move = remake ? smoothstep(u) : clamp01(u);
    const double pan = spec.panFrom + (spec.panTo - spec.panFrom) * move;
    const double zoom =
        (spec.zoomFrom + (spec.zoomTo - spec.zoomFrom) * move) * (remake ? kRemakeZoom : 1.0);
    const double camX = kCx + pan + jitter.x;
    const double camY = kCy + jitter.y;
    const cv::Matx23d transform(zoom, 0, kDemoWidth / 2.0 - zoom * camX, 0, zoom,
                                kDemoHeight / 2.0 - zoom * camY);
    cv::Mat frame;
    cv::warpAffine(canvas, frame, transform, cv::Size(kDemoWidth, kDemoHeight), cv::INTER_LINEAR,
                   cv::BORDER_REPLICATE);
    if (remake)
        gradeTealOrange(frame);
    return frame;
}

cv::Mat renderFrame(DemoVariant variant, int index, const std::vector<cv::Point2d>& jitter)
{
    if (index < 0 || index >= demoFrameCount())
        throw std::out_of_range("demo frame index " + std::to_string(index));
    const auto placed = placeShots();
    std::size_t i = 0;
    while (i + 1 < placed.size() && index >= placed[i + 1].start)
        ++i;
    const int frames = kShots[i].frames;
    const int local = index - placed[i].start;
    const auto j = jitter[std::size_t(index)];
    cv::Mat frame = shotPicture(variant, i, local, j);

    constexpr int kHalf = kDemoDissolveFrames / 2;
    if (kShots[i].transitionIn == DemoTransition::Dissolve && local < kHalf) {
        const double alpha = (local + kHalf + 0.5) / kDemoDissolveFrames;
        const cv::Mat previous = shotPicture(variant, i - 1, local + kShots[i - 1].frames, j);
        cv::addWeighted(frame, alpha, previous, 1.0 - alpha, 0.0, frame);
    }
    if (i + 1 < kShots.size() && kShots[i + 1].transitionIn == DemoTransition::Dissolve &&
        local >= frames - kHalf) {
        const double alpha = (local - frames + kHalf + 0.5) / kDemoDissolveFrames;
        const cv::Mat next = shotPicture(variant, i + 1, local - frames, j);
        cv::addWeighted(next, alpha, frame, 1.0 - alpha, 0.0, frame);
    }
    if (kShots[i].transitionIn == DemoTransition::FadeIn && local < kDemoFadeFrames)
        frame.convertTo(frame, -1, (local + 0.5) / kDemoFadeFrames);
    if (i + 1 < kShots.size() && kShots[i + 1].transitionIn == DemoTransition::FadeIn &&
        local >= frames - kDemoFadeFrames)
        frame.convertTo(frame, -1, (frames - local - 0.5) / kDemoFadeFrames);
    return frame;
}

} // namespace

const std::vector<DemoShot>& demoShotList()
{
    static const std::vector<DemoShot> list = [] {
        std::vector<DemoShot> shots;
        for (const auto& p : placeShots()) {
            const auto& spec = kShots[p.shot];
            shots.push_back({spec.description, p.start, p.start + spec.frames, spec.transitionIn});
        }
        return shots;
    }();
    return list;
}

int demoFrameCount()
{
    int frames = 0;
    for (const auto& shot : kShots)
        frames += shot.frames;
    return frames;
}

cv::Mat renderDemoFrame(DemoVariant variant, int index)
{
    return renderFrame(variant, index, cameraJitter(variant, demoFrameCount()));
}

void renderDemoFilm(const std::filesystem::path& target, DemoVariant variant,
                    const CancellationToken* cancel, const ProgressSink& progress)
{
    std::error_code error;
    const auto directory =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::filesystem::create_directories(directory, error);
    if (error)
        throw MediaError(target.string(), "cannot create the folder: " + error.message());
    TemporaryFile temporary(
        directory / (".tmp-" + std::to_string(::getpid()) + "-" + target.filename().string()));
    media::VideoEncoderOptions options;
    options.crf = 20;
    options.keyframeInterval = 48;
    options.threads = 2; // fixed, so that every machine encodes the same bytes
    media::VideoEncoder encoder;
    encoder.open(temporary.path(), kDemoWidth, kDemoHeight, kDemoFps, options);

    const int total = demoFrameCount();
    const auto jitter = cameraJitter(variant, total);
    for (int k = 0; k < total; ++k) {
        if (cancel)
            cancel->throwIfCancelled();
        encoder.write(renderFrame(variant, k, jitter));
        if (progress && (k + 1) % 12 == 0)
            progress(k + 1, total);
    }
    encoder.finish();
    std::filesystem::rename(temporary.path(), target, error);
    if (error)
        throw MediaError(target.string(), "cannot store the demo film: " + error.message());
    temporary.keep();
    if (progress)
        progress(total, total);
    log::get("media")->info("{}: demo film ({}) of {} frames written", target.string(),
                            variant == DemoVariant::Remake ? "remake" : "original", total);
}

} // namespace diptych::demo
