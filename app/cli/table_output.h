#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

namespace diptych::cli {

/// A JSON document kept as text (e.g. a palette): a quoted string in CSV, nested in JSON.
struct JsonText
{
    std::string text;
};

/// One cell: empty (NULL / NaN), an integer, a real, text or JSON.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string, JsonText>;

/// A result table with named columns, printed as CSV or JSON for R, pandas and scripts.
struct Table
{
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows; ///< each row has one cell per column
};

/// RFC 4180 CSV: a header row, then one line per row; fields with commas, quotes or line
/// breaks are quoted; empty cells are empty fields; reals print with round-trip precision.
void writeCsv(std::ostream& out, const Table& table);
/// A JSON array with one object per row (column name → value; empty cells are null).
void writeJson(std::ostream& out, const Table& table);
/// writeCsv or writeJson by `format` ("csv" or "json").
void writeTable(std::ostream& out, const Table& table, const std::string& format);

} // namespace diptych::cli
