// Counter 受理 latency (issue 9): press → application committed (SQLite, synchronous=FULL) → slip
// and ESC/POS job built → the job's bytes handed to the printer. Target: p99 ≤ 50 ms, not counting
// the printer's own printing time.
//
// The real path: app::intake::press_accept on a real store file in a temp folder (opened and
// migrated by store::open_store as the app does), the catalog from assets, a SlipSigner from a real
// hall key file, a PrintDesk for the default printer profile (text and raster modes both timed),
// then app::DeviceHub::print to the simulated printer behind the real PrinterDriver, as the app
// prints. The hand-off clock stops at ev::PrintDone: every byte was accepted by the simulated
// printer and its status read after the job shows no error (the simulator takes no time to print).
//
// Each mode runs `presses` pairs of presses, interleaved:
//   - through press_accept + DeviceHub (press_accept, hand-off and total lines);
//   - through the same steps press_accept takes, timed one by one (commit and slip + job lines).
// The store is first filled with `prefill` earlier applications (the last ones on today's date, so
// today's numbering continues a non-empty sequence), with their slip prints. Between presses the
// store worker's idle checkpoint runs, untimed, as in the app.
//
//   build-*/bench/intake_bench [presses=200] [prefill=5000]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/device_hub.h"
#include "app/intake/intake_press.h"
#include "app/paths.h"
#include "app/qr/slip_signer.h"
#include "app/slip/print_desk.h"
#include "app/slip/slip_source.h"
#include "app/uuid.h"
#include "core/domain/acceptance_number.h"
#include "core/domain/civil_time.h"
#include "core/event_queue.h"
#include "base/id_number.h"
#include "base/splitmix64.h"
#include "core/domain/working_days.h"
#include "store/acceptance_sequences.h"
#include "store/applications_table.h"
#include "store/intake_commit.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/slip_prints_table.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr int kMaxPresses = 2000;          // 4 presses per pair and mode: stays in one day's 9999 numbers
constexpr int kPrefillToday = 40;          // earlier applications on today's date (this morning)
constexpr int kPrefillPerDay = 80;         // the busiest counters' daily load, for earlier days
constexpr int kPrefillBatch = 500;         // applications per prefill transaction
constexpr std::size_t kPeople = 2000;      // residents drawn on as applicants and members
constexpr auto kPrintTimeout = std::chrono::seconds(10);

void fail(const std::string& what) {
  std::fprintf(stderr, "intake_bench: %s\n", what.c_str());
  std::exit(1);
}

double ms_between(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Series {
  std::vector<double> ms;
  void add(double v) { ms.push_back(v); }
  void print(const char* label) {
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    std::printf("  %-52s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", label, at(0.50), at(0.99), ms.back());
  }
};

struct Person {
  std::string id_number, name;
};

std::vector<Person> make_people() {
  static const char* kSurnames[] = {"张", "王", "李", "刘", "陈", "杨", "赵", "欧阳"};
  static const char* kGiven[] = {"秀英", "建国", "䶮", "𠀾华", "桂兰", "春英", "德明", "玉珍", "子涵", "浩然"};
  std::vector<Person> out;
  for (std::size_t i = 0; i < kPeople; ++i) {
    const int year = 1930 + static_cast<int>(i % 80), month = 1 + static_cast<int>((i / 80) % 12),
              day = 1 + static_cast<int>((i / 960) % 28);
    char first17[24];
    std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", year, month, day, static_cast<int>(i % 1000));
    out.push_back({std::string(first17) + base::id_check_character(first17),
                   std::string(kSurnames[i % 8]) + kGiven[(i / 8) % 10]});
  }
  return out;
}

std::string date_time(core::DayNumber day, int seconds_into_day) {
  char t[16];
  std::snprintf(t, sizeof t, " %02d:%02d:%02d", seconds_into_day / 3600, seconds_into_day / 60 % 60, seconds_into_day % 60);
  return core::format_iso_date(day) + t;
}

// A 低保 application as the counter fills it: the applicant and 2–3 household members (the
// applicant's row first), 8 declaration lines, the item's 5 required materials with one missing
// (容缺受理: needs_supplement, the slip lists it).
core::Application dibao_application(base::SplitMix64& rng, const std::vector<Person>& people,
                                    const core::ServiceItem& item, const core::HolidayCalendar& calendar,
                                    core::DayNumber day, int seconds) {
  static const char* kRelations[] = {"配偶", "子女", "父母", "孙子女"};
  core::Application a;
  a.uuid = app::seeded_uuid(rng);
  a.item_code = item.code;
  const std::size_t first = rng.below(people.size() - 4);
  a.applicant_id = people[first].id_number;
  a.applicant_name = people[first].name;
  a.members.push_back({a.applicant_id, "本人", a.applicant_name, true, "", 86000});
  const std::size_t others = 2 + rng.below(2);
  for (std::size_t k = 1; k <= others; ++k) {
    const Person& p = people[first + k];
    core::HouseholdMember m{p.id_number, kRelations[rng.below(std::size(kRelations))], p.name};
    m.lives_in_household = k != 3;
    if (k == 2) m.disability_cert_no = p.id_number + "42";  // 残疾人证号: ID number + category + grade
    m.monthly_income_fen = static_cast<std::int64_t>(rng.below(3)) * 45000;
    a.members.push_back(std::move(m));
  }
  a.declarations = {"家庭成员工资性收入：月 860.00 元",
                    "经营净收入：月 0.00 元",
                    "财产净收入：月 0.00 元",
                    "转移净收入（赡养费等）：月 300.00 元",
                    "存款及有价证券：合计 4,200.00 元",
                    "机动车辆：无",
                    "非居住类房产：无",
                    "家庭人均月收入：386.67 元（共 3 人）"};
  std::string missing;
  const std::size_t missing_index = rng.below(item.required.size());
  for (std::size_t k = 0; k < item.required.size(); ++k) {
    const bool received = k != missing_index;
    if (!received) missing = item.required[k].name;
    a.materials.push_back({item.required[k].code, item.required[k].name, true, received});
  }
  a.accepted_at = date_time(day, seconds);
  a.due = core::format_iso_date(calendar.add_working_days(day, item.promised_working_days));
  if (auto s = core::open_application(a, core::ApplicationStatus::NeedsSupplement, "A01", a.accepted_at,
                                      "容缺受理：请补交" + missing);
      !s)
    fail(s.error().message);
  return a;
}

core::DayNumber local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return base::days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// Earlier applications, numbered as the counter numbers them, with a printed slip each; the last
// kPrefillToday of them on today's date. Batched transactions: this is setup, not the measurement.
void prefill(store::Database& db, int count, base::SplitMix64& rng, const std::vector<Person>& people,
             const core::ServiceItem& item, const core::HolidayCalendar& calendar, core::DayNumber today,
             const store::IntakePlace& place) {
  {
    auto tx = store::Transaction::begin(db);
    if (!tx) fail(tx.error().message);
    store::ResidentsTable residents(db);
    for (const auto& p : people) {
      core::Resident r;
      r.id_number = p.id_number;
      r.name = p.name;
      r.gender = (p.id_number[16] - '0') % 2 ? "男" : "女";
      r.birth = p.id_number.substr(6, 4) + "-" + p.id_number.substr(10, 2) + "-" + p.id_number.substr(12, 2);
      if (auto k = residents.insert(r); !k) fail(k.error().message);
    }
    if (auto s = tx->commit(); !s) fail(s.error().message);
  }
  for (int done = 0; done < count;) {
    auto tx = store::Transaction::begin(db);
    if (!tx) fail(tx.error().message);
    for (int k = 0; k < kPrefillBatch && done < count; ++k, ++done) {
      const int from_end = count - 1 - done;  // 0 = the latest
      const core::DayNumber day =
          from_end < kPrefillToday ? today : today - 1 - (from_end - kPrefillToday) / kPrefillPerDay;
      int y, m, d;
      base::civil_from_days(day, y, m, d);
      auto number = store::AcceptanceSequences(db).next(place.hall_code, place.terminal, y, m, d);
      if (!number) fail(number.error().message);
      auto a = dibao_application(rng, people, item, calendar, day, 8 * 3600 + done % 30000);
      a.acceptance_no = core::format_acceptance_number(*number);
      if (auto s = store::ApplicationsTable(db).insert(a); !s) fail(s.error().message);
      store::SlipPrint printed;
      printed.application_uuid = a.uuid;
      printed.at = a.accepted_at;
      printed.terminal = place.terminal;
      printed.staff_no = "A01";
      if (auto s = store::SlipPrintsTable(db).record(printed); !s) fail(s.error().message);
    }
    if (auto s = tx->commit(); !s) fail(s.error().message);
  }
  if (auto c = db.checkpoint_when_idle(); !c) fail(c.error().message);
}

// Hands the job to the printer as the app does and waits for the driver's word that the printer
// has every byte.
void hand_off(app::DeviceHub& hub, core::EventQueue& q, std::uint64_t job, devices::printer::Bytes bytes) {
  hub.print(job, std::move(bytes));
  const auto deadline = Clock::now() + kPrintTimeout;
  while (Clock::now() < deadline) {
    auto e = q.wait_pop(std::chrono::milliseconds(100));
    if (!e) continue;
    if (const auto* d = e->get_if<core::ev::PrintDone>(); d && d->job == job) return;
    if (const auto* f = e->get_if<core::ev::PrintFailed>(); f && f->job == job) fail("print failed: " + f->reason);
  }
  fail("the simulated printer did not take job " + std::to_string(job) + " in time");
}

void wait_for_printer(core::EventQueue& q) {
  const auto deadline = Clock::now() + kPrintTimeout;
  while (Clock::now() < deadline) {
    auto e = q.wait_pop(std::chrono::milliseconds(100));
    if (!e) continue;
    if (const auto* l = e->get_if<core::ev::DeviceLinkChanged>();
        l && l->kind == base::DeviceKind::Printer && l->state.link == core::DeviceLink::Connected)
      return;
  }
  fail("the simulated printer did not connect");
}

}  // namespace

int main(int argc, char** argv) {
  const int presses = argc > 1 ? std::clamp(std::atoi(argv[1]), 1, kMaxPresses) : 200;
  const int prefill_count = argc > 2 ? std::max(0, std::atoi(argv[2])) : 5000;

  const fs::path dir = fs::temp_directory_path() / ("onewindow-intake-bench-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "store.db";
  {
    auto db = store::open_store(file);
    if (!db) fail(db.error().message);
    auto assets = app::load_catalog_assets(app::paths::assets_dir());
    if (!assets) fail(assets.error().message);
    const core::ServiceItem* item = assets->catalog.find("dibao");
    if (!item) fail("the catalog has no 低保 item (dibao)");
    auto signer = app::qr::SlipSigner::from_hall_key_file(dir / "hall.key");
    if (!signer) fail(signer.error().message);

    core::Config config;
    config.terminal.mode = core::Mode::Counter;
    const core::DayNumber today = local_today();
    int y, m, d;
    base::civil_from_days(today, y, m, d);
    const store::IntakePlace place = app::intake::intake_place(config, y, m, d);

    base::SplitMix64 rng{20261124};
    const auto people = make_people();
    const auto t_fill = Clock::now();
    prefill(*db, prefill_count, rng, people, *item, assets->holidays, today, place);
    const double fill_s = ms_between(t_fill, Clock::now()) / 1000.0;

    core::EventQueue q;
    app::DeviceHub hub(q);
    hub.start(/*simulated=*/true, config);
    wait_for_printer(q);

    std::printf("intake_bench: %d presses per mode and way, store prefilled with %d applications (%.1f s), "
                "profile %s\n",
                presses, prefill_count, fill_s, config.printer.profile.c_str());
    std::uint64_t job = 0;
    std::size_t jobs_bytes = 0;
    int seconds = 9 * 3600;
    for (const char* mode : {"text", "raster"}) {
      config.printer.mode = mode;
      auto print_desk = app::slip::PrintDesk::open(config);
      if (!print_desk) fail(print_desk.error().message);
      app::intake::IntakeDesk desk{*db, place, config, assets->catalog, assets->words, *signer, *print_desk};
      Series commit, slip_job, press, handoff, total;
      std::size_t mode_bytes = 0;
      for (int i = 0; i < presses; ++i) {
        // The real button: press_accept, then the app's print path.
        {
          auto a = dibao_application(rng, people, *item, assets->holidays, today, seconds++);
          const auto t0 = Clock::now();
          auto out = app::intake::press_accept(desk, std::move(a));
          const auto t1 = Clock::now();
          if (!out) fail(out.error().message);
          if (!out->job) fail("no print job: " + out->slip_problem);
          mode_bytes += out->job->size();
          hand_off(hub, q, ++job, std::move(*out->job));
          const auto t2 = Clock::now();
          press.add(ms_between(t0, t1));
          handoff.add(ms_between(t1, t2));
          total.add(ms_between(t0, t2));
          if (auto c = db->checkpoint_when_idle(); !c) fail(c.error().message);
        }
        // The same steps one by one, for the split between the store and the slip.
        {
          auto a = dibao_application(rng, people, *item, assets->holidays, today, seconds++);
          const auto t0 = Clock::now();
          auto committed = store::commit_application(*db, place, std::move(a));
          const auto t1 = Clock::now();
          if (!committed) fail(committed.error().message);
          auto slip = app::slip::slip_for_application(*committed, config, assets->catalog, *signer, assets->words);
          if (!slip) fail(slip.error().message);
          if (!signer->verify(slip->qr_payload).ok()) fail("slip QR does not verify");
          auto bytes = print_desk->job_bytes(*slip);
          const auto t2 = Clock::now();
          if (!bytes) fail(bytes.error().message);
          commit.add(ms_between(t0, t1));
          slip_job.add(ms_between(t1, t2));
          if (auto c = db->checkpoint_when_idle(); !c) fail(c.error().message);
        }
      }
      jobs_bytes += mode_bytes;
      std::printf("mode %s (job %zu bytes on average):\n", mode, mode_bytes / static_cast<std::size_t>(presses));
      commit.print("commit (store::commit_application, synchronous=FULL)");
      slip_job.print("slip + job (slip_for_application, verify, job_bytes)");
      press.print("press_accept (commit + slip + job)");
      handoff.print("hand-off (DeviceHub::print -> PrintDone)");
      total.print("total: press -> printer has the bytes");
    }
    const auto pages = hub.demo_printout();
    hub.stop();
    if (pages.size() < job) fail("the simulated printer cut " + std::to_string(pages.size()) + " pages for " +
                                 std::to_string(job) + " jobs");
    auto count = db->prepare("SELECT count(*) FROM applications");
    if (!count || !count->step().value()) fail("cannot count applications");
    std::printf("store: %lld applications after the run; printer: %zu pages, %zu job bytes\n",
                static_cast<long long>(count->int64(0)), pages.size(), jobs_bytes);
  }
  fs::remove_all(dir);
  return 0;
}
