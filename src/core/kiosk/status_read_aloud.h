#pragma once
// What 朗读 says on the kiosk's status screen: the facts the screen shows, in plain spoken
// sentences from the catalog ("voice.status.*"). Never an ID number or an acceptance number;
// amounts (monthly benefit, each payment) only when the resident asked for them (朗读金额) —
// without them the text ends by saying how to hear them.
#include <string>

#include "core/kiosk/kiosk_status.h"
#include "core/language.h"
#include "core/text/i18n.h"

namespace core {

std::string status_read_aloud(const KioskStatus& status, const Catalog& strings, Language language, bool amounts);

}  // namespace core
