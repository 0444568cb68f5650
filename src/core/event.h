#pragma once
// Everything that can change the application's state arrives as an Event: device reports, store
// results, timer ticks, and the intents screens return when a person presses something. Each room
// names its own (core/spine_events.h, core/kiosk/kiosk_events.h, core/counter/counter_events.h,
// core/backoffice/backoffice_events.h); this file only assembles them.

#include "core/backoffice/backoffice_events.h"
#include "core/counter/counter_events.h"
#include "core/desk_events.h"
#include "core/kiosk/kiosk_events.h"
#include "core/maintenance_events.h"
#include "core/rating/rating_events.h"
#include "core/spine_events.h"
#include "core/one_of.h"
#include "core/type_list.h"

namespace core {

using EventTypes = Concat<SpineEvents, SharedEvents, DeskEvents, KioskEvents, CounterEvents, BackofficeEvents,
                          MaintenanceEvents, RatingEvents>;

using Event = OneOf<EventTypes>;
extern template class OneOf<EventTypes>;  // special members: core/event.cpp

}  // namespace core
