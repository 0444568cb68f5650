#pragma once
// Local-first intake (architecture.md, Store): a counter in a hall commits each application to its
// own SQLite file first, then this outbox pushes it to the hall store. The outbox is every local
// application not yet listed in `hall_sync`, so an application is in it the moment it is committed
// (no second write can be lost between the two). The application's UUID is the idempotency key:
// the hall inserts `ON CONFLICT (uuid) DO NOTHING`, so a push repeated after a lost reply or a
// crash between the hall's commit and the local mark adds nothing.
//
// Acceptance numbers carry the terminal number, so they are unique across the hall without
// coordination as long as no two counters number under the same terminal. The first push of a
// (hall code, terminal) registers it in the hall's `terminals` table under this file's identity
// (meta `store_uuid`, made at its first sync); a push from another file under a registered number
// is refused before anything is written.
#include <string>

#include "store/database.h"

namespace store {

// Applications per hall transaction: one multi-row INSERT per table and batch, so 10,000
// applications take a few dozen round trips instead of ~80,000.
inline constexpr std::size_t kHallSyncBatch = 500;

// Why a push stopped: the hall store could not be reached (or the connection dropped mid-push),
// or it answered and refused (a terminal number registered to another counter, credentials or
// rights, a conflicting row).
enum class HallTrouble { None, Unreachable, Refused };

struct HallSyncOutcome {
  long pushed = 0;         // applications newly inserted into the hall store
  long already_there = 0;  // pushed before (a lost reply): marked as synced, nothing inserted
  long pending = 0;        // still in the outbox afterwards
  long prints_pushed = 0;  // slip print attempts the hall took (store/hall_sync_prints.h)
  long ratings_pushed = 0; // 好差评 ratings sent to the hall (store/hall_sync_ratings.h)
  HallTrouble trouble = HallTrouble::None;
  std::string message;  // one line when trouble != None
};

// Applications in the local file's outbox.
base::Result<long> count_unsynced(Database& local);
// Whether anything waits for the hall: an application, a slip print attempt or a rating.
base::Result<bool> has_anything_to_push(Database& local);

// Pushes the whole outbox of `local` (a counter's SQLite file) to `hall`, in batches, each batch
// one hall transaction followed by one local transaction that marks it. `fresh_identity` becomes
// the file's store_uuid if it has none yet (a random UUID from the caller); `now` ("YYYY-MM-DD
// HH:MM:SS", local time) stamps registrations and marks. Then the slip print attempts of
// applications the hall holds, then the ratings. Stops at the first failure, keeping every batch
// already done.
HallSyncOutcome push_outbox(Database& local, Database& hall, const std::string& fresh_identity, const std::string& now);

// Classifies a failure to open the hall store: refused credentials are Refused, the rest
// Unreachable.
HallTrouble classify_open_failure(const base::Error& e);

}  // namespace store
