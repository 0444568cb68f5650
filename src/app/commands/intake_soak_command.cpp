// `onewindow intake-soak --db FILE --count N [--seed S] [--retry UUID] [--today YYYY-MM-DD]
// [--key FILE] [--config FILE]` — a TEST TOOL, not for halls: presses 受理 N times in a loop with
// varied applications through app::intake::press_accept, so the kill test (tests/app/kill/) can
// SIGKILL it at random moments and check the store after each restart. It reports each step on
// stdout, flushed, BEFORE the next step starts, so the test knows what was in flight when it died:
//   ready
//   pressed UUID MEMBERS MATERIALS STATUS     (written before press_accept is called)
//   committed UUID ACCEPTANCE_NO              (press_accept returned: the store holds it)
//   handed ACCEPTANCE_NO BYTES QR_PAYLOAD     (the ESC/POS job exists)
//   unprinted ACCEPTANCE_NO REASON            (committed, but no slip could be built)
// The application's contents are derived from its UUID, so `--retry UUID` presses the very same
// application again (what the counter does after a crash) and must get its original number.
//
// With `--hall URI --terminal NN` it is a counter of a hall in local-first mode: --db is the
// counter's own SQLite file (made if missing), numbered as terminal NN, and the applicants come
// from the hall store's residents — copied into the local file, so a later run draws the same
// people from that copy while the hall store is down. The terminal number is mixed into the seed,
// so two counters with the same --seed make different applications. `onewindow sync` pushes them.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <set>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/config_file.h"
#include "app/intake/intake_press.h"
#include "app/paths.h"
#include "app/uuid.h"
#include "base/splitmix64.h"
#include "core/domain/civil_time.h"
#include "core/domain/working_days.h"
#include "store/pg/session.h"

namespace app {
namespace {

constexpr long kMaxCount = 9999;           // one terminal's daily sequence has four digits
constexpr std::size_t kResidentsToUse = 500;  // applicants and members are drawn from these
constexpr std::size_t kMaxMembers = 4;

// FNV-1a: the application's contents follow from its UUID alone.
std::uint64_t hash_of(const std::string& text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char ch : text) h = (h ^ ch) * 0x100000001b3ull;
  return h;
}

struct Person {
  std::string id_number, name;
};

constexpr const char* kRelations[] = {"配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他"};
constexpr const char* kDeclarations[] = {"家庭成员无稳定收入", "无机动车辆、无非居住类房产", "家庭人均月收入 420 元",
                                         "因病致贫，年医疗自付 2.3 万元", "无存款及有价证券"};
constexpr const char* kRefusals[] = {"不属于本事项受理范围，已告知申请人向户籍地申请",
                                     "申请人户籍不在本街道，已告知向户籍地申请"};

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

base::Result<core::Application> build_application(const std::string& uuid, const std::vector<Person>& people,
                                                  const core::ServiceCatalog& catalog,
                                                  const core::HolidayCalendar& calendar, core::DayNumber today) {
  base::SplitMix64 rng{hash_of(uuid)};
  const core::ServiceItem& item = catalog.items[rng.below(catalog.items.size())];
  core::Application a;
  a.uuid = uuid;
  a.item_code = item.code;
  const Person& applicant = people[rng.below(people.size())];
  a.applicant_id = applicant.id_number;
  a.applicant_name = applicant.name;
  a.members.push_back({applicant.id_number, "本人"});
  const std::size_t members = 1 + rng.below(std::min(kMaxMembers, people.size()));
  std::set<std::string> taken{applicant.id_number};
  while (a.members.size() < members) {
    const Person& p = people[rng.below(people.size())];
    if (!taken.insert(p.id_number).second) continue;
    a.members.push_back({p.id_number, kRelations[rng.below(std::size(kRelations))]});
  }
  for (std::size_t k = 0, n = 1 + rng.below(3); k < n; ++k)
    a.declarations.push_back(kDeclarations[rng.below(std::size(kDeclarations))]);
  std::set<std::string> codes;
  std::string missing;
  for (const auto& m : item.required) {
    if (!codes.insert(m.code).second) continue;
    const bool received = !rng.one_in(4);
    if (!received) missing += (missing.empty() ? "" : "、") + m.name;
    a.materials.push_back({m.code, m.name, true, received});
  }
  for (const auto& m : item.optional)
    if (codes.insert(m.code).second) a.materials.push_back({m.code, m.name, false, rng.one_in(2)});
  a.accepted_at = core::format_iso_date(today) + " " + two(9 + static_cast<int>(rng.below(8))) + ":" +
                  two(static_cast<int>(rng.below(60))) + ":" + two(static_cast<int>(rng.below(60)));
  const core::DueDate due = calendar.due(today, item.promised_working_days);
  a.due = core::format_iso_date(due.day);
  a.due_provisional = due.provisional;
  using S = core::ApplicationStatus;
  S initial = S::Accepted;
  std::string note = "窗口受理";
  if (rng.one_in(8)) {
    initial = S::NotAccepted;
    note = kRefusals[rng.below(std::size(kRefusals))];
  } else if (!missing.empty()) {
    initial = S::NeedsSupplement;
    note = "容缺受理：请补交" + missing;
  }
  if (auto s = core::open_application(a, initial, "A01", a.accepted_at, note); !s) return s.error();
  return a;
}

// The hall's first residents, copied into the local file (all columns, so a push back changes
// nothing); the local copy's order follows the hall's.
base::Status copy_people_from_hall(store::Database& hall, store::Database& local) {
  auto st = hall.prepare("SELECT id_number, name, gender, birth, address, phone FROM residents ORDER BY id LIMIT " +
                         std::to_string(kResidentsToUse));
  if (!st) return st.error();
  auto tx = store::Transaction::begin(local);
  if (!tx) return tx.error();
  auto ins = local.prepare(
      "INSERT INTO residents(id_number, name, gender, birth, address, phone) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT(id_number) DO NOTHING");
  if (!ins) return ins.error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    ins->bind_all(st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5));
    if (auto s = ins->run(); !s) return s;
  }
  return tx->commit();
}

base::Result<std::vector<Person>> load_people(store::Database& db) {
  auto st = db.prepare("SELECT id_number, name FROM residents ORDER BY id LIMIT " + std::to_string(kResidentsToUse));
  if (!st) return st.error();
  std::vector<Person> people;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    people.push_back({st->text(0), st->text(1)});
  }
  if (people.empty()) return base::Error{"the store has no residents to draw applicants from (fill it with demo-data)"};
  return people;
}

core::DayNumber local_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return base::days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

void say(const std::string& line) {
  std::fputs(line.c_str(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);  // the kill test must see this line even if the next instant is SIGKILL
}

}  // namespace

int run_intake_soak(Args args) {
  ArgParser p(args);
  const auto db_option = p.option("--db");
  const auto count_text = p.option("--count");
  const auto seed_text = p.option("--seed");
  const auto retry = p.option("--retry");
  const auto today_text = p.option("--today");
  const auto key = p.option("--key");
  const auto config_file = p.option("--config");
  const auto hall_option = p.option("--hall");
  const auto terminal_text = p.option("--terminal");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("intake-soak takes no positional arguments");
  if (!db_option) return usage_error("intake-soak needs --db FILE (it never writes into the default store)");
  if (!count_text == !retry) return usage_error("intake-soak needs either --count N or --retry UUID");
  long count = 1;
  if (count_text) {
    try {
      std::size_t used = 0;
      count = std::stol(*count_text, &used);
      if (used != count_text->size()) count = 0;
    } catch (...) {
      count = 0;
    }
    if (count < 1 || count > kMaxCount) return usage_error("--count must be a number 1..9999");
  }
  std::uint64_t seed = 1;
  if (seed_text) {
    try {
      std::size_t used = 0;
      seed = std::stoull(*seed_text, &used);
      if (used != seed_text->size()) return usage_error("--seed must be a non-negative number");
    } catch (...) {
      return usage_error("--seed must be a non-negative number");
    }
  }
  if (retry && (retry->size() != 36 || retry->find_first_not_of("0123456789abcdef-") != std::string::npos))
    return usage_error("--retry takes a UUID as the soak printed it (36 characters, lower-case hex)");
  int terminal = 0;  // 0: the config's
  if (terminal_text) {
    if (terminal_text->size() < 1 || terminal_text->size() > 2 ||
        terminal_text->find_first_not_of("0123456789") != std::string::npos || std::stoi(*terminal_text) < 1)
      return usage_error("--terminal must be a number 1..99");
    terminal = std::stoi(*terminal_text);
    seed ^= 0x9e3779b97f4a7c15ull * static_cast<std::uint64_t>(terminal);
  }
  if (hall_option && !terminal_text) return usage_error("intake-soak --hall needs --terminal NN (this counter's number)");
  if (hall_option && store::pg::is_uri(*db_option))
    return usage_error("intake-soak --hall: --db must be the counter's own SQLite file");
  core::DayNumber today = local_today();
  if (today_text) {
    auto d = core::parse_iso_date(*today_text);
    if (!d) return usage_error("--today: " + d.error().message);
    today = *d;
  }

  auto config = load_config(config_file ? &*config_file : nullptr);
  if (!config) return usage_error(config.error().message);
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  if (assets->catalog.items.empty()) return usage_error("the service catalog has no items");
  auto signer = qr::SlipSigner::from_hall_key_file(key ? std::filesystem::path(*key) : paths::default_hall_key());
  if (!signer) return usage_error(signer.error().message);
  auto print_desk = slip::PrintDesk::open(*config);
  if (!print_desk) return usage_error(print_desk.error().message);
  auto db = open_db_option(db_option, StoreUse::MayCreate);
  if (!db) return usage_error(db.error().message);
  if (hall_option) {
    // The hall store down is no reason to stop: the copy made by an earlier run serves.
    auto hall = open_db_option(hall_option, StoreUse::MustExist);
    if (!hall) std::fprintf(stderr, "onewindow: hall store unreachable, drawing applicants from the local copy: %s\n",
                            hall.error().message.c_str());
    else if (auto s = copy_people_from_hall(hall.value(), db.value()); !s)
      std::fprintf(stderr, "onewindow: could not copy residents from the hall store, using the local copy: %s\n",
                   s.error().message.c_str());
  }
  auto people = load_people(db.value());
  if (!people)
    return usage_error(hall_option ? "the hall store could not be read and the local file has no copy of its residents yet"
                                   : people.error().message);

  int y = 0, m = 0, d = 0;
  base::civil_from_days(today, y, m, d);
  store::IntakePlace place = intake::intake_place(*config, y, m, d);
  if (terminal) place.terminal = terminal;
  intake::IntakeDesk desk{db.value(), place, *config, assets->catalog, assets->words, *signer, *print_desk};
  base::SplitMix64 uuids{seed};
  say("ready");
  for (long i = 0; i < count; ++i) {
    const std::string uuid = retry ? *retry : seeded_uuid(uuids);
    auto a = build_application(uuid, *people, assets->catalog, assets->holidays, today);
    if (!a) return usage_error(a.error().message);
    say("pressed " + uuid + " " + std::to_string(a->members.size()) + " " + std::to_string(a->materials.size()) +
        " " + std::string(core::status_code(a->status)));
    auto out = intake::press_accept(desk, std::move(*a));
    if (!out) {
      std::fprintf(stderr, "onewindow: %s\n", out.error().message.c_str());
      return kExitNo;
    }
    const std::string& number = out->application.acceptance_no;
    say("committed " + out->application.uuid + " " + number);
    if (out->job)
      say("handed " + number + " " + std::to_string(out->job->size()) + " " + out->slip->qr_payload);
    else
      say("unprinted " + number + " " + out->slip_problem);
  }
  return kExitOk;
}

}  // namespace app
