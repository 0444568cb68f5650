#include "store/applications_table.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "base/split.h"
#include "store/application_events_table.h"

namespace store {
namespace {

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

base::Status ApplicationsTable::insert(const core::Application& a) {
  auto st = db_.cached(
      "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, "
      "due, declarations, due_provisional, applicant_phone) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  if (!st) return st.error();
  (*st)->bind_all(a.uuid, a.acceptance_no, a.item_code, a.applicant_id, a.applicant_name, core::status_code(a.status),
                  a.accepted_at, a.due, join_lines(a.declarations), std::int64_t{a.due_provisional ? 1 : 0},
                  a.applicant_phone);
  if (auto s = (*st)->run(); !s) return s;
  auto mem = db_.cached(
      "INSERT INTO application_members(application_uuid, id_number, relation, name, lives_in_household, "
      "disability_cert_no, monthly_income_fen, position) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!mem) return mem.error();
  std::int64_t position = 0;  // as entered: the applicant's own row first
  for (const auto& m : a.members) {
    (*mem)->bind_all(a.uuid, m.id_number, m.relation, m.name, m.lives_in_household ? 1 : 0, m.disability_cert_no,
                     m.monthly_income_fen, position++);
    if (auto s = (*mem)->run(); !s) return s;
  }
  auto mat = db_.cached(
      "INSERT INTO application_materials(application_uuid, code, name, required, received) VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!mat) return mat.error();
  for (const auto& m : a.materials) {
    (*mat)->bind_all(a.uuid, m.code, m.name, m.required ? 1 : 0, m.received ? 1 : 0);
    if (auto s = (*mat)->run(); !s) return s;
  }
  ApplicationEventsTable events(db_);
  for (const auto& e : a.events)
    if (auto s = events.append(a.uuid, e); !s) return s;
  return base::ok();
}

base::Status ApplicationsTable::transition(core::Application& a, core::ApplicationStatus to, const std::string& who,
                                           const std::string& at, const std::string& note) {
  core::Application next = a;
  if (auto s = core::transition(next, to, who, at, note); !s) return s;
  auto st = db_.cached("UPDATE applications SET status = ?2 WHERE uuid = ?1 AND status = ?3");
  if (!st) return st.error();
  (*st)->bind_all(a.uuid, core::status_code(to), core::status_code(a.status));
  if (auto s = (*st)->run(); !s) return s;
  if (db_.changes() != 1)
    return base::Error{"application " + a.acceptance_no + " changed in the store meanwhile; reload it"};
  if (auto s = ApplicationEventsTable(db_).append(a.uuid, next.events.back()); !s) return s;
  a = std::move(next);
  return base::ok();
}

base::Result<std::optional<core::Application>> ApplicationsTable::find_by_acceptance_no(
    const std::string& acceptance_no) {
  auto st = db_.cached(
      "SELECT uuid, item_code, applicant_id, applicant_name, status, accepted_at, due, declarations, due_provisional, "
      "applicant_phone FROM applications WHERE acceptance_no = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, acceptance_no);
  auto row = s.step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::Application>{};
  core::Application a;
  a.uuid = s.text(0);
  a.acceptance_no = acceptance_no;
  a.item_code = s.text(1);
  a.applicant_id = s.text(2);
  a.applicant_name = s.text(3);
  auto status = core::status_from_code(s.text(4));
  if (!status) return base::Error{"application " + acceptance_no + " holds unknown status '" + s.text(4) + "'"};
  a.status = *status;
  a.accepted_at = s.text(5);
  a.due = s.text(6);
  a.declarations = base::split(s.text(7), '\n');
  a.due_provisional = s.integer(8) != 0;
  a.applicant_phone = s.text(9);
  s.reset();
  auto mem = db_.cached(
      "SELECT id_number, relation, name, lives_in_household, disability_cert_no, monthly_income_fen, position "
      "FROM application_members WHERE application_uuid = ?1");
  if (!mem) return mem.error();
  (*mem)->bind(1, a.uuid);
  std::vector<std::pair<std::int64_t, core::HouseholdMember>> members;
  while (true) {
    auto r = (*mem)->step();
    if (!r) return r.error();
    if (!r.value()) break;
    Statement& m = **mem;
    members.emplace_back(m.int64(6), core::HouseholdMember{m.text(0), m.text(1), m.text(2), m.integer(3) != 0,
                                                           m.text(4), m.int64(5)});
  }
  // Entered order, sorted here rather than by SQL (no temporary B-tree for a handful of rows); rows
  // of equal position (written by older code) by ID number, as they were read before version 5.
  std::sort(members.begin(), members.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : x.second.id_number < y.second.id_number;
  });
  for (auto& [position, member] : members) a.members.push_back(std::move(member));
  if (auto m = read_materials(a); !m) return m.error();
  auto events = ApplicationEventsTable(db_).for_application(a.uuid);
  if (!events) return events.error();
  a.events = std::move(events.value());
  return std::optional<core::Application>(std::move(a));
}

base::Result<std::vector<core::OpenApplicationSummary>> ApplicationsTable::open_for(const std::string& applicant_id) {
  auto st = db_.cached(
      "SELECT acceptance_no, item_code, status, due FROM applications WHERE applicant_id = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, applicant_id);
  std::vector<core::OpenApplicationSummary> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto status = core::status_from_code(s.text(2));
    if (!status) return base::Error{"application " + s.text(0) + " holds unknown status '" + s.text(2) + "'"};
    if (core::is_open(*status)) out.push_back(core::OpenApplicationSummary{s.text(0), s.text(1), *status, s.text(3)});
  }
  // Filtered and sorted here, not by SQL: a status IN list or ORDER BY builds a temporary B-tree on
  // every kiosk look-up, for the few applications one person has.
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.acceptance_no < b.acceptance_no; });
  return out;
}

base::Result<std::vector<core::Application>> ApplicationsTable::open_with_history_for(
    const std::string& applicant_id) {
  // Which ones are open comes from the covering index alone (open_for); only those are read further.
  auto open = open_for(applicant_id);
  if (!open) return open.error();
  std::vector<core::Application> out;
  if (open->empty()) return out;
  auto st = db_.cached("SELECT uuid, applicant_name, accepted_at, due_provisional FROM applications WHERE acceptance_no = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  ApplicationEventsTable events(db_);
  for (auto& summary : open.value()) {
    core::Application a;
    a.acceptance_no = std::move(summary.acceptance_no);
    a.item_code = std::move(summary.item);
    a.applicant_id = applicant_id;
    a.status = summary.status;
    a.due = std::move(summary.due);
    s.bind(1, a.acceptance_no);
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) return base::Error{"application " + a.acceptance_no + " vanished during a look-up"};
    a.uuid = s.text(0);
    a.applicant_name = s.text(1);
    a.accepted_at = s.text(2);
    a.due_provisional = s.integer(3) != 0;
    s.reset();
    if (auto m = read_materials(a); !m) return m.error();
    auto e = events.for_application(a.uuid);
    if (!e) return e.error();
    a.events = std::move(e.value());
    out.push_back(std::move(a));
  }
  return out;
}

base::Status ApplicationsTable::read_materials(core::Application& a) {
  // Required ones first, each group by code: the primary key's order, partitioned here rather than
  // sorted by SQL (no temporary B-tree on a kiosk look-up).
  auto mat = db_.cached("SELECT code, name, required, received FROM application_materials WHERE application_uuid = ?1");
  if (!mat) return mat.error();
  (*mat)->bind(1, a.uuid);
  while (true) {
    auto r = (*mat)->step();
    if (!r) return r.error();
    if (!r.value()) break;
    a.materials.push_back(
        core::MaterialCheck{(*mat)->text(0), (*mat)->text(1), (*mat)->integer(2) != 0, (*mat)->integer(3) != 0});
  }
  std::stable_partition(a.materials.begin(), a.materials.end(), [](const auto& m) { return m.required; });
  return base::ok();
}

base::Result<long> ApplicationsTable::count_with_status(core::ApplicationStatus status) {
  auto st = db_.cached("SELECT count(*) FROM applications WHERE status = ?1");
  if (!st) return st.error();
  (*st)->bind(1, core::status_code(status));
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

}  // namespace store
