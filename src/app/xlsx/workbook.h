#pragma once
// Spreadsheets (.xlsx) for the exports people open in Excel or WPS: the payment roster (花名册),
// the statistics, the ratings. A workbook is built as a plain value — sheets of rows of typed
// cells — and written in one go by libxlsxwriter (Debian libxlsxwriter-dev):
//   - text cells stay text (an 18-character ID number is never turned into 3.2E+17), numbers are
//     numbers with a display format (yuan with two decimals, whole counts);
//   - the same Book gives the same bytes: the document's creation time is fixed (Book::created)
//     and libxlsxwriter stamps every zip entry with the same fixed date;
//   - the file is written beside the target and renamed into place (app/file_write.h), so a failure
//     leaves nothing behind, and an unwritable folder is one error line naming it.
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "core/domain/money.h"

namespace app::xlsx {

// How a cell looks: Header (bold on grey, a border: the first row of a table), Total (bold, a rule
// above: the total row), Plain.
enum class Style : std::uint8_t { Plain, Header, Total };
// How a number shows: General (as Excel would), Integer ("0"), Yuan ("0.00", the value in yuan).
enum class NumberFormat : std::uint8_t { General, Integer, Yuan };

struct Cell {
  enum class Kind : std::uint8_t { Empty, Text, Number };
  Kind kind = Kind::Empty;
  std::string text;
  double number = 0;
  NumberFormat format = NumberFormat::General;
  Style style = Style::Plain;
};

Cell empty(Style style = Style::Plain);
// Text is stored as text with Excel's "@" format, so typing over it keeps it text too.
Cell text(std::string value, Style style = Style::Plain);
Cell number(double value, NumberFormat format = NumberFormat::General, Style style = Style::Plain);
Cell integer(std::int64_t value, Style style = Style::Plain);
// An amount in fen shown in yuan with two decimals (35917 → 359.17, a number, not text).
Cell yuan(core::Fen fen, Style style = Style::Plain);

using Row = std::vector<Cell>;

struct Sheet {
  std::string name;                  // the tab: 1..31 characters, none of []:*?/\ and unique in the book
  std::vector<double> column_widths;  // in Excel's character widths; a CJK character needs about 2
  bool freeze_first_row = false;      // the header stays in view while scrolling
  bool filter_first_row = false;      // Excel's filter buttons on the header row
  std::vector<Row> rows;
};

// 2000-01-01 00:00:00 UTC: the creation time written into every book unless one is given (0 would
// make libxlsxwriter write the current time, and the same export would differ from run to run).
inline constexpr std::time_t kFixedCreated = 946684800;

struct Book {
  std::string title;    // document properties (File → Info): same input, same words
  std::string subject;
  std::time_t created = kFixedCreated;
  std::vector<Sheet> sheets;  // at least one; the first is the one that opens
};

// Sets each column's width from its longest cell (ASCII counts 1, other characters 2, plus a
// margin), kept within [min_width, max_width]; widths already given are raised if needed.
void fit_column_widths(Sheet& sheet, double min_width = 6, double max_width = 60);

// Writes `book` to `out` (atomically; see above). Errors: an empty book, a bad or repeated sheet
// name, text that is not UTF-8 or longer than Excel's 32,767 characters (naming the sheet, row and
// column), a folder that does not exist or cannot be written, a write that fails.
// `before_publish`, when given, runs once the whole file is written beside `out` and decides: an
// error leaves nothing behind (a roster whose audit failed is not handed out).
base::Status write_book(const Book& book, const std::filesystem::path& out,
                        const std::function<base::Status()>& before_publish = {});

}  // namespace app::xlsx
