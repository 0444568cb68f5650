// `onewindow roster import FILE.csv [--db FILE]`: a benefit roll or payment roster (花名册), all or
// nothing. Every bad line goes to stderr as FILE:LINE: column NAME: reason, and nothing is imported.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/text_encoding.h"
#include "core/domain/masking.h"
#include "core/domain/roster.h"
#include "store/roster_import.h"

namespace app {

int run_roster_import(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("roster import takes one FILE.csv");
  const std::string& file = pos[0];
  std::ifstream in(file, std::ios::binary);
  if (!in) return usage_error("cannot read " + file);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto text = decode_text(bytes);
  if (!text) return usage_error(file + ": " + text.error().message);
  auto parsed = core::parse_roster(text->utf8);
  if (!parsed.ok()) {
    for (const auto& problem : parsed.problems) std::fprintf(stderr, "%s\n", core::describe(problem, file).c_str());
    std::fprintf(stderr, "onewindow: %s: %zu problem(s); nothing was imported\n", file.c_str(), parsed.problems.size());
    return kExitBadInput;
  }
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  auto report = store::import_roster(db.value(), parsed.roster);
  if (!report) return usage_error(file + ": " + report.error().message + "; nothing was imported");
  const char* kind = parsed.roster.kind == core::RosterKind::BenefitRoll ? "benefit roll" : "payment roster";
  std::printf("%s: %s, %ld rows: %ld new, %ld updated, %ld unchanged; %ld new residents\n", file.c_str(), kind,
              report->rows, report->inserted, report->updated, report->unchanged, report->new_residents);
  for (const auto& m : report->name_mismatches)
    std::printf("%s:%d: name '%s' differs from the stored name '%s' for %s; the stored name is kept\n", file.c_str(),
                m.line, m.roster_name.c_str(), m.stored_name.c_str(), core::mask_id_number(m.id_number).c_str());
  return kExitOk;
}

}  // namespace app
