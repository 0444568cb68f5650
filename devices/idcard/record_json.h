#pragma once
// An IdCardRecord as JSON, keys in a fixed order (the order `onewindow idcard decode` documents),
// every key always present so scripts need no special cases.
#include <string>

#include "base/id_card_record.h"

namespace devices::idcard {

std::string record_to_json(const base::IdCardRecord& record);

}  // namespace devices::idcard
