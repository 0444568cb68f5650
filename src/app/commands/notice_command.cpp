// `onewindow notice supplement|rejection NO` and `onewindow notice publicity` (issue 19): the papers
// a back-office decision hands out, from the store, for technicians and tests — on the receipt
// printer (--print), as its bytes (--escpos) or image (--out), and the 公示名单 also as an A4 PDF
// (--pdf). The decision is in the store already: a printer that runs out of paper exits 1 saying
// so, and the same command prints it again. An application without such a notice is a well-formed
// "no" (exit 1, the reason on stderr); bad arguments and unwritable files exit 2. Every person a
// paper names is a look-up in the audit log (why: review), written before the paper.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/slip_output.h"
#include "app/commands/store_command_support.h"
#include "app/config_file.h"
#include "app/file_write.h"
#include "app/paths.h"
#include "app/slip/publicity_pdf.h"
#include "base/printable.h"
#include "core/backoffice/case_notices.h"
#include "core/domain/civil_time.h"
#include "core/text/message.h"
#include "store/audit_log.h"
#include "store/case_notice_source.h"
#include "store/hall_key.h"

namespace app {
namespace {

constexpr core::Language kCliLanguage = core::Language::En;

// What every notice command shares: outputs, the day printed, the config, catalog and store.
struct NoticeDesk {
  SlipOutputs outputs;
  std::optional<std::string> pdf;
  std::optional<std::string> from;
  std::string date;
  core::Config config;
  CatalogAssets assets;
  std::optional<store::Database> db;
  std::optional<store::HallKey> key;
  std::vector<std::string> positionals;
};

// Parses the options (`publicity` takes --from and --pdf) and opens everything; an exit code on
// failure.
std::optional<int> open_notice_desk(NoticeDesk& d, Args args, bool publicity) {
  ArgParser p(args);
  d.outputs = take_slip_outputs(p);
  const auto db_option = p.option("--db");
  const auto config_file = p.option("--config");
  const auto date = p.option("--date");
  const auto key_option = p.option("--key");
  if (publicity) {
    d.pdf = p.option("--pdf");
    d.from = p.option("--from");
  }
  std::string err;
  if (!p.finish(d.positionals, err)) return usage_error(err);
  if (!d.outputs.any() && !d.pdf)
    return usage_error(publicity ? "notice publicity needs --pdf FILE.pdf, --print, --escpos FILE.bin or --out FILE.png"
                                 : "the notice needs --print, --escpos FILE.bin or --out FILE.png");
  for (const std::optional<std::string>* day : std::initializer_list<const std::optional<std::string>*>{&date, &d.from})
    if (*day && !core::parse_iso_date(**day)) return usage_error("\"" + **day + "\" is not a date (YYYY-MM-DD)");
  d.date = date ? *date : local_now().iso_date();
  auto config = load_config(config_file ? &*config_file : nullptr);
  if (!config) return usage_error(config.error().message);
  d.config = std::move(config.value());
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  d.assets = std::move(assets.value());
  auto key = store::HallKey::load_or_create(key_option ? std::filesystem::path(*key_option) : paths::default_hall_key());
  if (!key) return usage_error(key.error().message);
  d.key.emplace(std::move(key.value()));
  auto db = open_db_option(db_option, StoreUse::MustExist, config_file);
  if (!db) return usage_error(db.error().message);
  d.db.emplace(std::move(db.value()));
  return std::nullopt;
}

// A paper names people: each is a look-up of their data, audited before anything is printed.
std::optional<int> audit(NoticeDesk& d, const std::vector<std::string>& id_numbers) {
  store::AuditLog log(*d.db, *d.key);
  const std::string at = local_now().iso_datetime();
  for (const auto& id : id_numbers)
    if (auto s = log.record(at, "cli", id, store::kWhyReview); !s) return usage_error(s.error().message);
  return std::nullopt;
}

core::NoticeContext context_of(const NoticeDesk& d) {
  return core::NoticeContext{d.config.hall.name, d.config.hall.phone, d.date};
}

int refused(const NoticeDesk& d, const core::Message& m) {
  std::fprintf(stderr, "onewindow: %s\n", base::one_line(core::render(d.assets.words, kCliLanguage, m)).c_str());
  return kExitNo;
}

int print_slip(const NoticeDesk& d, const core::AcceptanceSlip& slip, const std::string& what) {
  const SlipDelivery done = deliver_slip(slip, d.outputs, d.config);
  if (done.exit_code != kExitOk) return done.exit_code;
  std::printf("%s: %s\n", what.c_str(), done.summary.c_str());
  return kExitOk;
}

// supplement and rejection: one application's notice.
template <class Notice, class Read, class Build>
int one_notice(Args args, const char* command, Read read, Build build) {
  NoticeDesk d;
  if (auto code = open_notice_desk(d, args, /*publicity=*/false)) return *code;
  if (d.positionals.size() != 1) return usage_error(std::string(command) + " takes one acceptance number");
  const std::string& no = d.positionals[0];
  store::CaseNoticeSource source(*d.db, d.assets.catalog);
  auto facts = read(source, no);
  if (!facts) return usage_error(facts.error().message);
  if (const auto* m = std::get_if<core::Message>(&facts.value())) return refused(d, *m);
  const Notice& notice = std::get<Notice>(facts.value());
  if (auto code = audit(d, {notice.applicant_id})) return *code;
  const auto slip = build(notice, context_of(d), d.assets.words, core::kRecordLanguage);
  return print_slip(d, slip, no);
}

}  // namespace

int run_notice_supplement(Args args) {
  return one_notice<core::SupplementNotice>(
      args, "notice supplement", [](store::CaseNoticeSource& s, const std::string& no) { return s.supplement(no); },
      core::make_supplement_slip);
}

int run_notice_rejection(Args args) {
  return one_notice<core::RejectionNotice>(
      args, "notice rejection", [](store::CaseNoticeSource& s, const std::string& no) { return s.rejection(no); },
      core::make_rejection_slip);
}

int run_notice_publicity(Args args) {
  NoticeDesk d;
  if (auto code = open_notice_desk(d, args, /*publicity=*/true)) return *code;
  if (!d.positionals.empty()) return usage_error("notice publicity takes no positional arguments");
  auto entries = store::CaseNoticeSource(*d.db, d.assets.catalog).on_notice(d.from ? *d.from : std::string());
  if (!entries) return usage_error(entries.error().message);
  if (entries->empty())
    return refused(d, core::Message{"notice.refused.none_on_notice", {d.from ? *d.from : std::string("-")}});
  std::vector<std::string> people;
  for (const auto& e : *entries) people.push_back(e.applicant_id);
  if (auto code = audit(d, people)) return *code;
  const auto context = context_of(d);
  std::string summary = std::to_string(entries->size()) + " cases";
  if (d.pdf) {
    // Drawn whole before anything is written: a failure leaves no file behind.
    auto pdf = slip::publicity_pdf(core::publicity_sheet(*entries, context, d.assets.words, core::kRecordLanguage),
                                   d.config.fonts.chain);
    if (!pdf) return usage_error(pdf.error().message);
    if (auto w = write_file_atomically(*d.pdf, pdf->bytes); !w) return usage_error(w.error().message);
    summary += ", PDF " + std::to_string(pdf->pages) + (pdf->pages == 1 ? " page" : " pages");
  }
  if (d.outputs.any()) {
    const SlipDelivery done =
        deliver_slip(core::make_publicity_slip(*entries, context, d.assets.words, core::kRecordLanguage), d.outputs, d.config);
    if (done.exit_code != kExitOk) return done.exit_code;
    summary += ", slip " + done.summary;
  }
  std::printf("publicity: %s\n", summary.c_str());
  return kExitOk;
}

}  // namespace app
