#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace diptych {

// CSV as RFC 4180 describes it, in UTF-8: the one dialect R's read.csv, pandas.read_csv and
// spreadsheets all read without options.

/// One CSV record with where it starts, for error messages.
struct CsvRecord
{
    std::vector<std::string> fields;
    int line = 0; ///< 1-based physical line of the record's first character
    int row = 0;  ///< 1-based record number, blank records included (a spreadsheet's row)
};

/// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view text);

/// Parses CSV text strictly: fields separated by commas, quoted with `"` when they hold commas,
/// quotes (doubled) or line breaks; records end with CRLF, LF or CR; a leading byte-order mark
/// is ignored; blank records are skipped; line breaks inside fields come back as LF. A stray
/// quote, an unterminated quoted field or invalid UTF-8 throws InputError
/// "SOURCE: line N (row R): reason".
std::vector<CsvRecord> parseCsv(std::string_view text, const std::string& source);

/// `text` as one CSV field: as is, or quoted with inner quotes doubled when it holds a comma,
/// a quote or a line break.
[[nodiscard]] std::string csvField(std::string_view text);

/// A number as a CSV field: the shortest text that reads back as the same double, always with
/// `.` as the decimal mark whatever the locale; empty for NaN and infinities (R reads NA,
/// pandas NaN).
[[nodiscard]] std::string csvNumber(double value);

/// Builds a CSV table in memory: a header row, then rows of exactly as many fields; records
/// end with CRLF as RFC 4180 says.
class CsvWriter
{
public:
    explicit CsvWriter(const std::vector<std::string>& header);
    /// Throws std::logic_error when the field count differs from the header's.
    void addRow(const std::vector<std::string>& fields);
    [[nodiscard]] const std::string& text() const noexcept { return m_text; }

private:
    std::size_t m_columns;
    std::string m_text;
};

} // namespace diptych
