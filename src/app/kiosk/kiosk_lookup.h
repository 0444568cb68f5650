#pragma once
// The kiosk's look-ups, run on the store worker's thread: a resident by the card read (through the
// same store::StatusQuery as `onewindow status`, audit row included) and one application by a
// verified slip's number (audited under its applicant). The store answers with rows in one
// transaction; core/kiosk builds the masked view from them. Each returns the event for the UI queue;
// technical failures become LookUpFailed with the detail for the log, never for the screen.
#include <string>

#include "app/catalog_file.h"
#include "core/effect.h"
#include "core/event.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace app {

struct KioskLookupContext {
  const CatalogAssets& assets;
  const store::HallKey& key;
  std::string who;  // "kiosk-01"
};

core::Event look_up_resident_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpResident& q);
core::Event look_up_slip_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpSlip& q);

}  // namespace app
