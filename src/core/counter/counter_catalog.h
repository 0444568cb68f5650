#pragma once
// What the counter's screens and rules need from the county's catalog files: the service items
// (with their declarations and materials) and the pinyin initials the item search matches.
#include "core/counter/item_search.h"
#include "core/domain/service_item.h"

namespace core {

struct CounterCatalog {
  ServiceCatalog services;
  PinyinInitials initials;
};

}  // namespace core
