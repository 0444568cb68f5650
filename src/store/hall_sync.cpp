#include "store/hall_sync.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <vector>

#include "core/domain/acceptance_number.h"
#include "store/hall_rows.h"
#include "store/hall_sync_prints.h"
#include "store/hall_sync_ratings.h"

namespace store {
namespace {

using sql_rows::insert_rows;
using sql_rows::read_rows;
using sql_rows::Row;

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// libpq's error names the statement; a multi-row INSERT is too long for one line.
std::string without_statement(std::string message) {
  if (auto at = message.find(" in: "); at != std::string::npos) message.resize(at);
  return message;
}

HallTrouble classify(const std::string& m) {
  if (starts_with(m, "cannot connect") || starts_with(m, "lost the connection") ||
      starts_with(m, "the connection to the store"))
    return m.find("password") != std::string::npos || m.find("authentication") != std::string::npos
               ? HallTrouble::Refused
               : HallTrouble::Unreachable;
  return HallTrouble::Refused;
}

base::Result<std::vector<std::string>> unsynced_uuids(Database& local) {
  auto st = local.prepare(
      "SELECT uuid FROM applications WHERE uuid NOT IN (SELECT application_uuid FROM hall_sync) ORDER BY acceptance_no");
  if (!st) return st.error();
  std::vector<std::string> out;
  for (;;) {
    auto more = st->step();
    if (!more) return more.error();
    if (!more.value()) break;
    out.push_back(st->text(0));
  }
  return out;
}

// This file's identity in the hall's terminal registry, made on its first sync.
base::Result<std::string> store_identity(Database& local, const std::string& fresh) {
  auto ins = local.prepare("INSERT INTO meta(key, value) VALUES('store_uuid', ?1) ON CONFLICT(key) DO NOTHING");
  if (!ins) return ins.error();
  ins->bind(1, fresh);
  if (auto s = ins->run(); !s) return s.error();
  auto st = local.prepare("SELECT value FROM meta WHERE key = 'store_uuid'");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  if (!row.value()) return base::Error{"the local store has no identity (meta store_uuid)"};
  return st->text(0);
}

struct TerminalKey {
  std::string hall_code;
  int terminal = 0;
  auto operator<=>(const TerminalKey&) const = default;
};

base::Result<std::set<TerminalKey>> terminals_of(Database& local) {
  auto st = local.prepare(
      "SELECT DISTINCT substr(acceptance_no, 1, 9) FROM applications "
      "WHERE uuid NOT IN (SELECT application_uuid FROM hall_sync)");
  if (!st) return st.error();
  std::set<TerminalKey> out;
  for (;;) {
    auto more = st->step();
    if (!more) return more.error();
    if (!more.value()) break;
    const std::string prefix = st->text(0);  // "320102-01"
    if (prefix.size() != 9 || prefix[6] != '-')
      return base::Error{"a local application has a malformed acceptance number starting " + prefix};
    out.insert({prefix.substr(0, 6), std::atoi(prefix.c_str() + 7)});
  }
  return out;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Registers every terminal number the outbox uses, or refuses (and registers none) if another
// store holds one of them.
base::Status register_terminals(Database& hall, const std::set<TerminalKey>& keys, const std::string& identity,
                                const std::string& now) {
  auto tx = Transaction::begin(hall);
  if (!tx) return tx.error();
  for (const auto& k : keys) {
    auto ins = hall.prepare(
        "INSERT INTO terminals(hall_code, terminal, store_uuid, registered_at) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(hall_code, terminal) DO NOTHING");
    if (!ins) return ins.error();
    ins->bind_all(k.hall_code, k.terminal, identity, now);
    if (auto s = ins->run(); !s) return s;
    auto st = hall.prepare("SELECT store_uuid, registered_at FROM terminals WHERE hall_code = ?1 AND terminal = ?2");
    if (!st) return st.error();
    st->bind_all(k.hall_code, k.terminal);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return base::Error{"the hall store did not keep the registration of terminal " + two_digits(k.terminal)};
    if (st->text(0) != identity)
      return base::Error{"terminal number " + two_digits(k.terminal) + " of hall " + k.hall_code +
                         " is already registered to another counter (since " + st->text(1) +
                         "); give this counter its own [terminal] number — nothing was synced"};
  }
  return tx->commit();
}

const char* kApplicationColumns =
    "uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due, declarations, "
    "due_provisional, applicant_phone";
const char* kMemberColumns =
    "application_uuid, id_number, relation, name, lives_in_household, disability_cert_no, monthly_income_fen, position";
const char* kMaterialColumns = "application_uuid, code, name, required, received";
const char* kEventColumns = "application_uuid, from_status, to_status, who, at, note";

// One batch: the hall's rows in one transaction, then the local marks in another. Returns how many
// of the batch were new to the hall.
base::Result<long> push_batch(Database& local, Database& hall, const std::vector<std::string>& batch,
                              const std::string& now) {
  auto residents = read_rows(local,
                             "SELECT id_number, name, gender, birth, address, phone FROM residents WHERE id_number IN "
                             "(SELECT applicant_id FROM applications WHERE uuid IN",
                             batch, ") ORDER BY id_number");
  if (!residents) return residents.error();
  auto applications =
      read_rows(local, std::string("SELECT ") + kApplicationColumns + " FROM applications WHERE uuid IN", batch,
                " ORDER BY acceptance_no");
  if (!applications) return applications.error();
  long fresh = 0;
  {
    auto tx = Transaction::begin(hall);
    if (!tx) return tx.error();
    // Residents in ID-number order, so two counters adding the same people never deadlock.
    if (auto r = insert_rows(hall, "INSERT INTO residents(id_number, name, gender, birth, address, phone)", *residents,
                             " ON CONFLICT(id_number) DO NOTHING");
        !r)
      return r.error();
    auto inserted = insert_rows(hall, std::string("INSERT INTO applications(") + kApplicationColumns + ")",
                                *applications, " ON CONFLICT(uuid) DO NOTHING RETURNING uuid");
    if (!inserted) return inserted.error();
    fresh = static_cast<long>(inserted->size());
    if (!inserted->empty()) {
      const std::vector<std::string>& added = *inserted;
      struct Child {
        const char* table;
        const char* columns;
        const char* order;
      };
      for (const Child& c : {Child{"application_members", kMemberColumns, " ORDER BY application_uuid, position"},
                             Child{"application_materials", kMaterialColumns, " ORDER BY application_uuid, code"},
                             Child{"application_events", kEventColumns, " ORDER BY application_uuid, id"}}) {
        auto rows = read_rows(local, std::string("SELECT ") + c.columns + " FROM " + c.table + " WHERE application_uuid IN",
                              added, c.order);
        if (!rows) return rows.error();
        if (auto r = insert_rows(hall, std::string("INSERT INTO ") + c.table + "(" + c.columns + ")", *rows, ""); !r)
          return r.error();
      }
    }
    if (auto s = tx->commit(); !s) return s.error();
  }
  // A crash here leaves the batch in the outbox: the next push finds it in the hall and only marks it.
  auto tx = Transaction::begin(local);
  if (!tx) return tx.error();
  std::vector<Row> marks;
  marks.reserve(batch.size());
  for (const auto& uuid : batch) marks.push_back({uuid, now});
  if (auto r = insert_rows(local, "INSERT INTO hall_sync(application_uuid, synced_at)", marks,
                           " ON CONFLICT(application_uuid) DO NOTHING");
      !r)
    return r.error();
  if (auto s = tx->commit(); !s) return s.error();
  return fresh;
}

}  // namespace

base::Result<long> count_unsynced(Database& local) {
  // Every hall_sync row names an application (a foreign key), so the difference of the two counts
  // is the outbox; SQLite counts a table without reading its rows (the sync worker asks often).
  auto st = local.cached("SELECT (SELECT count(*) FROM applications) - (SELECT count(*) FROM hall_sync)");
  if (!st) return st.error();
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

HallTrouble classify_open_failure(const base::Error& e) { return classify(e.message); }

base::Result<bool> has_anything_to_push(Database& local) {
  auto applications = count_unsynced(local);
  if (!applications) return applications.error();
  if (*applications > 0) return true;
  auto prints = count_unsynced_prints(local);
  if (!prints) return prints.error();
  if (*prints > 0) return true;
  auto ratings = count_unsynced_ratings(local);
  if (!ratings) return ratings.error();
  return *ratings > 0;
}

namespace {

// Registers the outbox's terminal numbers, then pushes its applications batch by batch.
base::Status push_applications(Database& local, Database& hall, const std::vector<std::string>& uuids,
                               const std::string& fresh_identity, const std::string& now, HallSyncOutcome& out) {
  auto identity = store_identity(local, fresh_identity);
  if (!identity) return identity.error();
  auto keys = terminals_of(local);
  if (!keys) return keys.error();
  if (auto s = register_terminals(hall, *keys, *identity, now); !s) return s;
  for (std::size_t start = 0; start < uuids.size(); start += kHallSyncBatch) {
    const std::vector<std::string> batch(uuids.begin() + static_cast<std::ptrdiff_t>(start),
                                         uuids.begin() + static_cast<std::ptrdiff_t>(std::min(uuids.size(), start + kHallSyncBatch)));
    auto fresh = push_batch(local, hall, batch, now);
    if (!fresh) return fresh.error();
    out.pushed += *fresh;
    out.already_there += static_cast<long>(batch.size()) - *fresh;
    out.pending -= static_cast<long>(batch.size());
  }
  return base::ok();
}

}  // namespace

HallSyncOutcome push_outbox(Database& local, Database& hall, const std::string& fresh_identity, const std::string& now) {
  HallSyncOutcome out;
  auto fail = [&](const base::Error& e, std::optional<HallTrouble> kind = std::nullopt) {
    out.message = without_statement(e.message);
    out.trouble = kind ? *kind : classify(e.message);
    if (auto left = count_unsynced(local)) out.pending = *left;
    return out;
  };
  auto uuids = unsynced_uuids(local);
  if (!uuids) return fail(uuids.error(), HallTrouble::Refused);
  out.pending = static_cast<long>(uuids->size());
  if (!uuids->empty()) {
    if (auto s = push_applications(local, hall, *uuids, fresh_identity, now, out); !s) return fail(s.error());
  }
  auto prints = push_slip_prints(local, hall);
  if (!prints) return fail(prints.error());
  out.prints_pushed = *prints;
  auto ratings = push_ratings(local, hall);
  if (!ratings) return fail(ratings.error());
  out.ratings_pushed = *ratings;
  return out;
}

}  // namespace store
