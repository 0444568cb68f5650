#pragma once
// Rosters (花名册) from the county, already decoded to UTF-8: a benefit roll
//   身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期
//   (id_number,name,benefit_type,status,monthly_amount,since,next_review)
// or a monthly payment roster
//   身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态
//   (id_number,name,benefit_type,period,amount,paid_on,channel,status)
// told apart by the header row (columns in any order; cells trimmed of every Unicode space,
// English names in any case; Excel's trailing empty columns ignored). Cells are read in the forms
// offices type (core/domain/roster_fields.h) and categories by their other names (RosterOptions).
// Every line is checked; the result is either a whole roster or every problem found, each with its
// physical line, column and reason. RosterChecker does the same a row at a time, so a roster of a
// million rows is checked and imported without holding it.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/domain/benefit.h"

namespace core {

enum class RosterKind { BenefitRoll, PaymentRoster };

struct RosterProblem {
  int line = 0;        // physical line, header = 1
  std::string column;  // the header's name for it, or "" for the whole line
  std::string reason;
};

struct BenefitRollRow {
  int line = 0;
  std::string name;
  Benefit benefit;
};

struct PaymentRosterRow {
  int line = 0;
  std::string name;
  PaymentRecord payment;
};

struct Roster {
  RosterKind kind = RosterKind::BenefitRoll;
  std::vector<BenefitRollRow> benefits;  // kind == BenefitRoll
  std::vector<PaymentRosterRow> payments;  // kind == PaymentRoster
  std::size_t row_count() const { return kind == RosterKind::BenefitRoll ? benefits.size() : payments.size(); }
};

struct RosterParse {
  Roster roster;
  std::vector<RosterProblem> problems;  // non-empty: import nothing
  bool ok() const { return problems.empty(); }
};

// The longest name a roster (or a person at the counter) may give, in characters.
inline constexpr std::size_t kMaxNameChars = 50;
// More columns than this is not a roster (a line of 50 MB of commas).
inline constexpr std::size_t kMaxRosterColumns = 64;

struct RosterOptions {
  // Other names of the benefit categories → the category: official long names (城市最低生活保障),
  // short and regional ones (低保, 高龄补贴). The county's assets/catalog/benefit_aliases.toml.
  std::unordered_map<std::string, BenefitType> benefit_aliases;
};

// A name as stored: trimmed of every Unicode space; empty, longer than kMaxNameChars or holding a
// control character is a reason (returned), otherwise "" and `name` is set.
std::string check_person_name(std::string_view raw, std::string& name);

class RosterChecker {
 public:
  explicit RosterChecker(const RosterOptions& options) : options_(options) {}

  // The header row (line 1). False, with the problem added, when it is neither kind.
  bool header(const std::vector<std::string>& fields, std::vector<RosterProblem>& problems);
  RosterKind kind() const { return kind_; }

  enum class Outcome { Row, Blank, Problem };
  // One record starting on physical `line`: a checked row into `benefit` or `payment` (by kind),
  // Blank for a row of empty cells, or Problem with every problem of the row added.
  Outcome row(const std::vector<std::string>& fields, int line, BenefitRollRow& benefit, PaymentRosterRow& payment,
              std::vector<RosterProblem>& problems);

  // After every row: the second and later lines of the same person and category (and month), each
  // to `out` as a problem, in line order. Memory: 16 bytes a row, 8 a duplicate.
  template <typename Out>
  void duplicates(Out&& out) {
    for (const auto& [line, first] : duplicate_lines()) out(duplicate_problem(line, first));
  }

 private:
  std::vector<std::pair<int, int>> duplicate_lines();  // (line, line it repeats), by line
  RosterProblem duplicate_problem(int line, int first) const;

 public:

 private:
  const RosterOptions& options_;
  RosterKind kind_ = RosterKind::BenefitRoll;
  std::vector<std::pair<int, std::size_t>> columns_;  // field → position; filled by header()
  std::vector<std::string> names_;                     // header cell of each field, for messages
  std::size_t width_ = 0;                              // header cells up to the last non-empty one
  std::vector<std::pair<std::uint64_t, int>> keys_;    // hash of the row's key, line
};

// ',' or '\t', whichever the header line has more of (Excel's "Unicode text" is tab-separated).
char roster_separator(std::string_view first_line);

RosterParse parse_roster(std::string_view utf8_text, const RosterOptions& options = {});

// "FILE:LINE: column 身份证号: reason" — one line of the error report.
std::string describe(const RosterProblem& p, std::string_view file);

}  // namespace core
