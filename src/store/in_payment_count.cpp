#include "store/in_payment_count.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace store {

namespace {

// Both in id_number order (byte order on both stores: BINARY on SQLite, COLLATE "C" on
// PostgreSQL), so each benefit finds its holder's household by walking forward.
constexpr const char* kActiveBenefits =
    "SELECT b.id_number, b.benefit_type, b.monthly_amount_fen, r.township, r.village FROM benefits b"
    " JOIN residents r ON r.id_number = b.id_number WHERE b.status = 'active' ORDER BY b.id_number";
constexpr const char* kHouseholds =
    "SELECT id_number, MIN(household_no) FROM household_members GROUP BY id_number ORDER BY id_number";

// One group's figures while rows go by. A person's rows come together (the read is in person
// order), so people are counted as they change; households are numbered and counted at the end.
struct Group {
  std::vector<int> households;
  int last_person = -1;
  core::InPaymentFigures figures;

  void add(int person, int household, core::Fen fen) {
    if (person != last_person) {
      ++figures.people;
      last_person = person;
    }
    households.push_back(household);
    ++figures.benefits;
    figures.monthly_fen += fen;
  }
  core::InPaymentFigures finish() {
    std::sort(households.begin(), households.end());
    figures.households = static_cast<long>(std::unique(households.begin(), households.end()) - households.begin());
    return figures;
  }
};

}  // namespace

base::Status count_in_payment(Database& db, core::StatisticsBuilder& into) {
  std::vector<std::pair<std::string, std::string>> member_of;  // id_number → household_no, in id_number order
  {
    auto st = db.prepare(kHouseholds);
    if (!st) return st.error();
    for (;;) {
      auto r = st->step();
      if (!r) return r.error();
      if (!r.value()) break;
      member_of.emplace_back(st->text(0), st->text(1));
    }
  }
  std::unordered_map<std::string, int> household_numbers;
  auto household_number = [&](std::string key) {
    return household_numbers.try_emplace(std::move(key), static_cast<int>(household_numbers.size())).first->second;
  };

  Group all;
  std::map<std::string, Group, std::less<>> by_type;
  std::map<core::AddressVillage, Group> by_village;
  auto st = db.prepare(kActiveBenefits);
  if (!st) return st.error();
  std::string person_id;
  int person = -1, household = -1;
  std::size_t next_member = 0;
  for (;;) {
    auto r = st->step();
    if (!r) return r.error();
    if (!r.value()) break;
    const std::string_view id = st->text_view(0);
    if (person < 0 || id != person_id) {
      if (person >= 0 && id < person_id) return base::Error{"statistics: benefits read out of order (store collation?)"};
      person_id = std::string(id);
      ++person;
      while (next_member < member_of.size() && member_of[next_member].first < person_id) ++next_member;
      household = household_number(next_member < member_of.size() && member_of[next_member].first == person_id
                                       ? member_of[next_member].second
                                       : "#" + person_id);
    }
    const core::Fen fen = st->int64(2);
    all.add(person, household, fen);
    const std::string_view type = st->text_view(1);
    auto t = by_type.find(type);
    if (t == by_type.end()) t = by_type.emplace(std::string(type), Group{}).first;
    t->second.add(person, household, fen);
    by_village[core::AddressVillage{st->text(3), st->text(4)}].add(person, household, fen);
  }
  into.set_in_payment(all.finish());
  for (auto& [type, g] : by_type) into.add(core::BenefitInPayment{type, g.finish()});
  for (auto& [where, g] : by_village) into.add_village(where, g.finish());
  return base::ok();
}

}  // namespace store
