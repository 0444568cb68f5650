#pragma once
// The cells of a roster as county systems and Excel write them, read into the forms the store
// keeps. Pure functions over UTF-8; each returns nothing when the text is not a form it knows, so
// the row checker can say what was expected.
#include <optional>
#include <string>
#include <string_view>

#include "core/domain/money.h"

namespace core {

// Every Unicode space trimmed from both ends: ASCII space and tab, NBSP, the ideographic
// (full-width) space, the spaces U+2000–U+200B, U+202F, U+205F and a stray byte-order mark.
std::string trim_spaces(std::string_view s);

// Full-width ASCII forms (Ｕ+FF01–FF5E: ０-９, Ｘ, ．, ／, －…) as ASCII.
std::string to_half_width(std::string_view s);

// A header cell as a key to match: spaces trimmed, ASCII letters lower-cased ("ID_Number" → "id_number").
std::string header_key(std::string_view s);

// Dates: 2026-03-01, 2026-3-1, 2026/3/1 (Excel zh-CN's default), 2026.3.1, 20260301, 2026年3月1日, any
// of them full-width or followed by a time of day ("2026-03-01 00:00:00", "2026/3/1 0:00"); a real
// calendar day → "YYYY-MM-DD".
std::optional<std::string> parse_roster_date(std::string_view s);

// Months: 2026-09, 2026-9, 2026/09, 2026.9, 202609, 2026年9月 (full-width too) → "YYYY-MM".
std::optional<std::string> parse_roster_month(std::string_view s);

// Amounts in yuan: 528, 528.5, 1,150.00 (thousands grouped by three), ￥528, ¥528, 528元, full-width
// digits; at most two decimals; never negative.
std::optional<Fen> parse_roster_amount(std::string_view s);

// An ID number cell: full-width digits and Ｘ as ASCII, Excel's text marker (a leading ') removed.
std::string clean_id_cell(std::string_view s);

}  // namespace core
