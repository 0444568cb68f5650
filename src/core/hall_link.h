#pragma once
// A counter in a hall (local-first intake): how many applications wait in its outbox for the hall
// store, and the hall store's state, as the status strip shows them (「待同步 N 件」).
#include <string_view>

namespace core {

enum class HallLink { Checking, Connected, Unreachable, Refused };

struct HallSyncState {
  bool enabled = false;  // a counter with a hall store ([store] url = postgresql://…)
  long pending = 0;
  HallLink link = HallLink::Checking;
  bool operator==(const HallSyncState&) const = default;
};

std::string_view hall_link_key(HallLink l);  // catalog key, "hall.connected"

}  // namespace core
