#include "app/rating_export.h"

#include "app/file_write.h"
#include "core/domain/ledger.h"
#include "core/language.h"

namespace app {
namespace {

struct Words {
  const core::Catalog& words;
  const core::ServiceCatalog& items;
  std::string get(std::string_view key) const { return std::string(words.get(core::kRecordLanguage, key)); }
  std::string channel(core::RatingChannel c) const {
    return get("rating_export.channel." + std::string(core::rating_channel_code(c)));
  }
  std::string item(const std::string& code) const {
    if (code.empty()) return "";
    const core::ServiceItem* i = items.find(code);
    return i ? i->name : code;
  }
};

// The counts table: header, one row per channel and item, the total.
std::vector<std::vector<std::string>> count_lines(const RatingMonth& m, const Words& w,
                                                  std::vector<core::RatingLevelCounts>* numbers) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> header = {w.get("rating_export.col_channel"), w.get("rating_export.col_item_code"),
                                     w.get("rating_export.col_item")};
  for (int level = core::kBestRating; level >= core::kWorstRating; --level)
    header.push_back(w.get(core::rating_level_key(level)));
  header.push_back(w.get("rating_export.col_total"));
  out.push_back(std::move(header));
  core::RatingLevelCounts total{};
  for (const auto& c : m.counts) {
    std::vector<std::string> line = {w.channel(c.channel), c.item_code, w.item(c.item_code)};
    if (numbers) numbers->push_back(c.levels);
    for (std::size_t i = 0; i < total.size(); ++i) total[i] += c.levels[i];
    out.push_back(std::move(line));
  }
  if (numbers) numbers->push_back(total);
  out.push_back({w.get("rating_export.total"), "", ""});
  return out;
}

int sum(const core::RatingLevelCounts& l) {
  int n = 0;
  for (int v : l) n += v;
  return n;
}

std::vector<std::string> row_header(const Words& w) {
  return {w.get("rating_export.col_rated_at"), w.get("rating_export.col_channel"), w.get("rating_export.col_level"),
          w.get("rating_export.col_reason"),   w.get("rating_export.col_item_code"), w.get("rating_export.col_item"),
          w.get("rating_export.col_acceptance_no"), w.get("rating_export.col_hall"), w.get("rating_export.col_terminal"),
          w.get("rating_export.col_staff")};
}

std::vector<std::string> row_cells(const core::Rating& r, const Words& w) {
  const std::string item = r.item_code.value_or("");
  return {r.rated_at,
          w.channel(r.channel),
          w.get(core::rating_level_key(r.level)),
          r.reason ? w.get(core::rating_reason_key(*r.reason)) : std::string(),
          item,
          w.item(item),
          r.acceptance_no.value_or(""),
          r.hall_code,
          std::to_string(r.terminal),
          r.staff_no.value_or("")};
}

void csv_line(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += core::csv_field(cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string rating_csv(const RatingMonth& m, const core::Catalog& words, const core::ServiceCatalog& items) {
  const Words w{words, items};
  std::string out(core::kUtf8ByteOrderMark);
  std::vector<core::RatingLevelCounts> numbers;
  auto lines = count_lines(m, w, &numbers);
  csv_line(out, lines[0]);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto cells = lines[i];
    const auto& n = numbers[i - 1];
    for (int level = core::kBestRating; level >= core::kWorstRating; --level)
      cells.push_back(std::to_string(n[static_cast<std::size_t>(level - 1)]));
    cells.push_back(std::to_string(sum(n)));
    csv_line(out, cells);
  }
  out += "\r\n";
  csv_line(out, row_header(w));
  for (const auto& r : m.rows) csv_line(out, row_cells(r, w));
  return out;
}

xlsx::Book rating_book(const RatingMonth& m, const core::Catalog& words, const core::ServiceCatalog& items) {
  const Words w{words, items};
  xlsx::Book book;
  book.title = w.get("rating_export.title") + " " + m.month;
  book.subject = w.get("rating_export.title");
  xlsx::Sheet summary;
  summary.name = w.get("rating_export.sheet_summary");
  summary.freeze_first_row = true;
  std::vector<core::RatingLevelCounts> numbers;
  auto lines = count_lines(m, w, &numbers);
  xlsx::Row header;
  for (auto& h : lines[0]) header.push_back(xlsx::text(h, xlsx::Style::Header));
  summary.rows.push_back(std::move(header));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const bool total = i + 1 == lines.size();
    const auto style = total ? xlsx::Style::Total : xlsx::Style::Plain;
    xlsx::Row row;
    for (auto& c : lines[i]) row.push_back(xlsx::text(c, style));
    const auto& n = numbers[i - 1];
    for (int level = core::kBestRating; level >= core::kWorstRating; --level)
      row.push_back(xlsx::integer(n[static_cast<std::size_t>(level - 1)], style));
    row.push_back(xlsx::integer(sum(n), style));
    summary.rows.push_back(std::move(row));
  }
  xlsx::fit_column_widths(summary);
  xlsx::Sheet detail;
  detail.name = w.get("rating_export.sheet_rows");
  detail.freeze_first_row = true;
  detail.filter_first_row = true;
  xlsx::Row dh;
  for (auto& h : row_header(w)) dh.push_back(xlsx::text(h, xlsx::Style::Header));
  detail.rows.push_back(std::move(dh));
  for (const auto& r : m.rows) {
    xlsx::Row row;
    auto cells = row_cells(r, w);
    for (std::size_t i = 0; i < cells.size(); ++i)
      row.push_back(i == 8 ? xlsx::integer(r.terminal) : xlsx::text(cells[i]));
    detail.rows.push_back(std::move(row));
  }
  xlsx::fit_column_widths(detail);
  book.sheets = {std::move(summary), std::move(detail)};
  return book;
}

base::Status write_rating_export(const RatingMonth& m, RatingFormat format, const core::Catalog& words,
                                 const core::ServiceCatalog& items, const std::filesystem::path& out) {
  if (format == RatingFormat::Xlsx) return xlsx::write_book(rating_book(m, words, items), out);
  return write_file_atomically(out, rating_csv(m, words, items));
}

}  // namespace app
