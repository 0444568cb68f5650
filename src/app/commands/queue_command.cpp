// `onewindow queue list|claim|release|decide` (issue 19): the back office's queue for technicians,
// tests and the concurrency benchmark, on a SQLite file or the hall's PostgreSQL store. A rule's
// refusal is a well-formed "no" (exit 1, its sentence from the catalog on stderr); an unknown staff
// number, a role that may not work cases, or bad arguments exit 2.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "base/printable.h"
#include "core/backoffice/batch_view.h"
#include "core/domain/money.h"
#include "core/domain/staff_number.h"
#include "core/domain/working_days.h"
#include "core/text/message.h"
#include "store/case_desk.h"
#include "store/case_notice_source.h"
#include "store/work_queue.h"

namespace app {
namespace {

constexpr core::Language kCliLanguage = core::Language::En;

// --at "YYYY-MM-DD HH:MM:SS": act as if it were then (tests and replaying a day); default now.
std::optional<core::CivilTime> parse_at(const std::string& text) {
  if (text.size() != 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') return std::nullopt;
  auto day = core::parse_iso_date(text.substr(0, 10));
  if (!day) return std::nullopt;
  int parts[3];
  for (int i = 0; i < 3; ++i) {
    const std::string p = text.substr(11 + i * 3, 2);
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9') return std::nullopt;
    parts[i] = (p[0] - '0') * 10 + (p[1] - '0');
  }
  if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59) return std::nullopt;
  return core::civil_time_from_seconds(day.value() * 86400 + parts[0] * 3600 + parts[1] * 60 + parts[2]);
}

// What every queue command shares: the store, the catalog, the clock and the acting staff member.
struct Desk {
  std::optional<store::Database> db;
  CatalogAssets assets;
  core::CivilTime now;
  core::CaseActor actor;
};

// Opens the store and reads the catalog; with `staff`, looks the member up (exit 2 when unknown or
// not allowed to work cases, unless `counter_ok`). Returns an exit code on failure.
std::optional<int> open_desk(Desk& d, const std::optional<std::string>& db_option, const std::optional<std::string>& at,
                             const std::optional<std::string>& staff, bool counter_ok = false) {
  if (at) {
    auto t = parse_at(*at);
    if (!t) return usage_error("--at must be \"YYYY-MM-DD HH:MM:SS\" (got \"" + *at + "\")");
    d.now = *t;
  } else {
    d.now = local_now();
  }
  std::string staff_no;
  if (staff) {
    if (auto bad = core::check_staff_no(*staff); !bad) return usage_error("--staff: " + bad.error().message);
    staff_no = core::normalize_staff_no(*staff);
  }
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  d.assets = std::move(assets.value());
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  d.db.emplace(std::move(db.value()));
  if (!staff) return std::nullopt;
  auto actor = store::CaseDesk(*d.db, d.assets.catalog).actor(staff_no);
  if (!actor) return usage_error(actor.error().message);
  if (!actor.value()) return usage_error("no staff member " + staff_no);
  d.actor = **actor;
  if (!d.actor.active) return usage_error(core::render(d.assets.words, kCliLanguage, core::Message{"case.refused.inactive", {staff_no}}));
  if (!core::may_work_cases(d.actor.role) && !(counter_ok && d.actor.role == core::StaffRole::Counter))
    return usage_error(core::render(d.assets.words, kCliLanguage,
                                    core::Message{"case.refused.may_not_claim", {staff_no, core::staff_role_code(d.actor.role)}}));
  return std::nullopt;
}

int refused(const Desk& d, const core::Message& m) {
  std::fprintf(stderr, "onewindow: %s\n", base::one_line(core::render(d.assets.words, kCliLanguage, m)).c_str());
  return kExitNo;
}

std::optional<int> one_acceptance_no(const std::vector<std::string>& pos, std::size_t at, const char* command,
                                     std::string& out) {
  if (pos.size() <= at) return usage_error(std::string(command) + " needs the acceptance number");
  out = pos[at];
  return std::nullopt;
}

// `queue decide --bulk approve --staff NO --start YYYY-MM [--amount YUAN] [--benefit TYPE]
// (--notice-ended-before DATE | NO NO …)`: each case approved in its own transaction; one line per
// case on stdout ("NO\tpublicized\tapproved", or "NO\trefused\t<the rule's sentence>"), a count on
// stderr; exit 0 when every case was approved, 1 when a rule refused any, 2 when the store failed.
// `queue decide --bulk publicize --staff NO [--proposed YUAN] (--ready | NO[=YUAN] …)`: each case
// put on public notice from today in its own transaction, the item's working days on the holiday
// calendar ("NO\treviewing\tpublicized\tLAST_DAY"); a proposed amount per case after '=', or one
// for all with --proposed; --ready takes every case the staff member could publicize now.
struct BulkArgs {
  std::optional<std::string> db_option, at, staff, amount, start, benefit, bulk, ended_before, proposed;
  bool ready = false;
  std::vector<std::string> numbers;
};

// Prints the report as the comment above says; the exit code.
int bulk_report(const Desk& d, const store::BulkReport& report, std::size_t tried, const char* verb, bool with_ends) {
  for (const auto& done : report.done)
    std::printf("%s\t%s\t%s%s\n", done.acceptance_no.c_str(), std::string(core::status_code(done.from)).c_str(),
                std::string(core::status_code(done.to)).c_str(), with_ends ? ("\t" + done.notice_ends).c_str() : "");
  for (const auto& no : report.refused)
    std::printf("%s\trefused\t%s\n", no.acceptance_no.c_str(),
                base::one_line(core::render(d.assets.words, kCliLanguage, no.why)).c_str());
  std::fflush(stdout);
  std::fprintf(stderr, "onewindow: %s %zu, refused %zu of %zu\n", verb, report.done.size(), report.refused.size(), tried);
  if (!report.stopped.empty()) return usage_error("the batch stopped at " + report.stopped);
  return report.refused.empty() ? kExitOk : kExitNo;
}

int decide_bulk_publicize(const BulkArgs& a) {
  if (a.amount || a.start || a.benefit || a.ended_before)
    return usage_error("--bulk publicize takes no --amount, --start, --benefit or --notice-ended-before (--proposed YUAN)");
  if (a.ready == !a.numbers.empty())
    return usage_error("queue decide --bulk publicize takes --ready or acceptance numbers (one of them)");
  store::BulkPublicity how;
  std::optional<core::Fen> for_all;
  if (a.proposed) {
    for_all = core::parse_yuan(*a.proposed);
    if (!for_all || *for_all <= 0) return usage_error("--proposed must be an amount in yuan, e.g. 528 or 528.50");
  }
  std::vector<std::string> numbers;
  for (const auto& arg : a.numbers) {
    const auto eq = arg.find('=');
    const std::string no = arg.substr(0, eq);
    if (no.empty()) return usage_error("\"" + arg + "\" is not NO or NO=YUAN");
    numbers.push_back(no);
    if (eq != std::string::npos) {
      auto fen = core::parse_yuan(arg.substr(eq + 1));
      if (!fen || *fen <= 0) return usage_error("\"" + arg + "\": the proposed amount must be in yuan, e.g. " + no + "=528");
      how.proposed_fen[no] = *fen;
    } else if (for_all) {
      how.proposed_fen[no] = *for_all;
    }
  }
  Desk d;
  if (auto code = open_desk(d, a.db_option, a.at, a.staff)) return *code;
  how.calendar = &d.assets.holidays;
  store::CaseDesk desk(*d.db, d.assets.catalog);
  if (a.ready) {
    auto ready = desk.ready_for_publicity(d.actor, d.now, d.assets.holidays, core::kMaxPublicityBatch);
    if (!ready) return usage_error(ready.error().message);
    for (const auto& c : *ready) {
      numbers.push_back(c.acceptance_no);
      if (for_all) how.proposed_fen[c.acceptance_no] = *for_all;
    }
  }
  return bulk_report(d, desk.publicize_batch(numbers, d.actor, how, d.now), numbers.size(), "publicized", true);
}

int decide_bulk(const BulkArgs& a) {
  if (a.bulk && *a.bulk == "publicize") return decide_bulk_publicize(a);
  if (!a.bulk || *a.bulk != "approve") return usage_error("--bulk takes approve or publicize (the decisions made in bulk)");
  if (a.ready || a.proposed) return usage_error("--bulk approve takes no --ready or --proposed");
  if (a.ended_before.has_value() == !a.numbers.empty())
    return usage_error("queue decide --bulk approve takes --notice-ended-before DATE or acceptance numbers (one of them)");
  if (a.ended_before && !core::parse_iso_date(*a.ended_before))
    return usage_error("--notice-ended-before must be a date YYYY-MM-DD (got \"" + *a.ended_before + "\")");
  if (!a.start) return usage_error("queue decide --bulk approve needs --start YYYY-MM");
  store::BulkApproval how;
  how.start_month = *a.start;
  if (a.amount) {
    auto fen = core::parse_yuan(*a.amount);
    if (!fen) return usage_error("--amount must be an amount in yuan, e.g. 528 or 528.50");
    how.amount_fen = *fen;
  }
  if (a.benefit) {
    how.benefit = core::benefit_type_from_name(*a.benefit);
    if (!how.benefit) return usage_error("--benefit \"" + *a.benefit + "\" is not a benefit type (e.g. 农村低保)");
  }
  Desk d;
  if (auto code = open_desk(d, a.db_option, a.at, a.staff)) return *code;
  std::vector<std::string> numbers = a.numbers;
  if (a.ended_before) {
    auto batch = store::CaseNoticeSource(*d.db, d.assets.catalog).notice_ended_before(*a.ended_before);
    if (!batch) return usage_error(batch.error().message);
    numbers = std::move(batch.value());
  }
  return bulk_report(d, store::CaseDesk(*d.db, d.assets.catalog).approve_batch(numbers, d.actor, how, d.now),
                     numbers.size(), "approved", false);
}

}  // namespace

int run_queue_list(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto at = p.option("--at");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("queue list takes no arguments");
  Desk d;
  if (auto code = open_desk(d, db_option, at, std::nullopt)) return *code;
  auto queue = store::WorkQueue(*d.db).open_applications(d.now.iso_date(), 1 << 30);
  if (!queue) return usage_error(queue.error().message);
  auto claims = store::CaseDesk(*d.db, d.assets.catalog).live_claims(d.now);
  if (!claims) return usage_error(claims.error().message);
  // Tab-separated, oldest first; claimed_by and lease_until are "-" for a case nobody holds.
  std::printf("acceptance_no\tstatus\titem\taccepted_at\tdue\toverdue\tclaimed_by\tlease_until\n");
  for (const auto& e : queue->entries) {
    auto c = claims->find(e.application_uuid);
    const bool held = c != claims->end();
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.acceptance_no.c_str(), std::string(core::status_code(e.status)).c_str(),
                e.item_code.c_str(), e.accepted_at.c_str(), e.due.c_str(), e.overdue ? "yes" : "no",
                held ? c->second.staff_no.c_str() : "-", held ? c->second.lease_until.c_str() : "-");
  }
  return kExitOk;
}

int run_queue_claim(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto at = p.option("--at");
  auto staff = p.option("--staff");
  auto lease_option = p.option("--lease");
  auto repeat_option = p.option("--repeat");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!staff) return usage_error("queue claim needs --staff STAFF_NO");
  if (pos.size() > 1) return usage_error("queue claim takes at most one acceptance number");
  int lease = core::kDefaultLeaseSeconds;
  if (lease_option) {
    auto l = core::parse_lease(*lease_option);
    if (!l) return usage_error("--lease must be like 30m, 90s or 2h (1 second to 24 hours), got \"" + *lease_option + "\"");
    lease = *l;
  }
  long repeat = 1;
  if (repeat_option) {
    repeat = std::strtol(repeat_option->c_str(), nullptr, 10);
    if (repeat < 1 || repeat > 1'000'000 || repeat_option->find_first_not_of("0123456789") != std::string::npos)
      return usage_error("--repeat must be a number 1..1000000");
    if (!pos.empty()) return usage_error("--repeat claims the oldest cases; it takes no acceptance number");
  }
  Desk d;
  if (auto code = open_desk(d, db_option, at, staff)) return *code;
  store::CaseDesk desk(*d.db, d.assets.catalog);
  if (pos.empty()) {
    // One acceptance number per line; --repeat N claims up to N cases, one transaction each (the
    // concurrency test runs many such processes at once).
    long n = 0;
    for (; n < repeat; ++n) {
      auto claimed = desk.claim_next(d.actor, d.now, lease);
      if (!claimed) return usage_error(claimed.error().message);
      if (!claimed.value()) break;
      std::printf("%s\n", (*claimed)->acceptance_no.c_str());
    }
    std::fflush(stdout);
    if (n == 0) {
      std::fprintf(stderr, "onewindow: nothing left to claim for %s\n", d.actor.staff_no.c_str());
      return kExitNo;
    }
    return kExitOk;
  }
  auto claimed = desk.claim(pos[0], d.actor, d.now, lease);
  if (!claimed) return usage_error(claimed.error().message);
  if (auto* no = std::get_if<store::Refusal>(&claimed.value())) return refused(d, *no);
  std::printf("%s\n", std::get<store::CaseClaim>(claimed.value()).acceptance_no.c_str());
  return kExitOk;
}

int run_queue_release(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto at = p.option("--at");
  auto staff = p.option("--staff");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!staff) return usage_error("queue release needs --staff STAFF_NO");
  if (pos.size() != 1) return usage_error("queue release takes one acceptance number");
  Desk d;
  if (auto code = open_desk(d, db_option, at, staff)) return *code;
  auto released = store::CaseDesk(*d.db, d.assets.catalog).release(pos[0], d.actor, d.now);
  if (!released) return usage_error(released.error().message);
  if (auto* no = std::get_if<store::Refusal>(&released.value())) return refused(d, *no);
  std::printf("%s\n", pos[0].c_str());
  return kExitOk;
}

int run_queue_decide(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto at = p.option("--at");
  auto staff = p.option("--staff");
  auto note = p.option("--note");
  auto amount = p.option("--amount");
  auto start = p.option("--start");
  auto benefit = p.option("--benefit");
  auto proposed = p.option("--proposed");
  auto bulk = p.option("--bulk");
  auto ended_before = p.option("--notice-ended-before");
  const bool ready = p.flag("--ready");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!staff) return usage_error("queue decide needs --staff STAFF_NO");
  if (bulk || ended_before || ready) {
    if (note) return usage_error("--bulk takes no --note");
    return decide_bulk(BulkArgs{db_option, at, staff, amount, start, benefit, bulk, ended_before, proposed, ready, pos});
  }
  std::string no;
  if (auto code = one_acceptance_no(pos, 0, "queue decide", no)) return *code;
  if (pos.size() < 2)
    return usage_error("queue decide NO needs what to do: step, supplement, supplied, publicize, objection, approve or reject");
  const std::string verb = pos[1];
  std::vector<std::string> rest(pos.begin() + 2, pos.end());
  store::CaseWork work;
  auto& r = work.request;
  if (note) r.note = *note;
  if (verb == "step") {
    r.action = core::CaseAction::RecordStep;
    if (rest.empty()) return usage_error("queue decide NO step needs the step's code, then key=value fields");
    r.step = rest[0];
    for (std::size_t i = 1; i < rest.size(); ++i) {
      const auto eq = rest[i].find('=');
      if (eq == std::string::npos || eq == 0) return usage_error("step field \"" + rest[i] + "\" is not key=value");
      work.values[rest[i].substr(0, eq)] = rest[i].substr(eq + 1);
    }
  } else if (verb == "supplement") {
    r.action = core::CaseAction::AskSupplement;
    r.missing = rest;
    rest.clear();
  } else if (verb == "supplied") {
    r.action = core::CaseAction::SupplementArrived;
  } else if (verb == "publicize") {
    r.action = core::CaseAction::Publicize;
    if (proposed) {
      auto fen = core::parse_yuan(*proposed);
      if (!fen) return usage_error("--proposed must be an amount in yuan, e.g. 528 or 528.50");
      work.proposed_fen = *fen;
    }
  } else if (verb == "objection") {
    r.action = core::CaseAction::Objection;
  } else if (verb == "approve") {
    r.action = core::CaseAction::Approve;
    if (!amount || !start) return usage_error("queue decide NO approve needs --amount YUAN and --start YYYY-MM");
    auto fen = core::parse_yuan(*amount);
    if (!fen) return usage_error("--amount must be an amount in yuan, e.g. 528 or 528.50");
    r.amount_fen = *fen;
    r.start_month = *start;
    if (benefit) {
      work.benefit = core::benefit_type_from_name(*benefit);
      if (!work.benefit) return usage_error("--benefit \"" + *benefit + "\" is not a benefit type (e.g. 农村低保)");
    }
  } else if (verb == "reject") {
    r.action = core::CaseAction::Reject;
  } else {
    return usage_error("unknown decision \"" + verb + "\": step, supplement, supplied, publicize, objection, approve, reject");
  }
  if (verb != "step" && verb != "supplement" && !rest.empty()) return usage_error("unexpected argument \"" + rest[0] + "\"");
  Desk d;
  if (auto code = open_desk(d, db_option, at, staff, /*counter_ok=*/r.action == core::CaseAction::SupplementArrived))
    return *code;
  work.calendar = &d.assets.holidays;  // the notice runs the item's working days from today
  store::CaseDesk desk(*d.db, d.assets.catalog);
  auto done = desk.act(no, d.actor, work, d.now);
  if (!done) return usage_error(done.error().message);
  if (auto* refusal = std::get_if<store::Refusal>(&done.value())) return refused(d, *refusal);
  const auto& ok = std::get<store::CaseDone>(done.value());
  std::printf("%s\t%s\t%s\n", ok.acceptance_no.c_str(), std::string(core::status_code(ok.from)).c_str(),
              std::string(core::status_code(ok.to)).c_str());
  return kExitOk;
}

}  // namespace app
