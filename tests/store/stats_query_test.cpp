// The statistics on both stores (issue 20), cross-checked against plain SQL in the test: each
// application, decision, payment and benefit is listed row by row with a plain SELECT and counted
// here in C++ (working days with the same calendar, villages with core::address_village); the store's
// aggregate statements must give the same figures.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/splitmix64.h"
#include "core/domain/application.h"
#include "core/domain/address_village.h"
#include "store/stats_query.h"
#include "store/store_backends.h"

namespace {

const std::vector<std::string> kAddresses = {
    "江苏省南京市玄武区锁金村街道锁金一村12幢3单元201室", "江苏省南京市玄武区锁金村街道锁金二村4幢",
    "江苏省南京市玄武区玄武门街道北京东路5幢",           "江苏省南京市高淳区桠溪镇蓝溪村8号",
    "江苏省南京市秦淮区夫子庙街道贡院社区贡院西街12号",   "湖南省湘乡市东郊镇新镇村5组",
    "红山新村12幢",                                      "北京东路5号",
    "江苏省镇江市丹徒区辛丰镇长山村3组",                 "河南省南阳市镇平县石佛寺镇贾宋村",
    "江西省萍乡市芦溪县新泉乡新泉村8号",                 "江苏省镇江市京口区正东路5号",
    "辛丰镇1号楼",                                       "",
    "江苏省南京市高淳区桠溪镇市场路8号",                 "安徽省六安市霍邱县城西湖乡市场村2组"};
const char* const kItems[] = {"dibao", "gaoling", "linshi"};
const char* const kTypes[] = {"农村低保", "高龄津贴", "特困供养"};
const char* const kPayStatus[] = {"paid", "paid", "paid", "failed", "pending"};
const std::vector<std::string> kMonths = {"2026-09", "2026-10", "2026-11"};
constexpr const char* kToday = "2026-11-20";

core::HolidayCalendar calendar() {
  core::HolidayCalendar c;
  c.add_notice_year(2026);
  for (const char* d : {"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"})
    c.add_holiday(core::parse_iso_date(d).value());
  c.add_makeup_workday(core::parse_iso_date("2026-10-10").value());
  return c;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

void run(store::Database& db, const std::string& sql, const std::vector<std::string>& binds) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  for (std::size_t i = 0; i < binds.size(); ++i) st->bind(static_cast<int>(i + 1), binds[i]);
  auto s = st->run();
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
}

// 60 people in households of up to three, benefits, payments over four months, and 80 applications
// accepted from August to November, some decided (one twice: the first decision counts), some not.
void fill(store::Database& db) {
  base::SplitMix64 rng(20);
  for (int i = 1; i <= 60; ++i) {
    const std::string id = "32010219500101" + std::to_string(1000 + i);
    run(db, "INSERT INTO residents(id, id_number, name, address) VALUES(?1, ?2, '某某', ?3)",
        {std::to_string(i), id, kAddresses[static_cast<std::size_t>(i) % kAddresses.size()]});
    if (i % 3 == 1) run(db, "INSERT INTO households(household_no, head_id_number) VALUES(?1, ?2)", {"H" + std::to_string(i), id});
    if (i % 7 != 0)  // every seventh person is in no household
      run(db, "INSERT INTO household_members(household_no, id_number, relation) VALUES(?1, ?2, '本人')",
          {"H" + std::to_string(i - (i - 1) % 3), id});
    for (int t = 0; t < 3; ++t) {
      if (!rng.one_in(2)) continue;
      const char* status = rng.one_in(5) ? "suspended" : "active";
      run(db, "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) VALUES(?1, ?2, ?3, ?4, '2025-01-01', '2027-01-01')",
          {id, kTypes[t], status, std::to_string(10000 + rng.below(50000))});
      for (int m = 8; m <= 11; ++m)
        run(db, "INSERT INTO payments VALUES(?1, ?2, ?3, ?4, ?5, '惠农一卡通', ?6)",
            {std::to_string(i), "2026-" + two(m), kTypes[t], std::to_string(10000 + rng.below(50000)),
             "2026-" + two(m) + "-10", kPayStatus[rng.below(5)]});
    }
  }
  const char* const open_statuses[] = {"accepted", "reviewing", "needs_supplement", "publicized"};
  for (int a = 1; a <= 80; ++a) {
    const std::string uuid = "app-" + std::to_string(a);
    const int month = 8 + a % 4, d = 1 + static_cast<int>(rng.below(28));
    const std::string accepted = "2026-" + two(month) + "-" + two(d) + " 09:30:00";
    const std::string due = core::format_iso_date(core::parse_iso_date(accepted.substr(0, 10)).value() + 10 + rng.below(20));
    std::string status;
    std::vector<std::pair<std::string, std::string>> decisions;  // to_status, at
    switch (rng.below(6)) {
      case 0: status = open_statuses[rng.below(4)]; break;
      case 1: status = "withdrawn"; break;
      case 2: status = "not_accepted"; break;
      default: {
        const bool yes = rng.one_in(2);
        status = yes ? "approved" : "rejected";
        const auto on = core::parse_iso_date(accepted.substr(0, 10)).value() + 1 + rng.below(40);
        decisions.push_back({status, core::format_iso_date(on) + " 15:00:00"});
        if (a % 9 == 0) decisions.push_back({"approved", core::format_iso_date(on + 5) + " 10:00:00"});
      }
    }
    // Explicit ids: PostgreSQL's identity does not move past ids given by hand.
    run(db, "INSERT INTO residents(id, id_number, name) VALUES(?1, ?2, '某某')", {std::to_string(1000 + a), "A" + std::to_string(a)});
    run(db,
        "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due)"
        " VALUES(?1, ?2, ?3, ?4, '某某', ?5, ?6, ?7)",
        {uuid, "NO-" + std::to_string(a), kItems[a % 3], "A" + std::to_string(a), status, accepted, due});
    run(db, "INSERT INTO application_events(application_uuid, to_status, who, at) VALUES(?1, 'accepted', 'C01', ?2)",
        {uuid, accepted});
    for (const auto& [to, at] : decisions)
      run(db, "INSERT INTO application_events(application_uuid, from_status, to_status, who, at) VALUES(?1, 'publicized', ?2, 'P01', ?3)",
          {uuid, to, at});
  }
}

// Every row of a plain SELECT, as text.
std::vector<std::vector<std::string>> rows(store::Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::vector<std::vector<std::string>> out;
  while (true) {
    auto r = st->step();
    REQUIRE(r.ok());
    if (!r.value()) return out;
    std::vector<std::string> row;
    for (int c = 0; c < st->column_count(); ++c) row.push_back(st->is_null(c) ? std::string() : st->text(c));
    out.push_back(row);
  }
}

int month_index(const std::string& month) {
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i] == month) return static_cast<int>(i);
  return -1;
}

}  // namespace

STORE_TEST("the statistics agree with a plain count of the rows") {
  auto db = backend.open();
  fill(db);
  const core::HolidayCalendar cal = calendar();
  auto report = store::StatisticsSource(db).read({kMonths, kToday}, cal);
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));

  // Applications, one row each with its first decision, counted here.
  std::map<std::string, std::vector<core::ItemMonthFigures>> expected;
  for (const auto& r : rows(db,
                            "SELECT a.item_code, a.accepted_at, a.due, a.status, (SELECT MIN(e.at) FROM application_events e"
                            " WHERE e.application_uuid = a.uuid AND (e.to_status = 'approved' OR e.to_status = 'rejected'))"
                            " FROM applications a")) {
    const std::string &item = r[0], &accepted = r[1], &due = r[2], &status = r[3], &decided = r[4];
    auto& months = expected.try_emplace(item, std::vector<core::ItemMonthFigures>(kMonths.size())).first->second;
    if (int m = month_index(accepted.substr(0, 7)); m >= 0 && status != "not_accepted") ++months[static_cast<std::size_t>(m)].received;
    if (!decided.empty())
      if (int m = month_index(decided.substr(0, 7)); m >= 0) {
        const int days = core::working_days_between(cal, core::parse_iso_date(accepted.substr(0, 10)).value(),
                                                    core::parse_iso_date(decided.substr(0, 10)).value());
        auto& f = months[static_cast<std::size_t>(m)];
        ++f.decided;
        f.working_days_total += days;
        f.longest_working_days = std::max(f.longest_working_days, days);
      }
    const bool waiting = core::awaits_decision(core::status_from_code(status).value());
    const bool late = due < kToday && ((decided.empty() && waiting) || (!decided.empty() && decided.substr(0, 10) > due));
    if (int m = month_index(due.substr(0, 7)); m >= 0 && late) ++months[static_cast<std::size_t>(m)].overdue;
  }
  long decided_total = 0, overdue_total = 0;
  for (const auto& item : report->items) {
    INFO(item.item_code);
    REQUIRE(expected.count(item.item_code));
    CHECK(item.months == expected[item.item_code]);
    for (const auto& f : item.months) {
      decided_total += f.decided;
      overdue_total += f.overdue;
    }
  }
  CHECK(report->items.size() == expected.size());
  CHECK(decided_total > 5);  // the data exercise what is checked
  CHECK(overdue_total > 0);

  // Payments: a plain count and sum per type, month and status.
  for (const auto& b : report->payments)
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      const std::string where = " FROM payments WHERE benefit_type = '" + b.benefit_type + "' AND period = '" + kMonths[m] + "'";
      const auto paid = rows(db, "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0)" + where + " AND status = 'paid'");
      CHECK(b.months[m].paid == std::stol(paid[0][0]));
      CHECK(b.months[m].paid_fen == std::stoll(paid[0][1]));
      CHECK(b.months[m].failed == std::stol(rows(db, "SELECT COUNT(*)" + where + " AND status = 'failed'")[0][0]));
      CHECK(b.months[m].pending == std::stol(rows(db, "SELECT COUNT(*)" + where + " AND status = 'pending'")[0][0]));
    }
  CHECK(report->payments.size() == 3);
  CHECK(std::stol(rows(db, "SELECT COUNT(*) FROM payments WHERE period = '2026-08'")[0][0]) > 0);  // outside: not counted

  // Benefits in payment, row by row: households (a person in none is one), people, villages.
  struct Tally {
    std::set<std::string> households, people;
    long benefits = 0;
    core::Fen fen = 0;
    core::InPaymentFigures figures() const {
      return {static_cast<long>(households.size()), static_cast<long>(people.size()), benefits, fen};
    }
    void add(const std::string& household, const std::string& id, core::Fen f) {
      households.insert(household);
      people.insert(id);
      ++benefits;
      fen += f;
    }
  };
  Tally all;
  std::map<std::string, Tally> by_type;
  std::map<core::AddressVillage, Tally> by_village;
  for (const auto& r : rows(db,
                            "SELECT b.id_number, b.benefit_type, b.monthly_amount_fen, r.address,"
                            " (SELECT MIN(household_no) FROM household_members m WHERE m.id_number = b.id_number)"
                            " FROM benefits b JOIN residents r ON r.id_number = b.id_number WHERE b.status = 'active'")) {
    const std::string household = r[4].empty() ? "#" + r[0] : r[4];
    const core::Fen fen = std::stoll(r[2]);
    all.add(household, r[0], fen);
    by_type[r[1]].add(household, r[0], fen);
    by_village[core::address_village(r[3])].add(household, r[0], fen);
  }
  CHECK(report->in_payment == all.figures());
  CHECK(report->in_payment.households < report->in_payment.people);  // households were shared
  REQUIRE(report->by_benefit.size() == by_type.size());
  for (const auto& b : report->by_benefit) CHECK(b.figures == by_type[b.benefit_type].figures());
  REQUIRE(report->by_village.size() == by_village.size());
  for (const auto& v : report->by_village) {
    INFO(v.where.township << " / " << v.where.village);
    CHECK(v.figures == by_village[v.where].figures());
    CHECK(v.label == core::address_village_label(v.where));
  }
}

// The store keeps each resident's township and village (schema version 16: triggers on SQLite, a
// trigger function on PostgreSQL) by the rule core::address_village states in C++.
STORE_TEST("each resident's township and village, kept by the store, are what core::address_village gives") {
  auto db = backend.open();
  for (std::size_t i = 0; i < kAddresses.size(); ++i)
    run(db, "INSERT INTO residents(id_number, name, address) VALUES(?1, '某某', ?2)", {"V" + std::to_string(i), kAddresses[i]});
  auto check_all = [&] {
    const auto got = rows(db, "SELECT address, township, village FROM residents WHERE id_number LIKE 'V%'");
    REQUIRE(got.size() == kAddresses.size());
    for (const auto& r : got) {
      INFO(r[0]);
      CHECK(core::AddressVillage{r[1], r[2]} == core::address_village(r[0]));
    }
  };
  check_all();
  // A move: every address shifts to the next one in the list, and the village follows it.
  run(db, "UPDATE residents SET address = ?1 WHERE id_number = 'V0'", {kAddresses.back()});
  for (std::size_t i = 1; i < kAddresses.size(); ++i)
    run(db, "UPDATE residents SET address = ?1 WHERE id_number = ?2", {kAddresses[i - 1], "V" + std::to_string(i)});
  check_all();
  // Another column changing leaves them alone.
  run(db, "UPDATE residents SET phone = '13900000000' WHERE id_number = 'V0'", {});
  check_all();
}

STORE_TEST("an empty store has zero statistics for every month asked for") {
  auto db = backend.open();
  auto report = store::StatisticsSource(db).read({kMonths, kToday}, calendar());
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report->items.empty());
  CHECK(report->totals.size() == 3);
  CHECK(report->totals[2] == core::ItemMonthFigures{});
  CHECK(report->in_payment == core::InPaymentFigures{});
  CHECK(report->by_village.empty());
  CHECK_FALSE(store::StatisticsSource(db).read({{}, kToday}, calendar()).ok());
  CHECK_FALSE(store::StatisticsSource(db).read({kMonths, "2026-13-01"}, calendar()).ok());
}
