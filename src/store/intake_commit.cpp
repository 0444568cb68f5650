#include "store/intake_commit.h"

#include <cstdio>

#include "core/domain/acceptance_number.h"
#include "base/id_number.h"
#include "store/acceptance_sequences.h"
#include "store/applications_table.h"
#include "store/residents_table.h"

namespace store {
namespace {

base::Result<std::optional<std::string>> acceptance_no_of(Database& db, const std::string& uuid) {
  auto st = db.cached("SELECT acceptance_no FROM applications WHERE uuid = ?1");
  if (!st) return st.error();
  (*st)->bind(1, uuid);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::string>{};
  return std::optional<std::string>((*st)->text(0));
}

}  // namespace

base::Result<core::Application> commit_application(Database& db, const IntakePlace& place, core::Application a) {
  if (a.uuid.empty()) return base::Error{"an application needs a UUID before it is committed"};
  if (a.events.empty()) return base::Error{"an application must be opened (core::open_application) before it is committed"};
  if (!base::is_valid_id_number(a.applicant_id))
    return base::Error{"applicant ID number is not valid; the application was not committed"};
  if (auto s = db.set_synchronous_full(true); !s) return s.error();
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto existing = acceptance_no_of(db, a.uuid);
  if (!existing) return existing.error();
  ApplicationsTable applications(db);
  if (existing.value()) {
    auto stored = applications.find_by_acceptance_no(*existing.value());
    if (!stored) return stored.error();
    return std::move(*stored.value());
  }
  ResidentsTable residents(db);
  auto known = residents.find_key(a.applicant_id);
  if (!known) return known.error();
  if (!known.value()) {
    core::Resident r;
    r.id_number = a.applicant_id;
    r.name = a.applicant_name;
    if (auto b = base::birth_date_of(a.applicant_id)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
      r.birth = buf;
    }
    r.gender = ((a.applicant_id[16] - '0') % 2 == 1) ? "男" : "女";
    if (auto k = residents.insert(r); !k) return k.error();
  }
  auto number = AcceptanceSequences(db).next(place.hall_code, place.terminal, place.year, place.month, place.day);
  if (!number) return number.error();
  a.acceptance_no = core::format_acceptance_number(number.value());
  if (auto s = applications.insert(a); !s) return s.error();
  if (auto s = tx->commit(); !s) return s.error();
  return a;
}

}  // namespace store
