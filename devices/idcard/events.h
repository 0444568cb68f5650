#pragma once
// What the ID-card reader driver (driver.h) tells the rest of the program. Delivered through a
// callback on the driver's own thread: the receiver posts it to the UI queue and returns at once.
#include <string>
#include <variant>

#include "base/id_card_record.h"

namespace devices::idcard {

struct ReaderConnected {
  std::string reader;  // "USB 0400:c35a bus 1 addr 2", "simulated reader"
};
struct ReaderDisconnected {
  std::string reason;  // technical detail for the log; the screen shows 「读卡器未连接」
};
struct CardPresented {
  base::IdCardRecord card;
};
struct CardRemoved {};
// A card was found and its read begins (about a second on hardware): the kiosk says 正在读卡.
struct CardReading {};
struct ReadFailed {
  std::string reason;  // technical detail for the log; the screen shows 「读卡失败，请将身份证重新放置」
};

using IdCardReaderEvent =
    std::variant<ReaderConnected, ReaderDisconnected, CardReading, CardPresented, CardRemoved, ReadFailed>;

}  // namespace devices::idcard
