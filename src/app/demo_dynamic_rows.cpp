#include "app/demo_dynamic_rows.h"

#include <array>
#include <cstdio>
#include <string_view>
#include <vector>

#include "base/id_number.h"
#include "base/splitmix64.h"
#include "core/domain/civil_time.h"
#include "store/households_table.h"
#include "store/residents_table.h"

namespace app {
namespace {

// Its own stream: the generated people, benefits and payments do not move when this file changes.
constexpr std::uint64_t kStreamSalt = 0x64796e616d696373ull;  // "dynamics"

struct YearMonth {
  int y = 0, m = 0;
};
YearMonth add_months(YearMonth x, int delta) {
  int total = x.y * 12 + (x.m - 1) + delta;
  return {total / 12, total % 12 + 1};
}
std::string month_text(YearMonth x) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d", x.y, x.m);
  return b;
}

base::Result<YearMonth> month_of(const std::string& today) {
  auto day = core::parse_iso_date(today);
  if (!day) return day.error();
  int y = 0, m = 0, d = 0;
  base::civil_from_days(day.value(), y, m, d);
  return YearMonth{y, m};
}

// A card number of `digits` digits under `prefix`, with its Luhn check digit last.
std::string card_number(base::SplitMix64& rng, std::string_view prefix, std::size_t digits) {
  std::string n(prefix);
  while (n.size() < digits - 1) n += static_cast<char>('0' + rng.below(10));
  int sum = 0;
  for (std::size_t i = 0; i < n.size(); ++i) {
    int v = n[n.size() - 1 - i] - '0';
    if (i % 2 == 0) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return n + static_cast<char>('0' + (10 - sum % 10) % 10);
}

struct BenefitKey {
  std::string id_number, type, status, channel;
  std::int64_t amount = 0;
};

base::Result<std::vector<BenefitKey>> all_benefits(store::Database& db) {
  auto st = db.prepare(
      "SELECT b.id_number, b.benefit_type, b.status, b.monthly_amount_fen, "
      "coalesce((SELECT p.channel FROM payments p WHERE p.resident = r.id AND p.benefit_type = b.benefit_type "
      "ORDER BY p.period DESC LIMIT 1), '') "
      "FROM benefits b JOIN residents r ON r.id_number = b.id_number ORDER BY b.id_number, b.benefit_type");
  if (!st) return st.error();
  std::vector<BenefitKey> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    out.push_back({st->text(0), st->text(1), st->text(2), st->text(4), st->int64(3)});
  }
  return out;
}

base::Status exec_bound(store::Database& db, const char* sql, const std::vector<std::string>& args) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  for (std::size_t i = 0; i < args.size(); ++i) st->bind(static_cast<int>(i + 1), args[i]);
  return st->run();
}

bool is_dibao(const std::string& type) { return type == "城市低保" || type == "农村低保"; }

}  // namespace

int demo_milestone_people(int residents) { return residents >= kDemoMilestoneMinimum ? kDemoMilestonePeople : 0; }

base::Status add_demo_milestone_people(store::Database& db, const DemoDataOptions& o) {
  if (demo_milestone_people(o.residents) == 0) return base::ok();
  auto month = month_of(o.today);
  if (!month) return month.error();
  struct Milestone {
    int age;
    const char* name;
    const char* gender;
  };
  static constexpr std::array<Milestone, kDemoMilestonePeople> kPeople = {
      Milestone{80, "赵桂兰", "女"}, Milestone{90, "钱德明", "男"}, Milestone{100, "孙秀英", "女"}};
  store::ResidentsTable residents(db);
  store::HouseholdsTable households(db);
  int k = 0;
  for (const auto& p : kPeople) {
    ++k;
    char birth[16];
    std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", month->y - p.age, month->m, k);
    core::Resident r;
    r.name = p.name;
    r.gender = p.gender;
    r.birth = birth;
    r.address = "江苏省南京市玄武区锁金村街道锁金三村" + std::to_string(10 + k) + "幢101室";
    r.phone = "1380000010" + std::to_string(k);
    // Sequence numbers from 901 up (odd for men), stepping past any the generated data used.
    const bool male = std::string_view(p.gender) == "男";
    for (int seq = 900 + (male ? 1 : 0);; seq += 2) {
      if (seq > 998) return base::Error{"demo data: no free ID number for " + r.birth};
      char first17[32];
      std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", month->y - p.age, month->m, k, seq);
      r.id_number = std::string(first17) + base::id_check_character(first17);
      auto dup = residents.find(r.id_number);
      if (!dup) return dup.error();
      if (!dup.value()) break;
    }
    if (auto s = residents.insert(r); !s) return s.error();
    core::Household h{o.hall_code + "-" + std::to_string(290000 + k), r.id_number, r.address, {{r.id_number, "本人"}}};
    if (auto s = households.save(h); !s) return s.error();
  }
  return base::ok();
}

base::Status add_demo_dynamic_rows(store::Database& db, const DemoDataOptions& o) {
  auto month = month_of(o.today);
  if (!month) return month.error();
  base::SplitMix64 rng(o.seed ^ kStreamSalt);
  auto benefits = all_benefits(db);
  if (!benefits) return benefits.error();

  // Where each benefit is paid: 1 in 25 not known.
  {
    auto st = db.prepare("UPDATE benefits SET payee_account = ?3, payee_bank = ?4 WHERE id_number = ?1 AND benefit_type = ?2");
    if (!st) return st.error();
    for (const auto& b : benefits.value()) {
      if (rng.chance(400)) continue;
      const bool card = b.channel == "银行卡";
      st->bind_all(b.id_number, b.type, card_number(rng, card ? "622848" : "621799", 19),
                   std::string(card ? "农商银行" : "惠农一卡通"));
      if (auto s = st->run(); !s) return s;
    }
  }

  // 残疾人证: every subsidy holder has one; about 1 in 80 other people too (主动发现 finds them).
  {
    auto st = db.prepare(
        "SELECT r.id_number, (SELECT max(CASE b.benefit_type WHEN '重度残疾人护理补贴' THEN 2 WHEN '困难残疾人生活补贴' THEN 1 "
        "ELSE 0 END) FROM benefits b WHERE b.id_number = r.id_number) FROM residents r ORDER BY r.id_number");
    if (!st) return st.error();
    std::vector<std::pair<std::string, int>> certs;
    while (true) {
      auto row = st->step();
      if (!row) return row.error();
      if (!row.value()) break;
      const int subsidy = st->integer(1);
      const bool other = rng.chance(125);
      if (subsidy == 0 && !other) continue;
      // Grade 1 is the most severe; 护理补贴 is for grades 1 and 2.
      const int grade = subsidy == 2 ? 1 + rng.below(2) : 1 + rng.below(4);
      certs.emplace_back(st->text(0) + std::to_string(1 + rng.below(7)) + std::to_string(grade), grade);
    }
    auto up = db.prepare("UPDATE residents SET disability_cert = ?1, disability_grade = ?2 WHERE id_number = ?3");
    if (!up) return up.error();
    for (const auto& [cert, grade] : certs) {
      up->bind_all(cert, grade, cert.substr(0, 18));
      if (auto s = up->run(); !s) return s;
    }
  }

  // 低保 ended by a 年审 in the last five months (1 in 40 of those active), payments stopping then;
  // payments failed two months running (1 in 150 active benefits); 年审 overdue (1 in 100).
  const YearMonth last_paid = add_months(*month, -1);
  int ended = 0;
  for (const auto& b : benefits.value()) {
    if (b.status != "active") continue;
    if (is_dibao(b.type) && rng.chance(250)) {
      const YearMonth effective = add_months(*month, -(1 + ended % 5));
      ++ended;
      const std::string from = month_text(effective);
      const std::string reviewed_on = month_text(add_months(effective, -1)) + "-20";
      if (auto s = exec_bound(db, "UPDATE benefits SET status = 'ended' WHERE id_number = ?1 AND benefit_type = ?2",
                              {b.id_number, b.type});
          !s)
        return s;
      if (auto s = exec_bound(db,
                              "DELETE FROM payments WHERE resident = (SELECT id FROM residents WHERE id_number = ?1) "
                              "AND benefit_type = ?2 AND period >= ?3",
                              {b.id_number, b.type, from});
          !s)
        return s;
      if (auto s = exec_bound(db,
                              "INSERT INTO benefit_reviews(id_number, benefit_type, reviewed_on, who, recorded_at, steps, "
                              "outcome, reason, effective_month, amount_before_fen, amount_after_fen, next_review_after) "
                              "VALUES(?1, ?2, ?3, 'B01', ?4, '{}', 'end', ?5, ?6, ?7, 0, '')",
                              {b.id_number, b.type, reviewed_on, reviewed_on + " 15:00:00", "家庭人均收入已高于当地低保标准",
                               from, std::to_string(b.amount)});
          !s)
        return s;
      continue;
    }
    if (rng.chance(67)) {
      if (auto s = exec_bound(db,
                              "UPDATE payments SET status = 'failed' WHERE resident = (SELECT id FROM residents WHERE "
                              "id_number = ?1) AND benefit_type = ?2 AND (period = ?3 OR period = ?4)",
                              {b.id_number, b.type, month_text(last_paid), month_text(add_months(last_paid, -1))});
          !s)
        return s;
    }
    if (rng.chance(100)) {
      if (auto s = exec_bound(db, "UPDATE benefits SET next_review = ?3 WHERE id_number = ?1 AND benefit_type = ?2",
                              {b.id_number, b.type, month_text(add_months(*month, -1 - rng.below(2))) + "-01"});
          !s)
        return s;
    }
  }
  return base::ok();
}

}  // namespace app
