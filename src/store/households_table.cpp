#include "store/households_table.h"

namespace store {

base::Status HouseholdsTable::save(const core::Household& h) {
  auto up = db_.cached(
      "INSERT INTO households(household_no, head_id_number, address) VALUES(?1, ?2, ?3) "
      "ON CONFLICT(household_no) DO UPDATE SET head_id_number = excluded.head_id_number, address = excluded.address");
  if (!up) return up.error();
  (*up)->bind_all(h.household_no, h.head_id_number, h.address);
  if (auto s = (*up)->run(); !s) return s;
  auto del = db_.cached("DELETE FROM household_members WHERE household_no = ?1");
  if (!del) return del.error();
  (*del)->bind(1, h.household_no);
  if (auto s = (*del)->run(); !s) return s;
  auto ins = db_.cached("INSERT INTO household_members(household_no, id_number, relation) VALUES(?1, ?2, ?3)");
  if (!ins) return ins.error();
  for (const auto& m : h.members) {
    (*ins)->bind_all(h.household_no, m.id_number, m.relation);
    if (auto s = (*ins)->run(); !s) return s;
  }
  return base::ok();
}

base::Result<std::optional<core::Household>> HouseholdsTable::find(const std::string& household_no) {
  auto st = db_.cached("SELECT head_id_number, address FROM households WHERE household_no = ?1");
  if (!st) return st.error();
  (*st)->bind(1, household_no);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::Household>{};
  core::Household h{household_no, (*st)->text(0), (*st)->text(1), {}};
  auto ms = db_.cached(
      "SELECT id_number, relation FROM household_members WHERE household_no = ?1 ORDER BY relation != '本人', id_number");
  if (!ms) return ms.error();
  (*ms)->bind(1, household_no);
  while (true) {
    auto r = (*ms)->step();
    if (!r) return r.error();
    if (!r.value()) break;
    h.members.push_back(core::HouseholdMember{(*ms)->text(0), (*ms)->text(1)});
  }
  return std::optional<core::Household>(std::move(h));
}

base::Result<std::optional<std::string>> HouseholdsTable::household_of(const std::string& id_number) {
  auto st = db_.cached("SELECT household_no FROM household_members WHERE id_number = ?1 ORDER BY household_no LIMIT 1");
  if (!st) return st.error();
  (*st)->bind(1, id_number);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::string>{};
  return std::optional<std::string>((*st)->text(0));
}

}  // namespace store
