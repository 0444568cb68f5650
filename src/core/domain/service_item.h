#pragma once
// The service catalog (事项目录): what a hall accepts. Loaded from assets/catalog/items.toml (the
// TOML reader lives in app/catalog_file.*) so a county edits it without a rebuild.
#include <optional>
#include <string>
#include <vector>

#include "core/domain/declaration.h"
#include "core/domain/review_step.h"

namespace core {

struct Material {
  std::string code;  // e.g. "hukoubu"
  std::string name;  // 户口簿
  std::string note;  // e.g. "原件及复印件"
  // The name as a resident reads it in a list of what to bring: 户口簿（原件及复印件）.
  std::string full_name() const { return note.empty() ? name : name + "（" + note + "）"; }
};

struct ServiceItem {
  std::string code;         // e.g. "dibao"
  std::string name;         // 最低生活保障（低保）申请
  std::string description;  // plain language for residents
  std::string who_may_apply;
  std::vector<std::string> conditions;  // 办理条件 in plain language, one sentence each (办事指南)
  std::vector<Material> required;
  std::vector<Material> optional;
  int promised_working_days = 0;    // 承诺时限
  std::vector<std::string> stages;  // e.g. 受理, 入户调查, 民主评议, 公示, 审批
  std::vector<DeclarationField> declarations;  // 申报事项 typed at the counter (intake step 4)
  std::vector<DeclarationTotal> totals;        // computed from the declarations, e.g. 家庭人均月收入
  std::vector<std::string> review_steps;       // ReviewStepDef codes the back office records, in order
  int publicity_working_days = 0;              // 张榜公示 length; 0: decided without a public notice
  // 年审 (issue 20): the ReviewStepDef codes recorded at a benefit's annual review, in order, and
  // the months from one review to the next.
  std::vector<std::string> annual_review_steps;
  int review_period_months = 12;
};

struct ServiceCatalog {
  std::vector<ServiceItem> items;
  std::vector<ReviewStepDef> review_steps;  // [[review_step]]: every step any item lists

  const ReviewStepDef* find_review_step(const std::string& code) const {
    for (const auto& s : review_steps)
      if (s.code == code) return &s;
    return nullptr;
  }

  const ServiceItem* find(const std::string& code) const {
    for (const auto& item : items)
      if (item.code == code) return &item;
    return nullptr;
  }
};

}  // namespace core
