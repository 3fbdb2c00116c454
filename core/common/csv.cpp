#include "common/csv.h"

#include "common/error.h"

#include <charconv>
#include <cmath>

namespace diptych {

namespace {

[[noreturn]] void fail(const std::string& source, int line, int row, const std::string& why)
{
    std::string where = "line " + std::to_string(line);
    if (row != line)
        where += " (row " + std::to_string(row) + ")";
    throw InputError(source + ": " + where + ": " + why);
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int length = 1;
        char32_t min = 0;
        char32_t code = c;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
            code = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
            code = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
            code = c & 0x07u;
        } else if (c >= 0x80) {
            return false; // a continuation byte, an overlong 0xC0/0xC1 lead or 0xF5..0xFF
        }
        if (i + static_cast<std::size_t>(length) > text.size())
            return false;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return false;
        i += static_cast<std::size_t>(length);
    }
    return true;
}

// RFC 4180, strictly: a quote may only open a field or, doubled, stand for itself inside a
// quoted field, so a stray quote (a sign of a file cut in the middle or hand-edited wrongly)
// is reported instead of silently shifting every later field.
std::vector<CsvRecord> parseCsv(std::string_view text, const std::string& source)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::vector<CsvRecord> records;
    std::size_t i = 0;
    int line = 1;
    int row = 0;
    // Consumes one line break (CRLF, LF or CR) at i, if there is one.
    const auto takeLineBreak = [&]() {
        if (i < text.size() && text[i] == '\r') {
            ++i;
            if (i < text.size() && text[i] == '\n')
                ++i;
        } else if (i < text.size() && text[i] == '\n') {
            ++i;
        } else {
            return false;
        }
        ++line;
        return true;
    };
    while (i < text.size()) {
        CsvRecord record;
        record.line = line;
        record.row = ++row;
        bool endOfRecord = false;
        while (!endOfRecord) {
            std::string field;
            if (i < text.size() && text[i] == '"') {
                const int openedOn = line;
                ++i;
                for (;;) {
                    if (i >= text.size())
                        fail(source, openedOn, record.row,
                             "unterminated quoted field (a \" opened here is never closed)");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    // Line breaks inside a field become LF whatever the file uses.
                    if (text[i] == '\r' || text[i] == '\n') {
                        takeLineBreak();
                        field += '\n';
                        continue;
                    }
                    field += text[i++];
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    fail(source, line, record.row,
                         "unexpected text after a closing quote (write a quote inside a "
                         "quoted field as \"\")");
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    if (text[i] == '"')
                        fail(source, line, record.row,
                             "a quote inside an unquoted field (quote the whole field and "
                             "double the quote)");
                    field += text[i++];
                }
            }
            if (!isValidUtf8(field))
                fail(source, record.line, record.row, "not valid UTF-8 text");
            record.fields.push_back(std::move(field));
            if (i < text.size() && text[i] == ',')
                ++i;
            else
                endOfRecord = takeLineBreak() || i >= text.size();
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty();
        if (!blank)
            records.push_back(std::move(record));
    }
    return records;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csvNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    // to_chars ignores the C and C++ locales and writes the shortest text that reads back as
    // the same double, so a German or French system still gets "0.25".
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

CsvWriter::CsvWriter(const std::vector<std::string>& header)
    : m_columns(header.size())
{
    addRow(header);
}

void CsvWriter::addRow(const std::vector<std::string>& fields)
{
    if (fields.size() != m_columns)
        throw std::logic_error("CsvWriter: a row of " + std::to_string(fields.size()) +
                               " fields in a table of " + std::to_string(m_columns));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += ',';
        m_text += csvField(fields[i]);
    }
    m_text += "\r\n";
}

} // namespace diptych
