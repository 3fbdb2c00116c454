#include "table_output.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <ostream>

namespace diptych::cli {
namespace {

std::string quoted(const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

// Shortest text that reads back as the same double, so CSV loses nothing.
std::string realText(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, result.ptr};
}

std::string csvField(const Cell& cell)
{
    struct Visitor
    {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(std::int64_t value) const { return std::to_string(value); }
        std::string operator()(double value) const
        {
            return std::isfinite(value) ? realText(value) : std::string();
        }
        std::string operator()(const std::string& text) const { return quoted(text); }
        std::string operator()(const JsonText& json) const { return quoted(json.text); }
    };
    return std::visit(Visitor{}, cell);
}

nlohmann::ordered_json jsonValue(const Cell& cell)
{
    struct Visitor
    {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(std::int64_t value) const { return value; }
        nlohmann::ordered_json operator()(double value) const
        {
            return std::isfinite(value) ? nlohmann::ordered_json(value)
                                        : nlohmann::ordered_json(nullptr);
        }
        nlohmann::ordered_json operator()(const std::string& text) const { return text; }
        nlohmann::ordered_json operator()(const JsonText& json) const
        {
            return nlohmann::ordered_json::parse(json.text, nullptr, false);
        }
    };
    return std::visit(Visitor{}, cell);
}

} // namespace

void writeCsv(std::ostream& out, const Table& table)
{
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        out << (i ? "," : "") << quoted(table.columns[i]);
    out << '\n';
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out << (i ? "," : "") << csvField(row[i]);
        out << '\n';
    }
}

void writeJson(std::ostream& out, const Table& table)
{
    auto array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        auto object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i)
            object[table.columns[i]] = jsonValue(row[i]);
        array.push_back(std::move(object));
    }
    out << array.dump(2) << '\n';
}

void writeTable(std::ostream& out, const Table& table, const std::string& format)
{
    if (format == "json")
        writeJson(out, table);
    else
        writeCsv(out, table);
}

} // namespace diptych::cli
