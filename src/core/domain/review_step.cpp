#include "core/domain/review_step.h"

#include <algorithm>

#include "base/utf8.h"
#include "core/domain/civil_time.h"
#include "core/domain/money.h"

namespace core {
namespace {

bool is_count(const std::string& v) {
  if (v.empty() || v.size() > 5) return false;
  if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return std::stol(v) <= kMaxReviewCount;
}

}  // namespace

std::vector<Message> review_problems(const ReviewStepDef& step, const ReviewValues& values, const std::string& today) {
  std::vector<Message> out;
  for (const auto& entry : values) {
    const std::string& key = entry.first;  // clang 14 cannot capture a structured binding
    bool known = std::any_of(step.fields.begin(), step.fields.end(), [&](const ReviewField& f) { return f.key == key; });
    if (!known) out.push_back(Message{"review.problem.unknown_field", {step.name, key}});
  }
  for (const auto& f : step.fields) {
    auto it = values.find(f.key);
    const std::string v = it == values.end() ? std::string() : it->second;
    if (v.empty()) {
      if (f.required) out.push_back(Message{"review.problem.required", {f.label}});
      continue;
    }
    switch (f.kind) {
      case ReviewFieldKind::Date: {
        auto d = parse_iso_date(v);
        if (!d) out.push_back(Message{"review.problem.date", {f.label, v}});
        else if (!today.empty() && v > today) out.push_back(Message{"review.problem.future_date", {f.label, v}});
        break;
      }
      case ReviewFieldKind::Count:
        if (!is_count(v)) out.push_back(Message{"review.problem.count", {f.label, v}});
        break;
      case ReviewFieldKind::Money:
        if (!parse_yuan(v)) out.push_back(Message{"review.problem.money", {f.label, v}});
        break;
      case ReviewFieldKind::Choice:
        if (std::find(f.choices.begin(), f.choices.end(), v) == f.choices.end())
          out.push_back(Message{"review.problem.choice", {f.label, v}});
        break;
      case ReviewFieldKind::Text:
        if (!base::is_valid_utf8(v) || base::count_chars(v) > kMaxReviewTextChars)
          out.push_back(Message{"review.problem.text", {f.label}});
        break;
    }
  }
  return out;
}

std::string review_done_on(const ReviewStepDef& step, const ReviewValues& values, const std::string& recorded_on) {
  if (!step.date_field.empty())
    if (auto it = values.find(step.date_field); it != values.end() && !it->second.empty()) return it->second;
  return recorded_on;
}

}  // namespace core
