#include "app/hall/hall_outbox.h"

#include "app/clock_service.h"
#include "app/store_target.h"
#include "app/uuid.h"

namespace app::hall {
namespace {

store::HallTrouble ensure_open(std::unique_ptr<store::Database>& hall, const std::string& hall_uri, std::string& why) {
  if (hall) return store::HallTrouble::None;
  auto db = open_store_target(hall_uri, StoreUse::MustExist);
  if (!db) {
    why = db.error().message;
    return store::classify_open_failure(db.error());
  }
  hall = std::make_unique<store::Database>(std::move(*db));
  return store::HallTrouble::None;
}

}  // namespace

store::HallSyncOutcome push_once(store::Database& local, std::unique_ptr<store::Database>& hall, const std::string& hall_uri) {
  store::HallSyncOutcome out;
  auto pending = store::count_unsynced(local);
  if (!pending) {
    out.trouble = store::HallTrouble::Refused;
    out.message = pending.error().message;
    return out;
  }
  out.pending = *pending;
  auto anything = store::has_anything_to_push(local);  // slip prints recorded after the push, too
  if (!anything) {
    out.trouble = store::HallTrouble::Refused;
    out.message = anything.error().message;
    return out;
  }
  if (!*anything) return out;
  if (auto t = ensure_open(hall, hall_uri, out.message); t != store::HallTrouble::None) {
    out.trouble = t;
    return out;
  }
  out = store::push_outbox(local, *hall, random_uuid(), local_now().iso_datetime());
  if (out.trouble != store::HallTrouble::None) hall.reset();
  return out;
}

store::HallTrouble check_hall(std::unique_ptr<store::Database>& hall, const std::string& hall_uri, std::string& why) {
  if (auto t = ensure_open(hall, hall_uri, why); t != store::HallTrouble::None) return t;
  auto st = hall->prepare("SELECT 1");
  if (!st) {
    why = st.error().message;
    hall.reset();
    return store::classify_open_failure(st.error());
  }
  if (auto row = st->step(); !row) {
    why = row.error().message;
    hall.reset();
    return store::classify_open_failure(row.error());
  }
  return store::HallTrouble::None;
}

}  // namespace app::hall
