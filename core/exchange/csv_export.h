#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace diptych::exchange {

struct ProjectSnapshot;

/// A column of an exported table and what it holds, for the bundle's README.
struct ColumnDoc
{
    std::string name;
    std::string description;
};

/// One tidy table: its file name, its fixed columns' documentation and its CSV text.
struct CsvTable
{
    std::string fileName;           ///< "shots.csv"
    std::string purpose;            ///< one line: what one row is
    std::vector<ColumnDoc> columns; ///< the fixed columns (metric and code columns not listed)
    std::string text; ///< UTF-8, RFC 4180, CRLF records, `.` decimals, empty = missing
};

/// The four tables of a CSV export, in this order: shots.csv (one row per shot per film:
/// ids, frames, seconds, timecodes, every per-shot metric, then one 0/1 column per code per
/// coder named `code:<code path>:<coder>`), annotations.csv, regions.csv, correspondences.csv.
/// Frames are 0-based, ranges [start, end); seconds are frame / fps.
std::vector<CsvTable> csvTables(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
