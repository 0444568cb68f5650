// `onewindow review due|record` (issue 20): the 年审 due list and recording a review, for
// technicians, tests and township staff without a back-office screen. `due` prints JSON (an empty
// list when nothing is due, exit 0); `record` prints the benefit as it now stands, or the review's
// problems (one sentence per line on stderr, exit 1, nothing written).
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "base/json.h"
#include "base/printable.h"
#include "core/backoffice/case_rules.h"
#include "core/domain/annual_review.h"
#include "core/domain/money.h"
#include "core/domain/staff_number.h"
#include "core/text/message.h"
#include "store/benefit_reviews.h"
#include "store/staff_table.h"

namespace app {
namespace {

constexpr core::Language kCliLanguage = core::Language::En;
constexpr int kDefaultWithinDays = 60;
constexpr int kMaxWithinDays = 3660;

// "60d" or "60": days.
std::optional<int> parse_within(const std::string& text) {
  std::string digits = text;
  if (!digits.empty() && digits.back() == 'd') digits.pop_back();
  if (digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const int days = std::stoi(digits);
  return days <= kMaxWithinDays ? std::optional<int>(days) : std::nullopt;
}

std::optional<int> check_today(const std::optional<std::string>& option, std::string& today) {
  if (!option) {
    today = local_now().iso_date();
    return std::nullopt;
  }
  if (!core::parse_iso_date(*option)) return usage_error("--today must be a date YYYY-MM-DD (got \"" + *option + "\")");
  today = *option;
  return std::nullopt;
}

}  // namespace

int run_review_due(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto within_option = p.option("--within");
  auto today_option = p.option("--today");
  auto village = p.option("--village");
  auto item = p.option("--item");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("review due takes no arguments");
  int within = kDefaultWithinDays;
  if (within_option) {
    auto w = parse_within(*within_option);
    if (!w) return usage_error("--within must be a number of days like 60d (0 to 3660), got \"" + *within_option + "\"");
    within = *w;
  }
  std::string today;
  if (auto code = check_today(today_option, today)) return *code;
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  if (item && !assets->catalog.find(*item)) return usage_error("--item \"" + *item + "\" is not a catalog item (e.g. dibao)");
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  store::ReviewDueFilter f;
  f.today = today;
  f.until = core::review_due_until(today, within);
  f.village = village.value_or("");
  f.item_code = item.value_or("");
  auto due = store::BenefitReviews(db.value()).due(f);
  if (!due) return usage_error(due.error().message);
  base::Json doc = base::Json::object();
  doc["today"] = today;
  doc["until"] = f.until;
  doc["count"] = due->size();
  base::Json list = base::Json::array();
  for (const auto& d : due.value()) {
    base::Json e = base::Json::object();
    e["id_number"] = d.id_number;
    e["name"] = d.name;
    e["address"] = d.address;
    e["benefit_type"] = std::string(core::benefit_type_name(d.type));
    e["item"] = std::string(core::benefit_item_code(d.type));
    e["status"] = std::string(core::benefit_status_code(d.status));
    e["monthly_amount"] = core::format_yuan(d.monthly_amount_fen);
    e["next_review"] = d.next_review;
    e["overdue"] = d.overdue;
    e["last_reviewed"] = d.last_reviewed;
    list.push_back(std::move(e));
  }
  doc["due"] = std::move(list);
  auto text = base::write_json(doc, base::JsonLayout::Indented);
  if (!text) return usage_error(text.error().message);
  std::printf("%s\n", text->c_str());
  return kExitOk;
}

// review record ID_NUMBER BENEFIT_TYPE --staff NO --outcome O --reason TEXT --effective YYYY-MM
//   [--amount YUAN] [--on YYYY-MM-DD] [--at "YYYY-MM-DD HH:MM:SS"] [step.key=value …] [--db FILE]
int run_review_record(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto staff = p.option("--staff");
  auto outcome_option = p.option("--outcome");
  auto reason = p.option("--reason");
  auto effective = p.option("--effective");
  auto amount = p.option("--amount");
  auto on = p.option("--on");
  auto at = p.option("--at");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() < 2) return usage_error("review record needs the ID number and the benefit type (e.g. 农村低保)");
  if (!staff) return usage_error("review record needs --staff STAFF_NO");
  if (!outcome_option) return usage_error("review record needs --outcome continue|adjust|suspend|end");
  core::AnnualReview r;
  r.id_number = pos[0];
  auto type = core::benefit_type_from_name(pos[1]);
  if (!type) return usage_error("\"" + pos[1] + "\" is not a benefit type (e.g. 农村低保)");
  r.type = *type;
  auto outcome = core::review_outcome_from_code(*outcome_option);
  if (!outcome) return usage_error("--outcome must be continue, adjust, suspend or end (got \"" + *outcome_option + "\")");
  r.outcome = *outcome;
  if (amount) {
    if (r.outcome != core::ReviewOutcome::Adjust) return usage_error("--amount goes with --outcome adjust only");
    auto fen = core::parse_yuan(*amount);
    if (!fen) return usage_error("--amount must be an amount in yuan, e.g. 528 or 528.50");
    r.amount_after_fen = *fen;
  } else if (r.outcome == core::ReviewOutcome::Adjust) {
    return usage_error("--outcome adjust needs --amount YUAN (the new monthly amount)");
  }
  r.reason = reason.value_or("");
  r.effective_month = effective.value_or("");
  for (std::size_t i = 2; i < pos.size(); ++i) {
    const auto dot = pos[i].find('.'), eq = pos[i].find('=');
    if (dot == std::string::npos || eq == std::string::npos || dot == 0 || eq < dot + 2)
      return usage_error("step field \"" + pos[i] + "\" is not step.key=value (e.g. home_visit.findings=…)");
    r.steps[pos[i].substr(0, dot)][pos[i].substr(dot + 1, eq - dot - 1)] = pos[i].substr(eq + 1);
  }
  const core::CivilTime now = local_now();
  r.recorded_at = at.value_or(now.iso_datetime());
  if (r.recorded_at.size() != 19 || !core::parse_iso_date(r.recorded_at.substr(0, 10)))
    return usage_error("--at must be \"YYYY-MM-DD HH:MM:SS\" (got \"" + r.recorded_at + "\")");
  const std::string today = r.recorded_at.substr(0, 10);
  r.reviewed_on = on.value_or(today);
  if (auto bad = core::check_staff_no(*staff); !bad) return usage_error("--staff: " + bad.error().message);
  r.who = core::normalize_staff_no(*staff);

  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  auto member = store::StaffTable(db.value()).find(r.who);
  if (!member) return usage_error(member.error().message);
  if (!member.value()) return usage_error("no staff member " + r.who);
  if (!member.value()->active)
    return usage_error(core::render(assets->words, kCliLanguage, core::Message{"case.refused.inactive", {r.who}}));
  if (!core::may_work_cases(member.value()->role))
    return usage_error(core::render(assets->words, kCliLanguage,
                                    core::Message{"case.refused.may_not_claim",
                                                  {r.who, std::string(core::staff_role_code(member.value()->role))}}));
  auto recorded = store::BenefitReviews(db.value()).record(r, assets->catalog, today);
  if (!recorded) return usage_error(recorded.error().message);
  if (!recorded->applied) {
    for (const auto& m : recorded->problems)
      std::fprintf(stderr, "onewindow: %s\n", base::one_line(core::render(assets->words, kCliLanguage, m)).c_str());
    return kExitNo;
  }
  const core::Benefit& b = recorded->applied->benefit;
  std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", b.id_number.c_str(), std::string(core::benefit_type_name(b.type)).c_str(),
              std::string(core::review_outcome_code(r.outcome)).c_str(),
              std::string(core::benefit_status_code(b.status)).c_str(), core::format_yuan(b.monthly_amount_fen).c_str(),
              recorded->applied->review.next_review_after.c_str());
  return kExitOk;
}

}  // namespace app
