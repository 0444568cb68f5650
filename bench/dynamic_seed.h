#pragma once
// The county-scale store the 年审 and 主动发现 benches read (issue 20): N recipients with one benefit
// each (five types; one in 97 ended, with the 年审 that ended it in the last months), births spread
// over 85 years (so about N/1000 people turn 80, 90 or 100 in any month), one in 50 holding a 残疾人证,
// next reviews spread over a year, and `months` monthly payments each (one in 101 failed in the last
// two months). Written server-side (INSERT … SELECT over a series) on SQLite and PostgreSQL alike.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/database.h"

namespace bench {

inline void seed_dynamic(store::Database& db, int recipients, int months) {
  const std::string n = std::to_string(recipients);
  const bool pg = db.is_postgres();
  const std::string series = pg ? "generate_series(1, " + n + ") g(x)" : "g";
  const std::string with =
      pg ? "" : "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + n + ") ";
  const std::string id = pg ? "'D' || lpad(x::text, 17, '0')" : "'D' || printf('%017d', x)";
  // Birth: 1926-01 + (x mod 1020) months, day 1 + x mod 28.
  const std::string birth =
      pg ? "to_char(date '1926-01-01' + ((x % 1020) * interval '1 month') + ((x % 28) * interval '1 day'), 'YYYY-MM-DD')"
         : "date('1926-01-01', '+' || (x % 1020) || ' months', '+' || (x % 28) || ' days')";
  const std::string review = pg ? "to_char(date '2026-06-01' + (x % 365), 'YYYY-MM-DD')"
                                : "date('2026-06-01', '+' || (x % 365) || ' days')";
  const std::string address = "'江苏省南京市玄武区锁金村街道第' || (x % 10) || '村' || (x % 60) || '幢'";
  const std::string cert = pg ? "CASE WHEN x % 50 = 0 THEN " + id + " || '12' ELSE '' END"
                              : "CASE WHEN x % 50 = 0 THEN " + id + " || '12' ELSE '' END";
  const std::string type = "CASE x % 5 WHEN 0 THEN '农村低保' WHEN 1 THEN '高龄津贴' WHEN 2 THEN '困难残疾人生活补贴' "
                           "WHEN 3 THEN '城市低保' ELSE '优抚' END";
  std::vector<std::string> steps = {
      "INSERT INTO residents(id_number, name, birth, address, disability_cert, disability_grade) " + with + "SELECT " +
          id + ", '王秀英', " + birth + ", " + address + ", " + cert + ", CASE WHEN x % 50 = 0 THEN 2 ELSE 0 END FROM " +
          series,
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review, payee_account, "
      "payee_bank) " + with + "SELECT " + id + ", " + type +
          ", CASE WHEN x % 97 = 0 THEN 'ended' ELSE 'active' END, 35917, '2024-01-01', " + review +
          ", '6217990000' || x, '惠农一卡通' FROM " + series,
      "INSERT INTO benefit_reviews(id_number, benefit_type, reviewed_on, who, recorded_at, outcome, reason, "
      "effective_month, amount_before_fen, amount_after_fen) " + with + "SELECT " + id + ", " + type +
          ", '2026-09-20', 'B01', '2026-09-20 10:00:00', 'end', '收入超标', '2026-10', 35917, 0 FROM " + series +
          " WHERE x % 97 = 0"};
  for (int m = 0; m < months; ++m) {
    // Months back from 2026-10 (the last paid month of a demo day in 2026-11).
    const int total = 2026 * 12 + 9 - m;
    char period[16];
    std::snprintf(period, sizeof period, "%04d-%02d", total / 12, total % 12 + 1);
    const std::string p = period;
    steps.push_back("INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) "
                    "SELECT r.id, '" + p + "', b.benefit_type, 35917, '" + p + "-10', '惠农一卡通', CASE WHEN " +
                    (m < 2 ? std::string("r.id % 101 = 0") : std::string("1 = 0")) +
                    " THEN 'failed' ELSE 'paid' END FROM residents r JOIN benefits b ON b.id_number = r.id_number");
  }
  steps.push_back("ANALYZE");
  auto tx = store::Transaction::begin(db);
  if (!tx) {
    std::fprintf(stderr, "seed: %s\n", tx.error().message.c_str());
    std::exit(1);
  }
  for (const std::string& sql : steps)
    if (auto s = db.exec(sql); !s) {
      std::fprintf(stderr, "seed: %s\n", s.error().message.c_str());
      std::exit(1);
    }
  if (auto s = tx->commit(); !s) {
    std::fprintf(stderr, "seed: %s\n", s.error().message.c_str());
    std::exit(1);
  }
}

}  // namespace bench
