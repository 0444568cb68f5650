#pragma once
// The outbox's third part (store/hall_sync.h): 好差评 ratings given at a local-first counter (issue
// 22) go to the hall store, so the hall's monthly export and statistics count every window's. Local
// meta `hall_sync_ratings` is the last local ratings id the hall holds; rows go in id order. A
// rating's visit key is unique in every store, so the hall inserts ON CONFLICT (visit_key) DO
// NOTHING: a push repeated after a lost reply adds nothing, and a rating the hall already holds (the
// same application rated through another way in) keeps the first, as everywhere else.
// A rating names no application row, so, unlike a slip print, it never waits for one.
#include "base/result.h"
#include "store/database.h"

namespace store {

// Ratings given locally and not yet in the hall.
base::Result<long> count_unsynced_ratings(Database& local);

// Pushes every local rating the hall does not hold yet; returns how many were sent (a rating the
// hall already had counts as sent: it is marked and not sent again).
base::Result<long> push_ratings(Database& local, Database& hall);

}  // namespace store
