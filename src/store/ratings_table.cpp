#include "store/ratings_table.h"

#include <cctype>

namespace store {
namespace {

void bind_optional(Statement& st, int index, const std::optional<std::string>& v) {
  if (v) st.bind(index, *v);
  else st.bind_null(index);
}

std::optional<std::string> optional_text(const Statement& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  return st.text(col);
}

base::Status check_month(const std::string& month) {
  if (!is_rating_month(month)) return base::Error{"month \"" + month + "\" is not YYYY-MM"};
  return base::ok();
}

// rated_at runs from "YYYY-MM-01 00:00:00" to before "YYYY-MM-32": one range the index answers.
std::string month_start(const std::string& month) { return month + "-01"; }
std::string month_end(const std::string& month) { return month + "-32"; }

}  // namespace

bool is_rating_month(const std::string& month) {
  if (month.size() != 7 || month[4] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (!std::isdigit(static_cast<unsigned char>(month[i]))) return false;
  const int m = (month[5] - '0') * 10 + (month[6] - '0');
  return m >= 1 && m <= 12;
}

base::Result<bool> RatingsTable::insert(const core::Rating& r) {
  if (auto s = core::check_rating(r); !s) return s.error();
  auto st = db_.prepare(
      "INSERT INTO ratings(visit_key, rated_at, channel, level, reason, item_code, acceptance_no, hall_code, "
      "terminal, staff_no) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(visit_key) DO NOTHING");
  if (!st) return st.error();
  st->bind(1, r.visit_key);
  st->bind(2, r.rated_at);
  st->bind(3, core::rating_channel_code(r.channel));
  st->bind(4, r.level);
  bind_optional(*st, 5, r.reason);
  bind_optional(*st, 6, r.item_code);
  bind_optional(*st, 7, r.acceptance_no);
  st->bind(8, r.hall_code);
  st->bind(9, r.terminal);
  bind_optional(*st, 10, r.staff_no);
  if (auto s = st->run(); !s) return s.error();
  return db_.changes() > 0;
}

base::Result<std::vector<core::Rating>> RatingsTable::in_month(const std::string& month) {
  if (auto s = check_month(month); !s) return s.error();
  auto st = db_.prepare(
      "SELECT visit_key, rated_at, channel, level, reason, item_code, acceptance_no, hall_code, terminal, staff_no "
      "FROM ratings WHERE rated_at >= ?1 AND rated_at < ?2 ORDER BY rated_at, id");
  if (!st) return st.error();
  st->bind(1, month_start(month));
  st->bind(2, month_end(month));
  std::vector<core::Rating> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    core::Rating r;
    r.visit_key = st->text(0);
    r.rated_at = st->text(1);
    r.channel = core::parse_rating_channel(st->text(2)).value_or(core::RatingChannel::Kiosk);
    r.level = st->integer(3);
    r.reason = optional_text(*st, 4);
    r.item_code = optional_text(*st, 5);
    r.acceptance_no = optional_text(*st, 6);
    r.hall_code = st->text(7);
    r.terminal = st->integer(8);
    r.staff_no = optional_text(*st, 9);
    out.push_back(std::move(r));
  }
  return out;
}

base::Result<std::vector<RatingCount>> RatingsTable::counts(const std::string& month) {
  if (auto s = check_month(month); !s) return s.error();
  // 'kiosk' sorts before 'counter' by the CASE; a NULL item comes first within its channel.
  auto st = db_.prepare(
      "SELECT channel, COALESCE(item_code, ''), level, count(*) FROM ratings WHERE rated_at >= ?1 AND rated_at < ?2 "
      "GROUP BY channel, COALESCE(item_code, ''), level "
      "ORDER BY CASE channel WHEN 'kiosk' THEN 0 ELSE 1 END, COALESCE(item_code, ''), level");
  if (!st) return st.error();
  st->bind(1, month_start(month));
  st->bind(2, month_end(month));
  std::vector<RatingCount> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    const auto channel = core::parse_rating_channel(st->text(0)).value_or(core::RatingChannel::Kiosk);
    const std::string item = st->text(1);
    const int level = st->integer(2);
    if (out.empty() || out.back().channel != channel || out.back().item_code != item)
      out.push_back(RatingCount{channel, item, {}});
    if (level >= core::kWorstRating && level <= core::kBestRating)
      out.back().levels[static_cast<std::size_t>(level - 1)] = st->integer(3);
  }
  return out;
}

base::Result<core::RatingLevelCounts> RatingsTable::level_counts(const std::string& month) {
  if (auto s = check_month(month); !s) return s.error();
  auto st = db_.prepare("SELECT level, count(*) FROM ratings WHERE rated_at >= ?1 AND rated_at < ?2 GROUP BY level");
  if (!st) return st.error();
  st->bind(1, month_start(month));
  st->bind(2, month_end(month));
  core::RatingLevelCounts out{};
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    const int level = st->integer(0);
    if (level >= core::kWorstRating && level <= core::kBestRating)
      out[static_cast<std::size_t>(level - 1)] = st->integer(1);
  }
  return out;
}

}  // namespace store
