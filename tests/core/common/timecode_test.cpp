#include "common/timecode.h"

#include <catch2/catch.hpp>

using diptych::formatDuration;
using diptych::formatTimecode;
using diptych::parseTimecode;

TEST_CASE("Timecodes count frames at the rounded rate", "[common][timecode]")
{
    CHECK(formatTimecode(0, 24) == "00:00:00:00");
    CHECK(formatTimecode(23, 24) == "00:00:00:23");
    CHECK(formatTimecode(24, 24) == "00:00:01:00");
    CHECK(formatTimecode(24 * 3661 + 5, 24) == "01:01:01:05");
    CHECK(formatTimecode(29, 30000.0 / 1001) == "00:00:00:29");
    CHECK(formatTimecode(30, 30000.0 / 1001) == "00:00:01:00");
    CHECK(formatTimecode(-4, 25) == "00:00:00:00");
    CHECK(formatTimecode(10, 0) == "--:--:--:--");
}

TEST_CASE("Timecodes and frame numbers parse back to frames", "[common][timecode]")
{
    CHECK(parseTimecode("01:01:01:05", 24) == 24 * 3661 + 5);
    CHECK(parseTimecode(formatTimecode(1234, 30000.0 / 1001), 30000.0 / 1001) == 1234);
    CHECK(parseTimecode(" 00:00:02;03 ", 25) == 53);
    CHECK(parseTimecode("1491", 24) == 1491);
    CHECK_FALSE(parseTimecode("00:00:01:24", 24)); // FF must be below the rate
    CHECK_FALSE(parseTimecode("1:2", 24));
    CHECK_FALSE(parseTimecode("ten", 24));
    CHECK_FALSE(parseTimecode("00:00:01:00", 0));
}

TEST_CASE("Durations print hours, minutes, seconds and milliseconds", "[common][timecode]")
{
    CHECK(formatDuration(0) == "0:00:00.000");
    CHECK(formatDuration(62.5) == "0:01:02.500");
    CHECK(formatDuration(3600 * 25 + 1.0005) == "25:00:01.001");
    CHECK(formatDuration(-3) == "0:00:00.000");
}
