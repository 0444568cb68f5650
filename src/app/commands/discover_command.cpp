// `onewindow discover` and `discover mark` (issue 20): the 主动发现 list as JSON (every rule of
// assets/catalog/eligibility.toml over the store's rows, each entry with why and its current mark;
// an empty list when nothing is found, exit 0), and staff's mark on one entry.
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
#include "core/backoffice/case_rules.h"
#include "core/domain/discovery.h"
#include "core/domain/staff_number.h"
#include "core/text/message.h"
#include "store/discovery_list.h"
#include "store/staff_table.h"

namespace app {

int run_discover(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto today_option = p.option("--today");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("discover takes no arguments (discover mark … marks an entry)");
  std::string today = local_now().iso_date();
  if (today_option) {
    if (!core::parse_iso_date(*today_option))
      return usage_error("--today must be a date YYYY-MM-DD (got \"" + *today_option + "\")");
    today = *today_option;
  }
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  auto found = store::DiscoveryList(db.value()).find(assets->eligibility, today);
  if (!found) return usage_error(found.error().message);
  base::Json doc = base::Json::object();
  doc["today"] = today;
  doc["count"] = found->size();
  base::Json list = base::Json::array();
  for (const auto& e : found.value()) {
    base::Json j = base::Json::object();
    j["rule"] = e.rule;
    j["item"] = e.item;
    j["id_number"] = e.id_number;
    j["name"] = e.name;
    j["address"] = e.address;
    j["period"] = e.period;
    j["why"] = e.why;
    base::Json facts = base::Json::object();
    for (const auto& f : e.facts) facts[f.first] = f.second;
    j["facts"] = std::move(facts);
    j["mark"] = e.mark ? std::string(core::discovery_mark_code(*e.mark)) : std::string();
    j["marked_by"] = e.marked_by;
    j["marked_at"] = e.marked_at;
    j["note"] = e.note;
    list.push_back(std::move(j));
  }
  doc["entries"] = std::move(list);
  auto text = base::write_json(doc, base::JsonLayout::Indented);
  if (!text) return usage_error(text.error().message);
  std::printf("%s\n", text->c_str());
  return kExitOk;
}

// discover mark RULE ID_NUMBER --mark contacted|not_eligible|applied --staff NO [--period P] [--note TEXT]
//   [--at "YYYY-MM-DD HH:MM:SS"] [--db FILE]
int run_discover_mark(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto mark_option = p.option("--mark");
  auto staff = p.option("--staff");
  auto period = p.option("--period");
  auto note = p.option("--note");
  auto at = p.option("--at");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 2) return usage_error("discover mark takes the rule's code and the ID number");
  if (!staff) return usage_error("discover mark needs --staff STAFF_NO");
  if (!mark_option) return usage_error("discover mark needs --mark contacted|not_eligible|applied");
  auto mark = core::discovery_mark_from_code(*mark_option);
  if (!mark) return usage_error("--mark must be contacted, not_eligible or applied (got \"" + *mark_option + "\")");
  if (auto bad = core::check_staff_no(*staff); !bad) return usage_error("--staff: " + bad.error().message);
  const std::string when = at.value_or(local_now().iso_datetime());
  if (when.size() != 19 || !core::parse_iso_date(when.substr(0, 10)))
    return usage_error("--at must be \"YYYY-MM-DD HH:MM:SS\" (got \"" + when + "\")");
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  bool known = false;
  for (const auto& r : assets->eligibility) known = known || r.code == pos[0];
  if (!known) return usage_error("\"" + pos[0] + "\" is not a rule code of catalog/eligibility.toml");
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  const std::string who = core::normalize_staff_no(*staff);
  auto member = store::StaffTable(db.value()).find(who);
  if (!member) return usage_error(member.error().message);
  if (!member.value()) return usage_error("no staff member " + who);
  if (!member.value()->active || !core::may_work_cases(member.value()->role))
    return usage_error("staff member " + who + " may not mark 主动发现 entries (reviewers, approvers and admins may)");
  store::DiscoveryList::Mark m{pos[0], pos[1], period.value_or(""), *mark, who, when, note.value_or("")};
  if (auto s = store::DiscoveryList(db.value()).mark(m); !s) return usage_error(s.error().message);
  std::printf("%s\t%s\t%s\t%s\n", m.rule.c_str(), m.id_number.c_str(), m.period.c_str(), mark_option->c_str());
  return kExitOk;
}

}  // namespace app
