#pragma once
// What update() asks the outside world to do. Services (src/app, one per room) run effects off the
// UI thread and report results back as Events. Each room names its own effects beside its events;
// this file only assembles them.
#include <vector>

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

using EffectTypes = Concat<SpineEffects, DeskEffects, KioskEffects, CounterEffects, BackofficeEffects, MaintenanceEffects,
                          RatingEffects>;

using Effect = OneOf<EffectTypes>;
extern template class OneOf<EffectTypes>;  // special members: core/event.cpp

using Effects = std::vector<Effect>;

}  // namespace core
