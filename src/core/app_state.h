#pragma once
// Everything the screens draw from. Screens read it (const), never change it.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_time.h"
#include "core/device_link.h"
#include "core/id_card_record.h"
#include "core/language.h"
#include "core/mode.h"

namespace core {

enum class StoreLink { Opening, Ready, Unavailable };

enum class ScreenId { Welcome, CardRead, SlipScanned, CounterHome, BackofficeHome };

std::string_view screen_name(ScreenId s);

struct HallIdentity {
  std::string code;
  std::string name;
  std::string phone;
  int terminal_number = 1;
};

struct AppState {
  Mode mode = Mode::Kiosk;
  ScreenId screen = ScreenId::Welcome;
  Language language = Language::ZhCN;
  bool demo = false;
  bool running = true;
  HallIdentity hall;
  CivilTime now;
  std::array<DeviceState, kDeviceKinds> devices{};
  PrinterTrouble printer_trouble = PrinterTrouble::None;
  StoreLink store = StoreLink::Opening;

  // The card on the reader (kiosk diagnostic until the kiosk flow lands). Dropped, not hidden, when
  // the card is taken away.
  std::optional<IdCardRecord> card;
  // The genuine slip just scanned (its acceptance number); progress look-up arrives with the kiosk.
  std::string slip_acceptance_no;
  // A plain-language notice by catalog key ("card.read_failed"), shown until `notice_until`.
  std::string notice_key;
  CivilTime notice_until;

  // Bumped whenever something visible changes; the UI redraws only then (or on input), so an idle
  // kiosk renders nothing.
  std::uint64_t revision = 0;

  const DeviceState& device(DeviceKind k) const { return devices[static_cast<std::size_t>(k)]; }
};

}  // namespace core
