#include "core/hall_link.h"

namespace core {

std::string_view hall_link_key(HallLink l) {
  switch (l) {
    case HallLink::Checking: return "hall.checking";
    case HallLink::Connected: return "hall.connected";
    case HallLink::Unreachable: return "hall.unreachable";
    case HallLink::Refused: return "hall.refused";
  }
  return "hall.checking";
}

}  // namespace core
