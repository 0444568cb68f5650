#include "app/demo_data.h"

#include "app/demo_desk_cases.h"
#include "app/demo_dynamic_rows.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "app/catalog_file.h"
#include "app/demo_card_holders.h"
#include "app/uuid.h"
#include "core/domain/acceptance_number.h"
#include "core/domain/application.h"
#include "core/domain/civil_time.h"
#include "core/domain/eligibility.h"
#include "base/id_number.h"
#include "base/splitmix64.h"
#include "store/acceptance_sequences.h"
#include "store/applications_table.h"
#include "store/benefits_table.h"
#include "store/households_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/staff_table.h"

namespace app {
namespace {

using core::BenefitType;

constexpr std::array<std::string_view, 40> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "欧阳"};
constexpr std::array<std::string_view, 48> kGiven = {
    "秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "建国", "建华", "国强", "志强", "明", "伟", "芳", "敏", "静", "丽",
    "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "兰英", "德明", "永福", "金凤", "春生", "福生",
    "淑珍", "玉珍", "海燕", "红梅", "文华", "立新", "晓东", "宏伟", "䶮", "𠀾", "子涵", "浩然", "雨桐", "梓萱", "德䶮", "𠀾生"};
constexpr std::array<std::string_view, 4> kDivisions = {"320102", "320102", "320102", "320113"};
constexpr std::array<std::string_view, 6> kStreets = {"锁金村街道锁金一村", "锁金村街道锁金二村", "玄武门街道北京东路",
                                                      "红山街道红山新村", "孝陵卫街道卫岗", "锁金村街道樱铁村"};
constexpr std::array<std::string_view, 4> kChannels = {"惠农一卡通", "惠农一卡通", "惠农一卡通", "银行卡"};

constexpr std::array<std::string_view, 9> kItemForStatus = {"dibao", "gaoling", "canji",   "tekun", "linshi",
                                                            "yiliao", "ertong", "laonian", "binzang"};

// A file descriptor closed (and any flock on it released) when this goes.
struct OpenFile {
  explicit OpenFile(int descriptor) : fd(descriptor) {}
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  ~OpenFile() {
    if (fd >= 0) ::close(fd);
  }
  const int fd;
};

constexpr core::Fen yuan(int y) { return core::Fen{y} * core::kFenPerYuan; }

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string make_id(base::SplitMix64& rng, int serial, int y, int m, int d, bool male) {
  std::string first17 = std::string(rng.pick(kDivisions)) + std::to_string(y) + two(m) + two(d);
  int seq = (serial * 2 + (male ? 1 : 0)) % 1000;  // odd = male
  char s[8];
  std::snprintf(s, sizeof s, "%03d", seq);
  first17 += s;
  return first17 + base::id_check_character(first17);
}

struct Person {
  core::Resident r;
  int age = 0;
};

struct Month {
  int y, m;
};
Month add_months(Month x, int delta) {
  int total = x.y * 12 + (x.m - 1) + delta;
  return {total / 12, total % 12 + 1};
}

std::vector<BenefitType> benefits_for(base::SplitMix64& rng, const Person& p, bool everyone) {
  std::vector<BenefitType> out;
  if (p.age >= 80 && rng.chance(9000)) out.push_back(BenefitType::OldAgeAllowance);
  if (rng.chance(400)) out.push_back(rng.chance(8500) ? BenefitType::RuralDibao : BenefitType::UrbanDibao);
  else if (p.age >= 60 && rng.chance(120)) out.push_back(BenefitType::Tekun);
  if (rng.chance(250)) out.push_back(rng.chance(6000) ? BenefitType::DisabilityLiving : BenefitType::DisabilityCare);
  if (p.age < 18 && rng.chance(30)) out.push_back(rng.chance(5000) ? BenefitType::Orphan : BenefitType::UnattendedChild);
  if (p.age >= 18 && rng.chance(30)) out.push_back(BenefitType::Youfu);
  if (everyone && out.empty()) out.push_back(BenefitType::RuralDibao);
  return out;
}

core::Fen monthly_amount(BenefitType t, int age) {
  switch (t) {
    case BenefitType::UrbanDibao: return yuan(528);
    case BenefitType::RuralDibao: return 35917;  // 4310 元/年 ÷ 12
    case BenefitType::Tekun: return yuan(1030);
    case BenefitType::OldAgeAllowance: return age >= 100 ? yuan(300) : age >= 90 ? yuan(100) : yuan(50);
    case BenefitType::DisabilityLiving: return yuan(90);
    case BenefitType::DisabilityCare: return yuan(100);
    case BenefitType::Orphan: return yuan(1800);
    case BenefitType::UnattendedChild: return yuan(1500);
    case BenefitType::Youfu: return yuan(1200);
    default: return yuan(500);
  }
}

// The statuses an application passes on its way to `target` (after its opening status).
std::vector<core::ApplicationStatus> path_to(core::ApplicationStatus target) {
  using S = core::ApplicationStatus;
  switch (target) {
    case S::Reviewing: return {S::Reviewing};
    case S::Publicized: return {S::Reviewing, S::Publicized};
    case S::Approved: return {S::Reviewing, S::Publicized, S::Approved};
    case S::Paying: return {S::Reviewing, S::Publicized, S::Approved, S::Paying};
    case S::Rejected: return {S::Reviewing, S::Rejected};
    case S::Withdrawn: return {S::Withdrawn};
    default: return {};
  }
}

base::Result<bool> holds_households_or_applications(store::Database& db) {
  auto st = db.prepare("SELECT (SELECT count(*) FROM households) + (SELECT count(*) FROM applications)");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  return st->int64(0) > 0;
}

}  // namespace

base::Result<DemoDataReport> generate_demo_data(store::Database& db, const DemoDataOptions& o,
                                                const core::ServiceCatalog& catalog,
                                                const core::HolidayCalendar& calendar) {
  auto today = core::parse_iso_date(o.today);
  if (!today) return today.error();
  int ty = 0, tm = 0, td = 0;
  base::civil_from_days(today.value(), ty, tm, td);
  store::ResidentsTable residents(db);
  // A store holding only imported rosters (a hall store being set up) takes demo data beside them:
  // new people get ID numbers no one has. One that already has households or applications (demo
  // data made before, or a store in use) is refused.
  if (auto used = holds_households_or_applications(db); !used) return used.error();
  else if (used.value())
    return base::Error{"database " + db.file().string() +
                       " already holds residents with households or applications; demo data go into a new store "
                       "or one holding only imported rosters"};
  for (auto code : kItemForStatus)
    if (!catalog.find(std::string(code))) return base::Error{"demo data need catalog item '" + std::string(code) + "'"};

  auto tx = store::Transaction::begin(db);
  if (!tx) return tx.error();
  base::SplitMix64 rng(o.seed);
  DemoDataReport report;
  store::BenefitsTable benefits(db);
  store::PaymentsTable payments(db);
  store::HouseholdsTable households(db);
  store::StaffTable staff(db);
  for (const auto& s : {core::StaffMember{"A01", "李明", core::StaffRole::Counter, true},
                        core::StaffMember{"A02", "周晓燕", core::StaffRole::Counter, true},
                        core::StaffMember{"B01", "陈建华", core::StaffRole::Reviewer, true},
                        core::StaffMember{"C01", "王德䶮", core::StaffRole::Approver, true}})
    if (auto st = staff.save(s); !st) return st.error();
  // The demo's staff can sign in, at the counter and in the back office (the sign-in screens show
  // these in demo mode only).
  for (const char* no : {"A01", "A02", "B01", "C01"})
    if (auto st = staff.set_pin(no, kDemoStaffPin); !st) return st.error();

  const Month last_paid = add_months({ty, tm}, -1);
  std::vector<Person> people;
  people.reserve(static_cast<std::size_t>(o.residents));
  core::Household household;
  int household_left = 0;
  // The sample cards' people count toward the residents asked for.
  const bool holders = o.residents > kDemoCardHolders;
  // So do the people with a milestone birthday this month (app/demo_dynamic_rows.h).
  const int generated =
      (holders ? o.residents - kDemoCardHolders : o.residents) - demo_milestone_people(o.residents);
  for (int i = 0; i < generated; ++i) {
    Person p;
    // Ages weighted toward the old, as in a rural township; a few centenarians.
    int roll = rng.below(1000);
    p.age = roll < 150 ? rng.below(18) : roll < 700 ? 18 + rng.below(42) : roll < 900 ? 60 + rng.below(20)
            : roll < 995 ? 80 + rng.below(20) : 100 + rng.below(5);
    bool male = rng.chance(5000);
    int by = ty - p.age - (rng.chance(5000) ? 1 : 0);
    int bm = 1 + rng.below(12), bd = 1 + rng.below(28);
    if (base::days_from_civil(by, bm, bd) > today.value() - 1) by -= 1;
    p.age = core::age_on(std::to_string(by) + "-" + two(bm) + "-" + two(bd), o.today).value_or(p.age);
    p.r.id_number = make_id(rng, i, by, bm, bd, male);
    // Fixed examples first, so the demo always shows rare characters and every name shape.
    static constexpr std::array<std::string_view, 4> kFixed = {"刘䶮", "王𠀾华", "欧阳春英", "张三"};
    p.r.name = i < static_cast<int>(kFixed.size()) ? std::string(kFixed[static_cast<std::size_t>(i)])
                                                   : std::string(rng.pick(kSurnames)) + std::string(rng.pick(kGiven));
    p.r.gender = male ? "男" : "女";
    p.r.birth = std::to_string(by) + "-" + two(bm) + "-" + two(bd);
    p.r.address = "江苏省南京市玄武区" + std::string(rng.pick(kStreets)) + std::to_string(1 + rng.below(60)) + "幢" +
                  std::to_string(1 + rng.below(6)) + "0" + std::to_string(1 + rng.below(4)) + "室";
    p.r.phone = "1" + std::to_string(3 + rng.below(7)) + std::to_string(100000000 + rng.below(900000000));
    // Same division, birthday and sequence: step the sequence (keeping the gender parity).
    for (int attempt = 0;; ++attempt) {
      auto dup = residents.find(p.r.id_number);
      if (!dup) return dup.error();
      if (!dup.value()) break;
      if (attempt > 500) return base::Error{"demo data: no free ID number for " + p.r.birth};
      int seq = std::stoi(p.r.id_number.substr(14, 3));
      char s3[8];
      std::snprintf(s3, sizeof s3, "%03d", (seq + 2) % 1000);
      p.r.id_number.replace(14, 3, s3);
      p.r.id_number[17] = base::id_check_character(std::string_view(p.r.id_number).substr(0, 17));
    }
    if (auto s = residents.insert(p.r); !s) return base::Error{"demo resident " + p.r.id_number + ": " + s.error().message};
    ++report.residents;

    if (household_left == 0) {
      if (!household.members.empty()) {
        if (auto s = households.save(household); !s) return s.error();
        ++report.households;
      }
      household = core::Household{o.hall_code + "-" + std::to_string(100000 + report.households), p.r.id_number,
                                  p.r.address, {{p.r.id_number, "本人"}}};
      household_left = rng.below(4);
    } else {
      static constexpr std::array<std::string_view, 4> kRelations = {"配偶", "子女", "父母", "孙子女"};
      household.members.push_back({p.r.id_number, std::string(rng.pick(kRelations))});
      --household_left;
    }

    for (BenefitType t : benefits_for(rng, p, o.everyone_a_recipient)) {
      int since_months = 3 + rng.below(60);
      Month since = add_months({ty, tm}, -since_months);
      core::Benefit b{p.r.id_number, t, core::BenefitStatus::Active, monthly_amount(t, p.age),
                      std::to_string(since.y) + "-" + two(since.m) + "-01",
                      std::to_string(ty + (since.m <= tm ? 1 : 0)) + "-" + two(since.m) + "-01"};
      if (rng.chance(300)) b.status = core::BenefitStatus::Suspended;
      if (rng.chance(200)) b.status = core::BenefitStatus::Ended;
      if (auto u = benefits.upsert(b); !u) return u.error();
      ++report.benefits;
      std::string channel(rng.pick(kChannels));
      int months = std::min(o.months, since_months);
      for (int k = 0; k < months; ++k) {
        Month m = add_months(last_paid, -k);
        core::PaymentRecord pay{p.r.id_number, t, std::to_string(m.y) + "-" + two(m.m), b.monthly_amount_fen,
                                std::to_string(m.y) + "-" + two(m.m) + "-10", channel, core::PaymentStatus::Paid};
        if (k == 0 && rng.chance(200)) pay.status = core::PaymentStatus::Pending;
        else if (rng.chance(50)) pay.status = core::PaymentStatus::Failed;
        if (auto u = payments.upsert(pay); !u) return u.error();
        ++report.payments;
      }
    }
    people.push_back(std::move(p));
  }
  if (!household.members.empty()) {
    if (auto s = households.save(household); !s) return s.error();
    ++report.households;
  }

  // Applications: one in every status first, then a share of residents, spread over 60 days.
  if (!people.empty()) {
    store::AcceptanceSequences sequences(db);
    store::ApplicationsTable applications(db);
    const auto statuses = core::all_application_statuses();
    long wanted = static_cast<long>(statuses.size()) + static_cast<long>(o.residents) * o.applications_per_1000 / 1000;
    for (long k = 0; k < wanted; ++k) {
      auto target = statuses[static_cast<std::size_t>(k % static_cast<long>(statuses.size()))];
      const Person& p = people[static_cast<std::size_t>(k < static_cast<long>(statuses.size()) ? k % static_cast<long>(people.size())
                                                                                         : rng.below(static_cast<int>(people.size())))];
      const core::ServiceItem& item =
          *catalog.find(std::string(kItemForStatus[static_cast<std::size_t>(k % static_cast<long>(kItemForStatus.size()))]));
      // Older applications have travelled further along the life cycle.
      int days_ago = 1 + static_cast<int>(path_to(target).size()) * 6 + rng.below(6);
      core::DayNumber day = today.value() - days_ago;
      while (!calendar.is_working_day(day)) --day;
      int y = 0, m = 0, d = 0;
      base::civil_from_days(day, y, m, d);
      auto number = sequences.next(o.hall_code, 1, y, m, d);
      if (!number) return number.error();
      core::Application a;
      a.uuid = seeded_uuid(rng);
      a.acceptance_no = core::format_acceptance_number(number.value());
      a.item_code = item.code;
      a.applicant_id = p.r.id_number;
      a.applicant_name = p.r.name;
      a.members = {{p.r.id_number, "本人"}};
      a.declarations = {"家庭成员无稳定收入", "无机动车辆、无非居住类房产"};
      for (const auto& mat : item.required) a.materials.push_back({mat.code, mat.name, true, true});
      for (const auto& mat : item.optional) a.materials.push_back({mat.code, mat.name, false, rng.chance(3000)});
      std::string hhmm = two(9 + rng.below(7)) + ":" + two(rng.below(60)) + ":" + two(rng.below(60));
      a.accepted_at = core::format_iso_date(day) + " " + hhmm;
      const core::DueDate due = calendar.due(day, item.promised_working_days);
      a.due = core::format_iso_date(due.day);
      a.due_provisional = due.provisional;
      using S = core::ApplicationStatus;
      S initial = target == S::NeedsSupplement || target == S::NotAccepted ? target : S::Accepted;
      if (initial == S::NeedsSupplement) a.materials.front().received = false;
      std::string note = initial == S::NotAccepted ? "不属于本事项受理范围，已告知申请人向户籍地申请"
                         : initial == S::NeedsSupplement ? "容缺受理：请补交" + a.materials.front().name
                                                         : "窗口受理";
      if (auto s = core::open_application(a, initial, "A01", a.accepted_at, note); !s) return s.error();
      core::DayNumber step_day = day;
      for (S next : path_to(target)) {
        step_day += 5;
        std::string who = next == S::Approved || next == S::Paying ? "C01" : "B01";
        std::string n = next == S::Rejected ? "家庭人均收入高于当地低保标准" : next == S::Withdrawn ? "申请人主动撤回" : "";
        if (auto s = core::transition(a, next, next == S::Withdrawn ? "A01" : who,
                                      core::format_iso_date(step_day) + " 10:00:00", n);
            !s)
          return s.error();
      }
      if (auto s = applications.insert(a); !s) return base::Error{"demo application: " + s.error().message};
      if (a.status == S::Publicized) {
        // Every publicized case has its notice: from the day it was publicized, for the item's
        // period (the county's usual 7 working days for an item without one); the proposed amount
        // is derived, not drawn, so the rest of the data stays as it was.
        DemoCaseRows rows;
        rows.notice_starts = core::format_iso_date(step_day);
        const int period = item.publicity_working_days > 0 ? item.publicity_working_days : kDemoUsualNoticeDays;
        rows.notice_ends = core::format_iso_date(calendar.add_working_days(step_day, period));
        rows.proposed_fen = 30000 + 100 * static_cast<core::Fen>(k % 300);
        if (auto s = insert_demo_case_rows(db, catalog, a.uuid, rows); !s) return s.error();
      }
      ++report.applications;
    }
  }
  if (!people.empty()) {
    auto desk = add_demo_desk_cases(db, o, catalog, calendar);
    if (!desk) return desk.error();
    report.applications += desk.value();
  }
  if (holders) {
    auto added = add_demo_card_holders(db, o.today, catalog, calendar);
    if (!added) return added.error();
    report.residents += added.value();
  }
  if (auto s = add_demo_milestone_people(db, o); !s) return s.error();
  report.residents += demo_milestone_people(o.residents);
  report.households += demo_milestone_people(o.residents);
  if (auto s = add_demo_dynamic_rows(db, o); !s) return s.error();
  if (auto s = tx->commit(); !s) return s.error();
  return report;
}

std::filesystem::path demo_store_file(const std::filesystem::path& cache_dir) {
  return cache_dir / ("demo-s" + std::to_string(store::kSchemaVersion) + "-e" + std::to_string(kDemoEdition) + ".db");
}

base::Result<std::filesystem::path> ensure_demo_store(const std::filesystem::path& assets_dir,
                                                      const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) return file;
  // Terminals and tests that start together would each remove the others' half-made file and
  // rename their own over it: one generates while the rest wait here, then they find the file.
  std::filesystem::create_directories(file.parent_path(), ec);
  const std::string lock_path = file.string() + ".lock";
  const OpenFile lock{::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)};
  if (lock.fd < 0) return base::Error{"cannot open " + lock_path + ": " + std::strerror(errno)};
  if (::flock(lock.fd, LOCK_EX) != 0) return base::Error{"cannot lock " + lock_path + ": " + std::strerror(errno)};
  if (std::filesystem::exists(file, ec)) return file;
  auto assets = load_catalog_assets(assets_dir);
  if (!assets) return assets.error();
  // Under the lock nobody else writes this name: what is there is a crashed run's, and goes.
  const auto tmp = std::filesystem::path(file.string() + ".generating");
  // The audit file (store/audit_log.h) holds no row of a store just made: it is not moved with it.
  const char* kMade[] = {"", "-wal", "-shm", ".audit", ".audit-wal", ".audit-shm"};
  for (const char* suffix : kMade) std::filesystem::remove(tmp.string() + suffix, ec);
  {
    auto db = store::open_store(tmp);
    if (!db) return db.error();
    DemoDataOptions o;
    o.residents = kDemoResidents;
    o.months = kDemoMonths;
    o.seed = kDemoSeed;
    auto report = generate_demo_data(db.value(), o, assets->catalog, assets->holidays);
    if (!report) return report.error();
    if (auto s = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s) return s.error();
  }
  std::filesystem::rename(tmp, file, ec);
  if (ec) return base::Error{"cannot move the demo store into " + file.string() + ": " + ec.message()};
  for (const char* suffix : kMade) std::filesystem::remove(tmp.string() + suffix, ec);
  return file;
}

}  // namespace app
