#pragma once
// Rosters (花名册) from the county, already decoded to UTF-8: a benefit roll
//   身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期
//   (id_number,name,benefit_type,status,monthly_amount,since,next_review)
// or a monthly payment roster
//   身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态
//   (id_number,name,benefit_type,period,amount,paid_on,channel,status)
// told apart by the header row (columns in any order). Every line is checked; the result is
// either a whole roster or every problem found, each with its physical line, column and reason.
#include <string>
#include <string_view>
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

RosterParse parse_roster(std::string_view utf8_text);

// "FILE:LINE: column 身份证号: reason" — one line of the error report.
std::string describe(const RosterProblem& p, std::string_view file);

}  // namespace core
