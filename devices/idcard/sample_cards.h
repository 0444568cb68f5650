#pragma once
// Made-up cards of every type for the simulator, the demo (F1..F4) and tests. The numbers pass
// their check characters; the people and addresses do not exist.
#include <span>
#include <vector>

#include "base/id_card_record.h"

namespace devices::idcard {

// 0: resident with a rare-character name (张𠀾, CJK Extension B), 1: J permit, 2: 2017 foreigner
// card, 3: 2023 foreigner card with an English name longer than its first field, 4: a resident of 91
// (王䶮, CJK Extension A) — the demo store knows 0 and 4 (app/demo_card_holders.h), not 1–3.
std::span<const base::IdCardRecord> sample_cards();

// A deterministic 1024-byte stand-in for the WLT photo (seeded so each card differs).
std::vector<std::uint8_t> sample_photo(unsigned seed);

}  // namespace devices::idcard
