#pragma once
// An IdCardRecord as JSON, keys in a fixed order (the order `onewindow idcard decode` documents),
// every key always present so scripts need no special cases. An error when a text is not valid
// UTF-8 (the card's UCS-2 decodes to valid UTF-8, so only a bug could cause it).
#include <string>

#include "base/id_card_record.h"
#include "base/result.h"

namespace devices::idcard {

base::Result<std::string> record_to_json(const base::IdCardRecord& record);

}  // namespace devices::idcard
