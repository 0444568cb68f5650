// `onewindow roster import FILE.csv [--db FILE|URI] [--config FILE] [--report FILE.csv]`: a benefit roll or payment
// roster (花名册), all or nothing. The file is read twice as a stream (app/roster_file.h): checked
// whole first; a roster with problems is refused with a one-line summary (第3、5、9…行有问题，共N处)
// and the first 20 problems on stderr, every problem in the --report CSV, and nothing imported.
// A roster without problems is read again into one transaction.
#include <cstdio>
#include <optional>
#include <string>

#include "app/benefit_aliases_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/file_write.h"
#include "app/i18n_file.h"
#include "app/paths.h"
#include "app/roster_file.h"
#include "base/printable.h"
#include "core/domain/masking.h"
#include "core/language.h"
#include "core/text/i18n.h"
#include "store/roster_import.h"

namespace app {

namespace {

// 「第3、5、9…行有问题，共N处」 from the catalog (roster.problem_summary).
std::string summary(const core::Catalog& words, const RosterFileCheck& check) {
  const auto lang = core::kRecordLanguage;
  std::string lines;
  for (std::size_t i = 0; i < check.lines.size(); ++i) {
    if (i) lines += words.get(lang, "roster.line_separator");
    lines += std::to_string(check.lines[i]);
  }
  if (check.problem_count > static_cast<long>(check.lines.size())) lines += "…";
  return core::format(words.get(lang, "roster.problem_summary"), {lines, std::to_string(check.problem_count)});
}

}  // namespace

int run_roster_import(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto report_option = p.option("--report");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("roster import takes one FILE.csv");
  const std::string file = base::printable(pos[0], 120);
  // The store's name is checked before the file is read: a mistyped --db is one line at once.
  if (db_option) {
    if (auto target = classify_store_argument(*db_option); !target) return usage_error(target.error().message);
  }
  auto aliases = load_benefit_aliases_file(paths::assets_dir() / "catalog" / "benefit_aliases.toml");
  if (!aliases) return usage_error(aliases.error().message);
  auto words = load_catalog(paths::assets_dir() / "i18n");
  if (!words) return usage_error(words.error().message);
  core::RosterOptions options;
  options.benefit_aliases = std::move(aliases.value());

  std::optional<AtomicFile> report;
  if (report_option) {
    auto created = AtomicFile::create(*report_option);
    if (!created) return usage_error(created.error().message);
    report.emplace(std::move(created.value()));
  }
  RosterProgress checking("roster import: checking " + file);
  auto check = check_roster_file(pos[0], options, report ? &*report : nullptr, checking);
  if (!check) return usage_error(check.error().message + "; nothing was imported");
  if (report) {
    if (auto s = report->commit(); !s) return usage_error(s.error().message);
  }
  if (check->problem_count > 0) {
    std::fprintf(stderr, "onewindow: %s: %s; nothing was imported\n", file.c_str(), summary(*words, *check).c_str());
    for (const auto& problem : check->first) std::fprintf(stderr, "%s\n", core::describe(problem, file).c_str());
    if (check->problem_count > static_cast<long>(check->first.size())) {
      std::fprintf(stderr, "onewindow: %ld more problem(s) %s\n", check->problem_count - static_cast<long>(check->first.size()),
                   report_option ? ("in " + base::printable(*report_option, 120)).c_str() : "(--report FILE.csv lists them all)");
    }
    return kExitBadInput;
  }

  auto db = open_db_option(db_option, StoreUse::MayCreate, config_option);
  if (!db) return usage_error(db.error().message);
  store::RosterWriter writer(db.value());
  if (auto s = writer.start(static_cast<std::size_t>(check->rows)); !s)
    return usage_error(file + ": " + s.error().message + "; nothing was imported");
  RosterProgress importing("roster import: writing " + file);
  auto read = read_roster_rows(
      pos[0], options, [&](const core::BenefitRollRow& row) { return writer.add(row); },
      [&](const core::PaymentRosterRow& row) { return writer.add(row); }, importing);
  if (!read) return usage_error(file + ": " + read.error().message + "; nothing was imported");
  auto done = writer.commit();
  if (!done) return usage_error(file + ": " + done.error().message + "; nothing was imported");
  const char* kind = check->kind == core::RosterKind::BenefitRoll ? "benefit roll" : "payment roster";
  std::printf("%s: %s, %ld rows: %ld new, %ld updated, %ld unchanged; %ld new residents\n", file.c_str(), kind,
              done->rows, done->inserted, done->updated, done->unchanged, done->new_residents);
  std::size_t shown = 0;
  for (const auto& m : done->name_mismatches) {
    if (shown++ == kShownRosterProblems) break;
    std::printf("%s:%d: name '%s' differs from the stored name '%s' for %s; the stored name is kept\n", file.c_str(),
                m.line, base::printable(m.roster_name).c_str(), base::printable(m.stored_name).c_str(),
                core::mask_id_number(m.id_number).c_str());
  }
  if (done->name_mismatch_count > static_cast<long>(kShownRosterProblems)) {
    std::printf("%s: %ld more names differ from the stored ones; the stored names are kept\n", file.c_str(),
                done->name_mismatch_count - static_cast<long>(kShownRosterProblems));
  }
  return kExitOk;
}

}  // namespace app
