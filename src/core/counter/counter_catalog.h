#pragma once
// What the counter's screens and rules need from the county's catalog files: the service items
// (with their declarations and materials), the pinyin initials the item search matches, and the
// words staff pick from as buttons.
#include <string>
#include <vector>

#include "core/counter/item_search.h"
#include "core/domain/service_item.h"

namespace core {

// The county's lists (assets/catalog/counter.toml). A picked word is stored as written, so these
// are data, the same in every language of the screen.
struct CounterChoices {
  std::vector<std::string> relations;        // 与申请人关系 offered for a member: 配偶, 子女, …
  std::vector<std::string> refusal_reasons;  // 不予受理 reasons offered as buttons; staff may type another
  std::vector<std::string> rejection_reasons;  // 不予批准 reasons the back office offers; a free note may follow
};

struct CounterCatalog {
  ServiceCatalog services;
  PinyinInitials initials;
  CounterChoices choices;
};

}  // namespace core
