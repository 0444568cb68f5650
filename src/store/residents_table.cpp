#include "store/residents_table.h"

namespace store {

base::Result<std::optional<core::Resident>> ResidentsTable::find(const std::string& id_number) {
  auto st = db_.cached("SELECT id_number, name, gender, birth, address, phone FROM residents WHERE id_number = ?1");
  if (!st) return st.error();
  (*st)->bind(1, id_number);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::Resident>{};
  Statement& s = **st;
  return std::optional<core::Resident>(core::Resident{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
}

base::Result<std::optional<ResidentsTable::KeyAndName>> ResidentsTable::find_key(const std::string& id_number) {
  auto st = db_.cached("SELECT id, name FROM residents WHERE id_number = ?1");
  if (!st) return st.error();
  (*st)->bind(1, id_number);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<KeyAndName>{};
  return std::optional<KeyAndName>(KeyAndName{(*st)->int64(0), (*st)->text(1)});
}

base::Status ResidentsTable::for_each_key(
    const std::function<void(std::string_view id_number, std::int64_t key, std::string_view name)>& visit) {
  auto st = db_.cached("SELECT id, id_number, name FROM residents");
  if (!st) return st.error();
  while (true) {
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!row.value()) break;
    visit((*st)->text_view(1), (*st)->int64(0), (*st)->text_view(2));
  }
  return base::ok();
}

base::Result<std::int64_t> ResidentsTable::insert(const core::Resident& r) {
  auto st = db_.cached(
      "INSERT INTO residents(id_number, name, gender, birth, address, phone) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!st) return st.error();
  (*st)->bind_all(r.id_number, r.name, r.gender, r.birth, r.address, r.phone);
  if (auto s = (*st)->run(); !s) return s.error();
  return db_.last_insert_rowid();
}

base::Result<long> ResidentsTable::count() {
  auto st = db_.cached("SELECT count(*) FROM residents");
  if (!st) return st.error();
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

}  // namespace store
