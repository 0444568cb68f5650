// Issue 9, "Never lose an application": SIGKILL the intake loop (`onewindow intake-soak`, which
// presses 受理 through app::intake::press_accept) at random moments — during start-up, while it
// builds an application, inside the commit, while it builds the slip — and after every kill reopen
// the store and check that it holds only whole applications, one per press, with acceptance
// numbers that only go up and are never reused. Then press again with UUIDs that were in flight
// and check that each still gives exactly one application.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "app/qr/slip_signer.h"
#include "app/store_cli_support.h"
#include "core/domain/acceptance_number.h"
#include "app/kill/soak_child.h"
#include "store/database.h"

namespace {

using kill_test::Clock;
using kill_test::SoakChild;

constexpr int kKills = 200;
constexpr const char* kSoakDay = "2026-11-24";  // demo-data numbers end the day before
// The kill runs take turns on these days: one terminal numbers at most 9,999 applications a day, and
// on a fast machine 200 runs pressed that many on one day (the last runs then ended by themselves).
constexpr const char* kSoakDays[] = {"2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"};
constexpr const char* kSoakNumberPrefixes[] = {"320102-01-20261124-", "320102-01-20261125-", "320102-01-20261126-",
                                               "320102-01-20261127-"};  // default hall, terminal 1, kSoakDays
bool is_soak_number(const std::string& number) {
  for (const char* prefix : kSoakNumberPrefixes)
    if (number.rfind(prefix, 0) == 0) return true;
  return false;
}
constexpr auto kStartupLimit = std::chrono::seconds(20);

struct Pressed {
  int members = 0, materials = 0;
  std::string status;
  int run = -1;
};

// What the test knows from everything the children said, and from the store after the last check.
struct Model {
  std::map<std::string, Pressed> pressed;          // uuid → what was pressed
  std::map<std::string, std::string> said_committed;  // uuid → number the child reported
  std::map<std::string, std::string> said_handed;     // number → QR payload on the slip
  std::map<std::string, std::string> rows;         // uuid → number of the soak's rows in the store
  std::map<std::string, int> max_sequence;        // highest soak number seen in the store, per day
};

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> w;
  for (std::string s; in >> s;) w.push_back(s);
  return w;
}

// Takes the child's lines into the model; the UUIDs it pressed in this run.
std::set<std::string> take_lines(const std::vector<std::string>& lines, int run, Model& m,
                                 std::vector<std::string>& problems) {
  std::set<std::string> pressed_now;
  for (const auto& line : lines) {
    const auto w = words(line);
    if (w.empty()) continue;
    if (w[0] == "pressed" && w.size() == 5) {
      Pressed p{std::stoi(w[2]), std::stoi(w[3]), w[4], run};
      auto [it, fresh] = m.pressed.emplace(w[1], p);
      // A retry presses the same UUID: the soak derives the contents from it, so they must match.
      if (!fresh && (it->second.members != p.members || it->second.materials != p.materials ||
                     it->second.status != p.status))
        problems.push_back("retry of " + w[1] + " pressed different contents: " + line);
      pressed_now.insert(w[1]);
    } else if (w[0] == "committed" && w.size() == 3) {
      if (!pressed_now.count(w[1])) problems.push_back("committed without a press in this run: " + line);
      auto [it, fresh] = m.said_committed.emplace(w[1], w[2]);
      if (!fresh && it->second != w[2])
        problems.push_back("UUID " + w[1] + " committed as " + it->second + " and again as " + w[2]);
    } else if (w[0] == "handed" && w.size() == 4) {
      m.said_handed[w[1]] = w[3];
    } else if (w[0] != "ready") {
      problems.push_back("unexpected soak line: " + line);
    }
  }
  return pressed_now;
}

struct Row {
  std::string uuid, number, status, first_event;
  long members = 0, materials = 0, events = 0;
};

std::vector<Row> all_rows(store::Database& db) {
  auto st = db.prepare(
      "SELECT a.uuid, a.acceptance_no, a.status,"
      " (SELECT count(*) FROM application_members x WHERE x.application_uuid = a.uuid),"
      " (SELECT count(*) FROM application_materials x WHERE x.application_uuid = a.uuid),"
      " (SELECT count(*) FROM application_events x WHERE x.application_uuid = a.uuid),"
      " (SELECT coalesce(from_status, '-') || '>' || to_status FROM application_events x"
      "   WHERE x.application_uuid = a.uuid ORDER BY id LIMIT 1)"
      " FROM applications a");
  REQUIRE(st.ok());
  std::vector<Row> rows;
  while (st->step().value())
    rows.push_back({st->text(0), st->text(1), st->text(2), st->is_null(6) ? "" : st->text(6), st->int64(3),
                    st->int64(4), st->int64(5)});
  return rows;
}

std::string one_value(store::Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  return st->text(0);
}

// The day part of an acceptance number (320102-01-20261124-0042 → 20261124).
std::string day_of(const std::string& number) { return number.substr(10, 8); }

int sequence_of(const std::string& number) {
  auto n = core::parse_acceptance_number(number);
  return n ? n->sequence : -1;
}

// Every invariant of the store after a restart. `pressed_now`: the UUIDs pressed since the last
// check (only they may have become new rows). Updates the model's rows and highest number.
std::vector<std::string> check_store(const std::filesystem::path& db_file, const std::set<std::string>& pressed_now,
                                     const app::qr::SlipSigner& signer, Model& m) {
  std::vector<std::string> problems;
  auto db = store::Database::open(db_file);
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  if (auto ic = one_value(db.value(), "PRAGMA integrity_check"); ic != "ok") problems.push_back("integrity_check: " + ic);
  if (auto fk = one_value(db.value(), "SELECT count(*) FROM pragma_foreign_key_check"); fk != "0")
    problems.push_back(fk + " foreign key violations");

  std::set<std::string> numbers;
  std::map<std::string, std::string> soak_rows;
  std::map<std::string, int> max_sequence, per_day;  // by the number's day (YYYYMMDD)
  const std::map<std::string, int> max_before = m.max_sequence;
  for (const auto& r : all_rows(db.value())) {
    const std::string who = r.uuid + " (" + r.number + ")";
    if (!numbers.insert(r.number).second) problems.push_back("acceptance number used twice: " + r.number);
    // Whole, for every application in the store: its opening event first, at least one member.
    if (r.events < 1 || r.first_event.rfind("->", 0) != 0)
      problems.push_back(who + " has no opening event (first: '" + r.first_event + "')");
    if (r.members < 1) problems.push_back(who + " has no household members");
    if (!is_soak_number(r.number)) continue;
    // The soak's own: exactly what was pressed.
    soak_rows[r.uuid] = r.number;
    max_sequence[day_of(r.number)] = std::max(max_sequence[day_of(r.number)], sequence_of(r.number));
    ++per_day[day_of(r.number)];
    auto p = m.pressed.find(r.uuid);
    if (p == m.pressed.end()) {
      problems.push_back(who + " is in the store but was never pressed");
      continue;
    }
    if (r.members != p->second.members || r.materials != p->second.materials || r.status != p->second.status ||
        r.first_event != "->" + p->second.status)
      problems.push_back(who + " is not whole: " + std::to_string(r.members) + " members, " +
                         std::to_string(r.materials) + " materials, status " + r.status + ", first event " +
                         r.first_event + "; pressed " + std::to_string(p->second.members) + "/" +
                         std::to_string(p->second.materials) + "/" + p->second.status);
  }
  // Nothing committed is ever lost, and a committed application keeps its number.
  for (const auto& [uuid, number] : m.rows)
    if (auto it = soak_rows.find(uuid); it == soak_rows.end() || it->second != number)
      problems.push_back("application " + uuid + " (" + number + ") vanished or changed number after a restart");
  for (const auto& [uuid, number] : m.said_committed)
    if (auto it = soak_rows.find(uuid); it == soak_rows.end() || it->second != number)
      problems.push_back("reported committed " + uuid + " " + number + " is not in the store with that number");
  // A slip handed to the printer points at a committed application, and its QR is genuine.
  for (const auto& [number, payload] : m.said_handed) {
    if (!numbers.count(number)) problems.push_back("slip handed for " + number + " which is not in the store");
    const auto check = signer.verify(payload);
    if (!check.ok() || check.acceptance_no != number) problems.push_back("slip QR " + payload + " is not for " + number);
  }
  // New rows: only from presses since the last check, numbered above everything before (no reuse).
  for (const auto& [uuid, number] : soak_rows) {
    if (m.rows.count(uuid)) continue;
    if (!pressed_now.count(uuid)) problems.push_back("new application " + uuid + " was not pressed in this run");
    const auto before = max_before.find(day_of(number));
    const int last_before = before == max_before.end() ? 0 : before->second;
    if (sequence_of(number) <= last_before)
      problems.push_back("new number " + number + " is not above the last number before the restart (" +
                         std::to_string(last_before) + ")");
  }
  // Numbers are committed with their sequence row: the sequence stands exactly at the highest
  // number, and with one transaction per application no number is skipped either.
  for (const auto& [day, highest] : max_sequence) {
    const std::string last = one_value(db.value(),
                                       "SELECT coalesce(max(last_sequence), 0) FROM acceptance_sequences"
                                       " WHERE hall_code = '320102' AND terminal = 1 AND day = '" + day + "'");
    if (std::to_string(highest) != last)
      problems.push_back(day + ": acceptance_sequences stands at " + last + ", highest number is " + std::to_string(highest));
    if (per_day[day] != highest)
      problems.push_back(day + ": " + std::to_string(per_day[day]) + " applications but numbers up to " +
                         std::to_string(highest));
  }
  m.rows = std::move(soak_rows);
  m.max_sequence = max_sequence;
  return problems;
}

std::string first_problems(const std::vector<std::string>& problems) {
  std::string s;
  for (std::size_t i = 0; i < problems.size() && i < 8; ++i) s += problems[i] + "\n";
  return s;
}

std::vector<std::string> soak_args(const std::filesystem::path& db, const std::filesystem::path& key,
                                   const char* day = kSoakDay) {
  return {"intake-soak", "--db", db.string(), "--key", key.string(), "--today", day};
}

}  // namespace

TEST_CASE("intake kill: 200 SIGKILLs at random moments leave only whole applications") {
  const auto started = Clock::now();
  ::setenv("ONEWINDOW_ASSETS", ONEWINDOW_SOURCE_DIR "/assets", 0);
  store_cli::Sandbox box;
  const auto db = box.path("store.db"), key = box.path("hall.key"), err = box.path("soak-stderr.txt");
  const auto made = box.run("demo-data --db " + db.string() + " --residents 60 --months 0");
  REQUIRE_MESSAGE(made.exit_code == 0, made.err);
  auto signer = app::qr::SlipSigner::from_hall_key_file(key);  // creates the key the children share
  REQUIRE(signer.ok());

  const unsigned seed = std::random_device{}();
  INFO("kill schedule seed " << seed);
  std::mt19937 rng(seed);
  Model m;
  // Where the kills landed, by the child's last complete line (and the store, for mid-press).
  int at_startup = 0, between_presses = 0, mid_press_absent = 0, mid_press_committed = 0, after_commit = 0,
      exited_early = 0;
  std::vector<std::string> in_flight_absent, in_flight_committed;
  for (int run = 0; run < kKills; ++run) {
    CAPTURE(run);
    auto args = soak_args(db, key, kSoakDays[run % std::size(kSoakDays)]);
    args.insert(args.end(), {"--count", "9999", "--seed", std::to_string(rng())});
    SoakChild child(args, err.string());
    // Kill schedule: one in ten during start-up (opening the store, fonts, catalog), most within
    // 40 ms of the first press (a few presses: inside commits and slips), some later.
    const int kind = static_cast<int>(rng() % 20);
    if (kind >= 2) REQUIRE_MESSAGE(child.read_until_line("ready", Clock::now() + kStartupLimit), "soak did not start");
    const int delay_ms = kind < 2 ? static_cast<int>(rng() % 60) : kind < 17 ? static_cast<int>(rng() % 41)
                                                                           : 40 + static_cast<int>(rng() % 160);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    if (!child.kill_and_reap()) ++exited_early;

    std::vector<std::string> problems;
    const auto pressed_now = take_lines(child.lines(), run, m, problems);
    auto found = check_store(db, pressed_now, signer.value(), m);
    problems.insert(problems.end(), found.begin(), found.end());
    REQUIRE_MESSAGE(problems.empty(), first_problems(problems));

    const auto& lines = child.lines();
    const std::string last = lines.empty() ? "" : words(lines.back()).front();
    if (last.empty()) ++at_startup;
    else if (last == "ready" || last == "handed") ++between_presses;
    else if (last == "committed") ++after_commit;
    else if (last == "pressed") {
      const std::string uuid = words(lines.back())[1];
      if (m.rows.count(uuid)) {
        ++mid_press_committed;
        in_flight_committed.push_back(uuid);
      } else {
        ++mid_press_absent;
        in_flight_absent.push_back(uuid);
      }
    }
  }
  const int kills = kKills - exited_early;
  MESSAGE(kills << " kills (seed " << seed << "): " << at_startup << " during start-up, " << between_presses
                << " between presses, " << mid_press_absent << " mid-press before the commit was durable, "
                << mid_press_committed << " mid-press after the commit, " << after_commit
                << " after the commit was reported; " << m.rows.size() << " applications committed");
  CHECK(kills == kKills);
  CHECK(mid_press_absent + mid_press_committed > 0);  // the schedule must reach into presses

  // Press again with UUIDs that were in flight (the counter retrying after the crash), and once
  // with a UUID already reported committed: each gets exactly one application, the committed ones
  // their original number.
  std::vector<std::string> retries;
  for (std::size_t i = 0; i < in_flight_absent.size() && i < 2; ++i) retries.push_back(in_flight_absent[i]);
  for (std::size_t i = 0; i < in_flight_committed.size() && i < 2; ++i) retries.push_back(in_flight_committed[i]);
  REQUIRE_FALSE(m.said_committed.empty());
  retries.push_back(m.said_committed.begin()->first);
  for (const auto& uuid : retries) {
    CAPTURE(uuid);
    const auto before = m.rows.count(uuid) ? m.rows[uuid] : std::string();
    auto args = soak_args(db, key);
    args.insert(args.end(), {"--retry", uuid});
    SoakChild child(args, err.string());
    REQUIRE(child.wait_exit() == 0);
    std::vector<std::string> problems;
    const auto pressed_now = take_lines(child.lines(), kKills, m, problems);
    auto found = check_store(db, pressed_now, signer.value(), m);
    problems.insert(problems.end(), found.begin(), found.end());
    REQUIRE_MESSAGE(problems.empty(), first_problems(problems));
    REQUIRE(m.said_committed.count(uuid));
    REQUIRE(m.rows.count(uuid));
    if (!before.empty()) CHECK(m.said_committed[uuid] == before);
    CHECK(store_cli::query_rows(db, "SELECT count(*) FROM applications WHERE uuid = '" + uuid + "'") == "1\n");
  }
  MESSAGE("retried " << retries.size() << " UUIDs; whole test took "
                     << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count()
                     << " ms");
}
