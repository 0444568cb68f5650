#include "app/xlsx/workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <memory>

#include "app/file_write.h"
#include "base/printable.h"
#include "base/utf8.h"

namespace app::xlsx {

Cell empty(Style style) {
  Cell c;
  c.style = style;
  return c;
}

Cell text(std::string value, Style style) {
  Cell c;
  c.kind = Cell::Kind::Text;
  c.text = std::move(value);
  c.style = style;
  return c;
}

Cell number(double value, NumberFormat format, Style style) {
  Cell c;
  c.kind = Cell::Kind::Number;
  c.number = value;
  c.format = format;
  c.style = style;
  return c;
}

Cell integer(std::int64_t value, Style style) { return number(static_cast<double>(value), NumberFormat::Integer, style); }

// Fen are exact integers; the division gives the double nearest the yuan value, which
// libxlsxwriter writes with 16 significant digits and so back as 359.17, not 359.170000000001.
Cell yuan(core::Fen fen, Style style) {
  return number(static_cast<double>(fen) / static_cast<double>(core::kFenPerYuan), NumberFormat::Yuan, style);
}

namespace {

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell's text
constexpr lxw_color_t kHeaderFill = 0xD9D9D9;  // light grey
constexpr double kWidthMargin = 2;

double display_width(std::string_view s) {
  double w = 0;
  for (std::size_t i = 0; i < s.size(); i = base::next_char_boundary(s, i)) w += static_cast<unsigned char>(s[i]) < 0x80 ? 1 : 2;
  return w;
}

std::string printable_name(const std::filesystem::path& p) { return base::printable(p.string(), 120); }

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const {
    if (wb) workbook_close(wb);
  }
};

// The nine formats a cell can need: style × (text, general, integer, yuan). Made once per book;
// libxlsxwriter owns them.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) {
    for (int s = 0; s < 3; ++s) {
      for (int k = 0; k < 4; ++k) {
        lxw_format* f = workbook_add_format(wb);
        if (k == 0) format_set_num_format(f, "@");
        if (k == 2) format_set_num_format(f, "0");
        if (k == 3) format_set_num_format(f, "0.00");
        if (s == static_cast<int>(Style::Header)) {
          format_set_bold(f);
          format_set_pattern(f, LXW_PATTERN_SOLID);
          format_set_bg_color(f, kHeaderFill);
          format_set_border(f, LXW_BORDER_THIN);
          format_set_align(f, LXW_ALIGN_CENTER);
        } else if (s == static_cast<int>(Style::Total)) {
          format_set_bold(f);
          format_set_top(f, LXW_BORDER_THIN);
        }
        formats_[static_cast<std::size_t>(s * 4 + k)] = f;
      }
    }
  }
  lxw_format* of(const Cell& c) const {
    int k = 0;
    if (c.kind == Cell::Kind::Number) k = 1 + static_cast<int>(c.format);
    return formats_[static_cast<std::size_t>(static_cast<int>(c.style) * 4 + k)];
  }

 private:
  std::array<lxw_format*, 12> formats_{};
};

std::string where(const Sheet& sheet, std::size_t row, std::size_t col) {
  return "sheet '" + base::printable(sheet.name, 40) + "' row " + std::to_string(row + 1) + " column " +
         std::to_string(col + 1);
}

base::Status check_book(const Book& book) {
  if (book.sheets.empty()) return base::Error{"a workbook needs at least one sheet"};
  for (const auto& sheet : book.sheets) {
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
      if (r >= LXW_ROW_MAX) return base::Error{"sheet '" + base::printable(sheet.name, 40) + "' has more rows than Excel allows"};
      const auto& row = sheet.rows[r];
      if (row.size() > LXW_COL_MAX) return base::Error{where(sheet, r, LXW_COL_MAX) + ": more columns than Excel allows"};
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (row[c].kind != Cell::Kind::Text) continue;
        if (!base::is_valid_utf8(row[c].text)) return base::Error{where(sheet, r, c) + ": the text is not UTF-8"};
        if (base::count_chars(row[c].text) > kMaxCellChars) {
          return base::Error{where(sheet, r, c) + ": text longer than Excel's 32,767 characters"};
        }
      }
    }
  }
  return base::ok();
}

base::Status add_sheet(lxw_workbook* wb, const Formats& formats, const Sheet& sheet) {
  const std::string quoted = "'" + base::printable(sheet.name, 40) + "'";
  if (lxw_error e = workbook_validate_sheet_name(wb, sheet.name.c_str()); e != LXW_NO_ERROR) {
    return base::Error{"sheet name " + quoted + ": " + lxw_strerror(e)};
  }
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
  if (!ws) return base::Error{"cannot add the sheet " + quoted};
  // Column widths and panes first: with constant_memory, rows go to disk as they are written.
  for (std::size_t c = 0; c < sheet.column_widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, col, col, sheet.column_widths[c], nullptr);
  }
  if (sheet.freeze_first_row && !sheet.rows.empty()) worksheet_freeze_panes(ws, 1, 0);
  std::size_t widest = 0;
  for (const auto& row : sheet.rows) widest = std::max(widest, row.size());
  if (sheet.filter_first_row && !sheet.rows.empty() && widest > 0) {
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size() - 1), static_cast<lxw_col_t>(widest - 1));
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r);
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const Cell& cell = sheet.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error e = LXW_NO_ERROR;
      switch (cell.kind) {
        case Cell::Kind::Empty:
          if (cell.style != Style::Plain) e = worksheet_write_blank(ws, row, col, formats.of(cell));
          break;
        case Cell::Kind::Text:
          // An empty string would be written as a blank without its format; keep the style.
          e = cell.text.empty() ? worksheet_write_blank(ws, row, col, formats.of(cell))
                                : worksheet_write_string(ws, row, col, cell.text.c_str(), formats.of(cell));
          break;
        case Cell::Kind::Number: e = worksheet_write_number(ws, row, col, cell.number, formats.of(cell)); break;
      }
      if (e != LXW_NO_ERROR) return base::Error{where(sheet, r, c) + ": " + lxw_strerror(e)};
    }
  }
  return base::ok();
}

base::Status write_to(const Book& book, const std::filesystem::path& target, const std::string& file) {
  // Temporary files of constant_memory mode go beside the target (same disk, same permissions);
  // libxlsxwriter unlinks them as it opens them.
  std::string folder = target.has_parent_path() ? target.parent_path().string() : std::string(".");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = folder.data();
  options.use_zip64 = LXW_FALSE;
  std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new_opt(file.c_str(), &options));
  if (!wb) return base::Error{"cannot write " + printable_name(target) + ": the workbook could not be started"};

  std::string title = book.title, subject = book.subject, author = "onewindow";
  lxw_doc_properties props{};
  props.title = title.data();
  props.subject = subject.data();
  props.author = author.data();
  props.created = book.created == 0 ? kFixedCreated : book.created;
  if (lxw_error e = workbook_set_properties(wb.get(), &props); e != LXW_NO_ERROR) {
    return base::Error{"cannot write " + printable_name(target) + ": " + lxw_strerror(e)};
  }
  const Formats formats(wb.get());
  for (const auto& sheet : book.sheets) {
    if (auto s = add_sheet(wb.get(), formats, sheet); !s) return s;
  }
  const lxw_error closed = workbook_close(wb.release());
  if (closed != LXW_NO_ERROR) return base::Error{"cannot write " + printable_name(target) + ": " + lxw_strerror(closed)};
  return base::ok();
}

}  // namespace

void fit_column_widths(Sheet& sheet, double min_width, double max_width) {
  for (const auto& row : sheet.rows) {
    if (sheet.column_widths.size() < row.size()) sheet.column_widths.resize(row.size(), min_width);
    for (std::size_t c = 0; c < row.size(); ++c) {
      double w = min_width;
      if (row[c].kind == Cell::Kind::Text) w = display_width(row[c].text) + kWidthMargin;
      if (row[c].kind == Cell::Kind::Number) w = 12;  // "1234567.89" and a margin
      sheet.column_widths[c] = std::max(sheet.column_widths[c], std::clamp(w, min_width, max_width));
    }
  }
}

base::Status write_book(const Book& book, const std::filesystem::path& out, const std::function<base::Status()>& before_publish) {
  if (auto s = check_book(book); !s) return s;
  return write_through_temporary(out, [&](const std::string& temporary) {
    if (auto s = write_to(book, out, temporary); !s) return s;
    return before_publish ? before_publish() : base::ok();
  });
}

}  // namespace app::xlsx
