#pragma once
// Runs 好差评's effect (core/rating/rating_events.h): the rating is written on the store worker, off
// the UI thread. Nothing comes back to the screen — the resident has already been thanked; a failed
// write is logged for the technician.
#include "app/service_context.h"
#include "core/rating/rating_events.h"

namespace app {

void save_rating(ServiceContext& c, const core::fx::SaveRating& r);

}  // namespace app
