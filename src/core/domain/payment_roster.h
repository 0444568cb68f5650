#pragma once
// The monthly payment roster out (发放花名册), the file sent to the bank for 惠农一卡通 payments:
// one line per active benefit with the person's name and full ID number, the category, the month's
// amount, the account and bank where known, and the village (core/domain/address_village.h: the
// rule the statistics use, so a village reads the same on both). A benefit
// without an account is never dropped: it stays in the roster, marked 无账号 in 备注, and is also
// listed apart for staff to chase. The column names, sheet names and marks are fixed words of the
// bank's file, the same in every language of the screen (as the roster import's columns are).
// Personal data is in full: the bank pays by ID number and account.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/benefit.h"
#include "core/domain/money.h"

namespace core {

// One active benefit as the store holds it.
struct PaymentSource {
  std::string name;
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  Fen monthly_amount_fen = 0;
  std::string account;  // bank card / 惠农一卡通 number; empty when unknown
  std::string bank;     // 开户银行; empty when unknown
  std::string address;
};

struct PaymentLine {
  std::string name;
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  Fen amount_fen = 0;
  std::string account;
  std::string bank;
  std::string village;
  bool has_account() const { return !account.empty(); }
};

struct PaymentTypeTotal {
  BenefitType type = BenefitType::RuralDibao;
  long lines = 0;
  Fen amount_fen = 0;
  long without_account = 0;
};

struct PaymentRoster {
  std::string month;                     // YYYY-MM
  std::vector<PaymentLine> lines;        // by village, then ID number, then category order
  std::vector<PaymentTypeTotal> totals;  // categories with at least one line, in category order
  long line_count = 0;
  Fen total_fen = 0;
  long without_account = 0;
};

// Columns of the detail (and of the CSV), in order.
enum class RosterColumn { Name, IdNumber, Category, Month, Amount, Account, Bank, Village, Remark };
inline constexpr std::array<std::string_view, 9> kPaymentRosterHeader = {
    "姓名", "身份证号", "救助类别", "发放月份", "金额（元）", "账号", "开户银行", "村（社区）", "备注"};
// The summary's columns: category, lines, amount, lines without an account.
inline constexpr std::array<std::string_view, 4> kPaymentSummaryHeader = {"救助类别", "笔数", "金额（元）", "无账号笔数"};
inline constexpr std::string_view kDetailSheet = "发放明细";
inline constexpr std::string_view kNoAccountSheet = "无账号";
inline constexpr std::string_view kSummarySheet = "汇总";
inline constexpr std::string_view kNoAccountMark = "无账号";  // the 备注 of a line without an account
inline constexpr std::string_view kTotalLabel = "合计";

// Lines in a fixed order (the same store gives the same file) with the totals.
PaymentRoster make_payment_roster(std::string month, std::vector<PaymentSource> sources);

// Everyone the roster names, once each (a person with two benefits is one person), in ID-number
// order: the look-ups an export is audited as.
std::vector<std::string> payment_roster_people(const PaymentRoster& roster);

// The roster's file name, the same in every language: "发放花名册-2026-12.xlsx".
std::string payment_roster_file_name(std::string_view month, std::string_view extension);

// The detail as CSV text (UTF-8, RFC 4180, CRLF): the header, one record per line, then the total
// record (合计 and the total amount). `byte_order_mark`: start with the UTF-8 BOM (leave it out
// when the text is converted to GB18030 afterwards).
std::string payment_roster_csv(const PaymentRoster& roster, bool byte_order_mark);

}  // namespace core
