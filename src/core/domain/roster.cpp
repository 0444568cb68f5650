#include "core/domain/roster.h"

#include <algorithm>
#include <array>
#include <optional>

#include "base/id_number.h"
#include "base/printable.h"
#include "base/utf8.h"
#include "core/domain/roster_fields.h"
#include "core/text/csv.h"

namespace core {
namespace {

enum Field { kId, kName, kType, kStatus, kMonthly, kSince, kNextReview, kPeriod, kAmount, kPaidOn, kChannel, kPayStatus };

struct Column {
  Field field;
  std::string_view zh;
  std::string_view en;
};
constexpr std::array kBenefitColumns = {
    Column{kId, "身份证号", "id_number"},          Column{kName, "姓名", "name"},
    Column{kType, "救助类别", "benefit_type"},     Column{kStatus, "状态", "status"},
    Column{kMonthly, "月标准金额", "monthly_amount"}, Column{kSince, "起始日期", "since"},
    Column{kNextReview, "下次年审日期", "next_review"},
};
constexpr std::array kPaymentColumns = {
    Column{kId, "身份证号", "id_number"},      Column{kName, "姓名", "name"},
    Column{kType, "救助类别", "benefit_type"}, Column{kPeriod, "发放月份", "period"},
    Column{kAmount, "金额", "amount"},         Column{kPaidOn, "发放日期", "paid_on"},
    Column{kChannel, "发放渠道", "channel"},   Column{kPayStatus, "发放状态", "status"},
};
constexpr std::size_t kFields = 12;
constexpr std::size_t kMaxRecordBytes = 64 * 1024;

// What a cell said, for a message: escaped and cut.
std::string shown(std::string_view v) { return "'" + base::printable(v) + "'"; }

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Maps each field to its position, if the header cells (trailing empty ones dropped) are exactly
// the column set of one kind.
template <std::size_t N>
bool match_header(const std::vector<std::string>& header, std::size_t width, const std::array<Column, N>& columns,
                  std::array<std::size_t, kFields>& pos) {
  if (width != N) return false;
  std::array<bool, kFields> seen{};
  for (std::size_t i = 0; i < width; ++i) {
    const std::string h = header_key(header[i]);
    bool found = false;
    for (const auto& c : columns) {
      if (h == c.zh || h == c.en) {
        if (seen[c.field]) return false;
        seen[c.field] = true;
        pos[c.field] = i;
        found = true;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

std::string check_person_name(std::string_view raw, std::string& name) {
  std::string v = trim_spaces(raw);
  if (v.empty()) return "empty";
  if (!base::is_plain_text(v)) return shown(v) + " holds a control character (a line break, a tab, NUL…)";
  if (base::count_chars(v) > kMaxNameChars) {
    return "longer than " + std::to_string(kMaxNameChars) + " characters (" + std::to_string(base::count_chars(v)) + ")";
  }
  name = std::move(v);
  return {};
}

bool RosterChecker::header(const std::vector<std::string>& fields, std::vector<RosterProblem>& problems) {
  width_ = fields.size();
  while (width_ > 0 && trim_spaces(fields[width_ - 1]).empty()) --width_;
  std::array<std::size_t, kFields> pos{};
  if (match_header(fields, width_, kBenefitColumns, pos)) {
    kind_ = RosterKind::BenefitRoll;
  } else if (match_header(fields, width_, kPaymentColumns, pos)) {
    kind_ = RosterKind::PaymentRoster;
  } else {
    problems.push_back({1, "", "header is neither a benefit roll (身份证号,姓名,救助类别,状态,月标准金额,起始日期,"
                               "下次年审日期) nor a payment roster (身份证号,姓名,救助类别,发放月份,金额,发放日期,"
                               "发放渠道,发放状态), in Chinese or English column names"});
    return false;
  }
  columns_.clear();
  names_.assign(kFields, "");
  const auto record = [&](const auto& cols) {
    for (const auto& c : cols) {
      columns_.emplace_back(c.field, pos[c.field]);
      names_[c.field] = trim_spaces(fields[pos[c.field]]);
    }
  };
  if (kind_ == RosterKind::BenefitRoll) record(kBenefitColumns);
  else record(kPaymentColumns);
  return true;
}

RosterChecker::Outcome RosterChecker::row(const std::vector<std::string>& fields, int line, BenefitRollRow& benefit,
                                          PaymentRosterRow& payment, std::vector<RosterProblem>& problems) {
  bool blank = true;
  for (const auto& f : fields)
    if (!trim_spaces(f).empty()) {
      blank = false;
      break;
    }
  if (blank) return Outcome::Blank;
  std::size_t used = fields.size();
  while (used > width_ && trim_spaces(fields[used - 1]).empty()) --used;
  if (used != width_) {
    problems.push_back({line, "", "expected " + std::to_string(width_) + " columns, found " + std::to_string(used)});
    return Outcome::Problem;
  }
  bool ok = true;
  const auto at = [&](Field f) -> const std::string& {
    for (const auto& [field, p] : columns_)
      if (field == f) return fields[p];
    return fields[0];
  };
  const auto problem = [&](Field f, std::string reason) {
    problems.push_back({line, names_[f], std::move(reason)});
    ok = false;
  };

  const std::string id = clean_id_cell(at(kId));
  if (auto p = base::check_id_number(id)) problem(kId, shown(id) + ": " + p->message);
  std::string name;
  if (auto reason = check_person_name(at(kName), name); !reason.empty()) problem(kName, reason);
  const std::string type_text = trim_spaces(at(kType));
  auto type = benefit_type_from_name(type_text);
  if (!type) {
    if (auto it = options_.benefit_aliases.find(type_text); it != options_.benefit_aliases.end()) type = it->second;
  }
  if (!type) {
    problem(kType, shown(type_text) + " is not a known category (城市低保, 农村低保, 特困供养, 临时救助, 医疗救助, 高龄津贴, "
                                      "困难残疾人生活补贴, 重度残疾人护理补贴, 孤儿基本生活费, 事实无人抚养儿童生活费, 优抚, "
                                      "or a name in assets/catalog/benefit_aliases.toml)");
  }
  const auto amount = [&](Field f) -> Fen {
    auto a = parse_roster_amount(at(f));
    if (!a) {
      problem(f, shown(at(f)) + " is not an amount in yuan with at most two decimals (528.50, 1,150.00, ￥528, 528元)");
      return 0;
    }
    return *a;
  };
  const auto date = [&](Field f) -> std::string {
    auto d = parse_roster_date(at(f));
    if (!d) {
      problem(f, shown(at(f)) + " is not a date (2026-03-01, 2026/3/1, 20260301, 2026年3月1日)");
      return {};
    }
    return *d;
  };
  std::string key = base::normalize_id_number(id) + "|" + std::string(type ? benefit_type_code(*type) : "");
  if (kind_ == RosterKind::BenefitRoll) {
    Benefit b;
    b.id_number = base::normalize_id_number(id);
    if (type) b.type = *type;
    const std::string st = trim_spaces(at(kStatus));
    auto status = benefit_status_from_name(st);
    if (!status) problem(kStatus, shown(st) + " is not one of 在保, 暂停, 已退出");
    else b.status = *status;
    b.monthly_amount_fen = amount(kMonthly);
    b.since = date(kSince);
    b.next_review = date(kNextReview);
    if (ok) benefit = BenefitRollRow{line, std::move(name), std::move(b)};
  } else {
    PaymentRecord p;
    p.id_number = base::normalize_id_number(id);
    if (type) p.type = *type;
    if (auto m = parse_roster_month(at(kPeriod))) p.period = *m;
    else problem(kPeriod, shown(at(kPeriod)) + " is not a month (2026-09, 2026/9, 202609, 2026年9月)");
    p.amount_fen = amount(kAmount);
    p.paid_on = date(kPaidOn);
    p.channel = trim_spaces(at(kChannel));
    if (p.channel.empty()) problem(kChannel, "empty (e.g. 惠农一卡通, 银行卡, 现金)");
    else if (!base::is_plain_text(p.channel) || base::count_chars(p.channel) > kMaxNameChars)
      problem(kChannel, shown(p.channel) + " is not one line of at most " + std::to_string(kMaxNameChars) + " characters");
    const std::string st = trim_spaces(at(kPayStatus));
    auto status = payment_status_from_name(st);
    if (!status) problem(kPayStatus, shown(st) + " is not one of 已发放, 待发放, 发放失败");
    else p.status = *status;
    key += "|" + p.period;
    if (ok) payment = PaymentRosterRow{line, std::move(name), std::move(p)};
  }
  if (!ok) return Outcome::Problem;
  keys_.emplace_back(fnv1a(key), line);
  return Outcome::Row;
}

std::vector<std::pair<int, int>> RosterChecker::duplicate_lines() {
  std::stable_sort(keys_.begin(), keys_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<int, int>> out;
  std::size_t first = 0;
  for (std::size_t i = 1; i < keys_.size(); ++i) {
    if (keys_[i].first != keys_[first].first) first = i;
    else out.emplace_back(keys_[i].second, keys_[first].second);
  }
  keys_.clear();
  keys_.shrink_to_fit();
  std::sort(out.begin(), out.end());
  return out;
}

RosterProblem RosterChecker::duplicate_problem(int line, int first) const {
  return {line, "", "the same person and category" +
                        std::string(kind_ == RosterKind::PaymentRoster ? " and month" : "") +
                        " already appear on line " + std::to_string(first)};
}

char roster_separator(std::string_view first_line) {
  const auto tabs = std::count(first_line.begin(), first_line.end(), '\t');
  const auto commas = std::count(first_line.begin(), first_line.end(), ',');
  return tabs > commas ? '\t' : ',';
}

RosterParse parse_roster(std::string_view text, const RosterOptions& options) {
  RosterParse out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t first_end = text.find('\n');
  CsvRecordReader records(roster_separator(text.substr(0, first_end)), kMaxRecordBytes);
  RosterChecker checker(options);
  std::vector<std::string> fields;
  bool have_header = false, header_ok = false;
  BenefitRollRow b;
  PaymentRosterRow p;
  int line_no = 0;
  const auto take = [&](std::string_view line) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    CsvProblem problem;
    const auto step = records.feed(line, line_no, fields, problem);
    if (step == CsvRecordReader::Step::NeedMore) return;
    if (step == CsvRecordReader::Step::Problem) {
      out.problems.push_back({problem.line, problem.column ? "column " + std::to_string(problem.column) : "", problem.reason});
      have_header = true;
      return;
    }
    if (fields.size() > kMaxRosterColumns) {
      out.problems.push_back({records.record_line(), "", "more than " + std::to_string(kMaxRosterColumns) + " columns"});
      have_header = true;
      return;
    }
    if (!have_header) {
      const bool blank = std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); });
      if (blank) return;  // blank lines before the header: the header must still be line 1
      have_header = true;
      if (records.record_line() != 1) {
        out.problems.push_back({1, "", "the first line must be the header row"});
        return;
      }
      header_ok = checker.header(fields, out.problems);
      return;
    }
    if (!header_ok) return;
    const auto outcome = checker.row(fields, records.record_line(), b, p, out.problems);
    if (outcome != RosterChecker::Outcome::Row || !out.problems.empty()) return;
    if (checker.kind() == RosterKind::BenefitRoll) out.roster.benefits.push_back(std::move(b));
    else out.roster.payments.push_back(std::move(p));
  };
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    take(text.substr(start, end - start));
    start = end + 1;
  }
  CsvProblem open;
  if (!records.finish(open)) out.problems.push_back({open.line, "", open.reason});
  if (!have_header && out.problems.empty()) out.problems.push_back({1, "", "the file is empty: expected a header row"});
  out.roster.kind = checker.kind();
  checker.duplicates([&](RosterProblem p) { out.problems.push_back(std::move(p)); });
  std::stable_sort(out.problems.begin(), out.problems.end(),
                   [](const RosterProblem& a, const RosterProblem& b) { return a.line < b.line; });
  if (!out.problems.empty()) out.roster = Roster{out.roster.kind, {}, {}};
  return out;
}

std::string describe(const RosterProblem& p, std::string_view file) {
  std::string out = std::string(file) + ":" + std::to_string(p.line) + ": ";
  if (!p.column.empty()) out += (p.column.rfind("column ", 0) == 0 ? p.column : "column " + p.column) + ": ";
  return base::one_line(out + p.reason);
}

}  // namespace core
