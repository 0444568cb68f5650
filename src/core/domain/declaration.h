#pragma once
// Declarations (申报事项): the item's own fields that counter staff type at intake step 4 —
// income and assets for 低保, medical bills for 医疗救助, the guardian for children's items, the
// urgency of 临时救助 — and the totals computed from them (家庭人均月收入, 个人自付). The fields
// are listed per item in assets/catalog/items.toml; this file checks what was typed, computes the
// totals in integer fen (never float) and writes the lines stored on the application.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/domain/money.h"
#include "core/text/message.h"

namespace core {

struct ServiceItem;

enum class DeclarationKind {
  Money,   // 元, typed "1200" or "1200.50"; held in fen
  Count,   // a whole number of things: 辆, 套
  Text,    // free text: a name, an explanation
  Choice,  // one of `choices`
};

struct DeclarationField {
  std::string key;    // unique within the item, e.g. "wage"
  std::string label;  // 工资性收入
  std::string unit;   // 元/月, 元, 辆; empty for text and choice
  DeclarationKind kind = DeclarationKind::Text;
  std::vector<std::string> choices;  // Choice only
  bool required = false;
  std::string hint;  // shown under the field, e.g. "近 6 个月的月平均"
};

// plus − minus over money (or count) fields; per_member divides by the household size.
struct DeclarationTotal {
  std::string key, label, unit;
  std::vector<std::string> plus, minus;
  bool per_member = false;
};

using DeclarationValues = std::map<std::string, std::string>;  // field key -> text as typed

// Largest whole number a count field takes: more than this many cars or flats is a typo.
inline constexpr long kMaxDeclaredCount = 9999;
// Longest free text, in characters (a 困难情况说明 is a paragraph, not a letter).
inline constexpr std::size_t kMaxDeclaredTextChars = 500;

// One catalog sentence per problem (declaration.problem.*), the field's label its first value:
// "工资性收入：请填写金额", "工资性收入：「12a」不是金额（例：1200 或 1200.50）", "紧急程度：请选择".
// Values under keys the item does not declare are ignored. A total that comes out negative is a
// problem too (个人自付 below zero means the reimbursements were typed wrong).
std::vector<Message> declaration_problems(const ServiceItem& item, const DeclarationValues& v);

struct TotalLine {
  std::string label;
  std::string value;  // with unit, e.g. "3,200.00 元/月"; "—" while a field in it is not a valid number
};
// Empty fields count as zero so totals follow the typing; household_size below 1 makes per-member
// totals "—".
std::vector<TotalLine> declaration_totals(const ServiceItem& item, const DeclarationValues& v, int household_size);

// The declarations as stored on the application: "工资性收入：1,200.00 元/月" per filled field in
// catalog order, then the totals that could be computed.
std::vector<std::string> declaration_lines(const ServiceItem& item, const DeclarationValues& v, int household_size);
// Whether a stored line (declaration_lines) is one of the item's totals rather than a typed field.
bool is_total_line(const ServiceItem& item, const std::string& line);

// How a money or count value is shown: 120000 fen, "元/月" → "1,200.00 元/月"; 2, "辆" → "2 辆".
std::string format_declared_money(Fen fen, const std::string& unit);
std::string format_declared_count(long long n, const std::string& unit);

}  // namespace core
