#include "core/domain/declaration.h"

#include <algorithm>
#include <optional>

#include "core/domain/service_item.h"
#include "base/utf8.h"

namespace core {
namespace {

constexpr char32_t kIdeographicSpace = 0x3000;
constexpr char32_t kFullwidthZero = 0xFF10;
constexpr char32_t kFullwidthNine = 0xFF19;
constexpr char32_t kFullwidthFullStop = 0xFF0E;
constexpr const char* kNotComputed = "—";

// What was typed, without surrounding spaces; a Chinese input method in full-width mode sends
// "１２００．５０", which is the same number.
std::string normalized(const std::string& typed) {
  std::u32string out;
  for (char32_t cp : base::decode_utf8(typed)) {
    if (cp >= kFullwidthZero && cp <= kFullwidthNine) cp = U'0' + (cp - kFullwidthZero);
    else if (cp == kFullwidthFullStop) cp = U'.';
    out.push_back(cp);
  }
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == kIdeographicSpace; };
  std::size_t b = 0, e = out.size();
  while (b < e && blank(out[b])) ++b;
  while (e > b && blank(out[e - 1])) --e;
  return base::encode_utf8(out.substr(b, e - b));
}

std::optional<long long> parse_count(const std::string& text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  long long n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n > kMaxDeclaredCount) return std::nullopt;
  return n;
}

std::string typed_value(const DeclarationValues& v, const std::string& key) {
  auto it = v.find(key);
  return it == v.end() ? std::string{} : normalized(it->second);
}

// A field's value as a number (fen for money), 0 when empty, nullopt when not a number.
std::optional<long long> numeric_value(const DeclarationField& f, const DeclarationValues& v) {
  std::string text = typed_value(v, f.key);
  if (text.empty()) return 0;
  if (f.kind == DeclarationKind::Money) return parse_yuan(text);
  if (f.kind == DeclarationKind::Count) return parse_count(text);
  return std::nullopt;
}

const DeclarationField* field_of(const ServiceItem& item, const std::string& key) {
  for (const auto& f : item.declarations)
    if (f.key == key) return &f;
  return nullptr;
}

std::string with_unit(std::string number, const std::string& unit) {
  return unit.empty() ? number : number + " " + unit;
}

// Rounds half away from zero: 1,000.00 元 among 3 members is 333.33, 1,000.01 among 2 is 500.01.
long long divide_rounded(long long total, long long by) {
  long long q = total / by, r = total % by;
  if (2 * (r < 0 ? -r : r) >= by) q += total < 0 ? -1 : 1;
  return q;
}

struct TotalValue {
  std::optional<long long> amount;  // nullopt: a field in it is not a number, or no household
  DeclarationKind kind = DeclarationKind::Money;
};

TotalValue compute(const ServiceItem& item, const DeclarationTotal& t, const DeclarationValues& v, int household_size) {
  TotalValue out;
  long long sum = 0;
  bool first = true;
  for (const auto* keys : {&t.plus, &t.minus}) {
    for (const auto& key : *keys) {
      const DeclarationField* f = field_of(item, key);
      if (!f) return out;  // the catalog reader refuses this; a hand-built item just gets "—"
      if (first) out.kind = f->kind;
      first = false;
      auto n = numeric_value(*f, v);
      if (!n) return out;
      sum += keys == &t.plus ? *n : -*n;
    }
  }
  if (t.per_member) {
    if (household_size < 1) return out;
    sum = divide_rounded(sum, household_size);
  }
  out.amount = sum;
  return out;
}

std::string format_total(const DeclarationTotal& t, const TotalValue& value) {
  if (!value.amount) return kNotComputed;
  return value.kind == DeclarationKind::Count ? format_declared_count(*value.amount, t.unit)
                                              : format_declared_money(*value.amount, t.unit);
}

std::string join_labels(const ServiceItem& item, const DeclarationTotal& t) {
  std::string out;
  for (const auto* keys : {&t.plus, &t.minus})
    for (const auto& key : *keys) {
      const DeclarationField* f = field_of(item, key);
      if (!out.empty()) out += "、";
      out += f ? f->label : key;
    }
  return out;
}

}  // namespace

std::string format_declared_money(Fen fen, const std::string& unit) {
  std::string plain = format_yuan(fen);  // "-1234567.50"
  std::string sign = plain[0] == '-' ? "-" : "";
  std::string digits = plain.substr(sign.size(), plain.find('.') - sign.size());
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return with_unit(sign + grouped + plain.substr(plain.find('.')), unit);
}

std::string format_declared_count(long long n, const std::string& unit) { return with_unit(std::to_string(n), unit); }

std::vector<Message> declaration_problems(const ServiceItem& item, const DeclarationValues& v) {
  std::vector<Message> problems;
  auto add = [&](const char* key, std::vector<std::string> values) {
    problems.push_back(Message{key, std::move(values)});
  };
  for (const auto& f : item.declarations) {
    std::string text = typed_value(v, f.key);
    switch (f.kind) {
      case DeclarationKind::Money:
        if (text.empty()) {
          if (f.required) add("declaration.problem.money_missing", {f.label});
        } else if (!parse_yuan(text)) {
          add("declaration.problem.not_money", {f.label, text});
        }
        break;
      case DeclarationKind::Count:
        if (text.empty()) {
          if (f.required) add("declaration.problem.count_missing", {f.label});
        } else if (!parse_count(text)) {
          add("declaration.problem.not_count", {f.label, text});
        }
        break;
      case DeclarationKind::Text:
        if (text.empty()) {
          if (f.required) add("declaration.problem.text_missing", {f.label});
        } else if (base::decode_utf8(text).size() > kMaxDeclaredTextChars) {
          add("declaration.problem.text_too_long", {f.label, std::to_string(kMaxDeclaredTextChars)});
        }
        break;
      case DeclarationKind::Choice: {
        if (text.empty()) {
          if (f.required) add("declaration.problem.choice_missing", {f.label});
          break;
        }
        bool listed = false;
        for (const auto& c : f.choices) listed = listed || c == text;
        if (!listed) {
          std::string options;
          for (const auto& c : f.choices) options += (options.empty() ? "" : "、") + c;
          add("declaration.problem.not_a_choice", {f.label, text, options});
        }
        break;
      }
    }
  }
  for (const auto& t : item.totals) {
    TotalValue value = compute(item, t, v, 1);
    if (value.amount && *value.amount < 0) add("declaration.problem.total_negative", {t.label, join_labels(item, t)});
  }
  return problems;
}

std::vector<TotalLine> declaration_totals(const ServiceItem& item, const DeclarationValues& v, int household_size) {
  std::vector<TotalLine> lines;
  for (const auto& t : item.totals)
    lines.push_back(TotalLine{t.label, format_total(t, compute(item, t, v, household_size))});
  return lines;
}

namespace {
constexpr const char* kLineSeparator = "：";  // between a stored line's label and its value
}  // namespace

std::vector<std::string> declaration_lines(const ServiceItem& item, const DeclarationValues& v, int household_size) {
  std::vector<std::string> lines;
  for (const auto& f : item.declarations) {
    std::string text = typed_value(v, f.key);
    if (text.empty()) continue;
    std::string shown = text;
    if (f.kind == DeclarationKind::Money) {
      if (auto fen = parse_yuan(text)) shown = format_declared_money(*fen, f.unit);
    } else if (f.kind == DeclarationKind::Count) {
      if (auto n = parse_count(text)) shown = format_declared_count(*n, f.unit);
    }
    lines.push_back(f.label + kLineSeparator + shown);
  }
  for (const auto& t : item.totals) {
    TotalValue value = compute(item, t, v, household_size);
    if (value.amount) lines.push_back(t.label + kLineSeparator + format_total(t, value));
  }
  return lines;
}

bool is_total_line(const ServiceItem& item, const std::string& line) {
  return std::any_of(item.totals.begin(), item.totals.end(),
                     [&](const DeclarationTotal& t) { return line.rfind(t.label + kLineSeparator, 0) == 0; });
}

}  // namespace core
