#include "core/domain/roster.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <optional>

#include "core/domain/civil_time.h"
#include "core/text/csv.h"
#include "base/id_number.h"
#include "core/domain/working_days.h"

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

std::string trim(std::string_view s) {
  auto not_space = [](char c) { return c != ' ' && c != '\t'; };
  std::size_t b = 0, e = s.size();
  while (b < e && !not_space(s[b])) ++b;
  while (e > b && !not_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Maps each field to its position, if the header is exactly the column set of one kind.
template <std::size_t N>
std::optional<std::map<Field, std::size_t>> match_header(const std::vector<std::string>& header,
                                                         const std::array<Column, N>& columns) {
  if (header.size() != N) return std::nullopt;
  std::map<Field, std::size_t> pos;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string h = trim(header[i]);
    bool found = false;
    for (const auto& c : columns) {
      if (h == c.zh || h == c.en) {
        if (pos.count(c.field)) return std::nullopt;
        pos[c.field] = i;
        found = true;
      }
    }
    if (!found) return std::nullopt;
  }
  return pos;
}

bool valid_month(const std::string& s) {
  if (s.size() != 7 || s[4] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (s[i] < '0' || s[i] > '9') return false;
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  return m >= 1 && m <= 12;
}

// YYYY-MM-DD with a real calendar day: the same rule as parse_iso_date, without sscanf (two dates a
// row, a million rows a roster).
bool valid_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int digits[8];
  int k = 0;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
    digits[k++] = s[i] - '0';
  }
  int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  int m = digits[4] * 10 + digits[5];
  int d = digits[6] * 10 + digits[7];
  return base::valid_date(y, m, d);
}

class RowChecker {
 public:
  RowChecker(const CsvRecord& rec, const std::map<Field, std::size_t>& pos, const std::vector<std::string>& header,
             std::vector<RosterProblem>& problems)
      : rec_(rec), pos_(pos), header_(header), problems_(problems) {}

  std::string get(Field f) const { return trim(rec_.fields[pos_.at(f)]); }
  void problem(Field f, std::string reason) {
    problems_.push_back({rec_.line, trim(header_[pos_.at(f)]), std::move(reason)});
    ok_ = false;
  }
  bool ok() const { return ok_; }

  std::string id() {
    std::string v = get(kId);
    if (auto p = base::check_id_number(v)) problem(kId, "'" + v + "': " + p->message);
    return base::normalize_id_number(v);
  }
  std::string name() {
    std::string v = get(kName);
    if (v.empty()) problem(kName, "empty");
    return v;
  }
  BenefitType type() {
    std::string v = get(kType);
    auto t = benefit_type_from_name(v);
    if (!t) {
      problem(kType, "'" + v + "' is not a known category (城市低保, 农村低保, 特困供养, 临时救助, 医疗救助, 高龄津贴, "
                              "困难残疾人生活补贴, 重度残疾人护理补贴, 孤儿基本生活费, 事实无人抚养儿童生活费, 优抚)");
      return BenefitType::RuralDibao;
    }
    return *t;
  }
  Fen amount(Field f) {
    std::string v = get(f);
    auto a = parse_yuan(v);
    if (!a) {
      problem(f, "'" + v + "' is not an amount in yuan with at most two decimals (e.g. 528.50)");
      return 0;
    }
    return *a;
  }
  std::string date(Field f) {
    std::string v = get(f);
    if (!valid_iso_date(v)) problem(f, "'" + v + "' is not a date YYYY-MM-DD");
    return v;
  }

 private:
  const CsvRecord& rec_;
  const std::map<Field, std::size_t>& pos_;
  const std::vector<std::string>& header_;
  std::vector<RosterProblem>& problems_;
  bool ok_ = true;
};

}  // namespace

RosterParse parse_roster(std::string_view utf8_text) {
  RosterParse out;
  auto csv = parse_csv(utf8_text);
  for (const auto& p : csv.problems)
    out.problems.push_back({p.line, "column " + std::to_string(p.column), p.reason});
  if (csv.records.empty() || csv.records.front().line != 1) {
    if (csv.records.empty() && csv.problems.empty())
      out.problems.push_back({1, "", "the file is empty: expected a header row"});
    else if (!csv.records.empty())
      out.problems.push_back({1, "", "the first line must be the header row"});
    return out;
  }
  const auto& header = csv.records.front().fields;
  std::map<Field, std::size_t> pos;
  if (auto b = match_header(header, kBenefitColumns)) {
    out.roster.kind = RosterKind::BenefitRoll;
    pos = *b;
  } else if (auto p = match_header(header, kPaymentColumns)) {
    out.roster.kind = RosterKind::PaymentRoster;
    pos = *p;
  } else {
    out.problems.insert(out.problems.begin(),
                        {1, "", "header is neither a benefit roll (身份证号,姓名,救助类别,状态,月标准金额,起始日期,"
                                "下次年审日期) nor a payment roster (身份证号,姓名,救助类别,发放月份,金额,发放日期,"
                                "发放渠道,发放状态), in Chinese or English column names"});
    return out;
  }
  std::unordered_map<std::string, int> seen;  // key → first line
  seen.reserve(csv.records.size());
  for (std::size_t r = 1; r < csv.records.size(); ++r) {
    const auto& rec = csv.records[r];
    if (rec.fields.size() != header.size()) {
      out.problems.push_back({rec.line, "", "expected " + std::to_string(header.size()) + " columns, found " +
                                                std::to_string(rec.fields.size())});
      continue;
    }
    RowChecker c(rec, pos, header, out.problems);
    std::string id = c.id();
    std::string name = c.name();
    BenefitType type = c.type();
    std::string key;
    if (out.roster.kind == RosterKind::BenefitRoll) {
      Benefit b;
      b.id_number = id;
      b.type = type;
      std::string st = c.get(kStatus);
      auto status = benefit_status_from_name(st);
      if (!status) c.problem(kStatus, "'" + st + "' is not one of 在保, 暂停, 已退出");
      else b.status = *status;
      b.monthly_amount_fen = c.amount(kMonthly);
      b.since = c.date(kSince);
      b.next_review = c.date(kNextReview);
      key = id + "|" + std::string(benefit_type_name(type));
      if (c.ok()) out.roster.benefits.push_back({rec.line, name, std::move(b)});
    } else {
      PaymentRecord p;
      p.id_number = id;
      p.type = type;
      p.period = c.get(kPeriod);
      if (!valid_month(p.period)) c.problem(kPeriod, "'" + p.period + "' is not a month YYYY-MM");
      p.amount_fen = c.amount(kAmount);
      p.paid_on = c.date(kPaidOn);
      p.channel = c.get(kChannel);
      if (p.channel.empty()) c.problem(kChannel, "empty (e.g. 惠农一卡通, 银行卡, 现金)");
      std::string st = c.get(kPayStatus);
      auto status = payment_status_from_name(st);
      if (!status) c.problem(kPayStatus, "'" + st + "' is not one of 已发放, 待发放, 发放失败");
      else p.status = *status;
      key = id + "|" + std::string(benefit_type_name(type)) + "|" + p.period;
      if (c.ok()) out.roster.payments.push_back({rec.line, name, std::move(p)});
    }
    if (c.ok()) {
      auto [it, fresh] = seen.emplace(key, rec.line);
      if (!fresh)
        out.problems.push_back({rec.line, "", "the same person and category" +
                                                  std::string(out.roster.kind == RosterKind::PaymentRoster
                                                                  ? " and month"
                                                                  : "") +
                                                  " already appear on line " + std::to_string(it->second)});
    }
  }
  std::stable_sort(out.problems.begin(), out.problems.end(),
                   [](const RosterProblem& a, const RosterProblem& b) { return a.line < b.line; });
  if (!out.problems.empty()) out.roster = Roster{out.roster.kind, {}, {}};
  return out;
}

std::string describe(const RosterProblem& p, std::string_view file) {
  std::string out = std::string(file) + ":" + std::to_string(p.line) + ": ";
  if (!p.column.empty()) out += (p.column.rfind("column ", 0) == 0 ? p.column : "column " + p.column) + ": ";
  return out + p.reason;
}

}  // namespace core
