// The counter's effects (issue 9), run on the store worker: sign-in, a new form's UUID, 受理 (commit,
// then slip, then print), reprint, print outcomes, the day ledger and its export.
#include <cstdio>

#include "app/file_write.h"
#include "app/intake/intake_press.h"
#include "app/ledger_export.h"
#include "app/log.h"
#include "app/paths.h"
#include "app/services.h"
#include "app/uuid.h"
#include "app/slip/slip_source.h"
#include "core/counter/intake_form.h"
#include "core/domain/working_days.h"
#include "store/applications_table.h"
#include "store/day_ledger.h"
#include "store/slip_prints_table.h"
#include "store/staff_table.h"

namespace app {

namespace {

core::PaperPreview as_preview(std::uint64_t job, qr::GrayImage image) {
  return core::PaperPreview{job, image.width, image.height,
                            std::make_shared<const std::vector<std::uint8_t>>(std::move(image.pixels))};
}

}  // namespace

void Services::load_counter_catalog() {
  store_.post_job([this] {
    const CatalogAssets* a = assets();
    if (!a) return;  // logged; the counter says the catalog is missing
    auto c = std::make_shared<core::CounterCatalog>();
    c->services = a->catalog;
    c->initials = a->initials;
    q_.post(core::ev::CounterCatalogLoaded{std::move(c)});
  });
}

void Services::check_sign_in(const core::fx::CheckSignIn& c) {
  store_.post([this, c](store::Database& db) {
    auto outcome = store::StaffTable(db).sign_in(c.staff_no, c.pin, c.at, config_.counter);
    if (!outcome) {
      log::error("counter", "sign-in: " + outcome.error().message);
      // A store failure refuses like an unknown account would, but says so in the log.
      q_.post(core::ev::SignInAnswered{core::sign_in::UnknownStaff{}});
      return;
    }
    if (std::holds_alternative<core::sign_in::SignedIn>(*outcome)) log::info("counter", "signed in: " + c.staff_no);
    q_.post(core::ev::SignInAnswered{std::move(*outcome)});
  });
}

void Services::open_form() { q_.post(core::ev::FormOpened{random_uuid()}); }

void Services::accept_intake(const core::fx::AcceptIntake& a) {
  store_.post([this, a](store::Database& db) {
    const CatalogAssets* assets_now = assets();
    const qr::SlipSigner* sig = signer();
    slip::PrintDesk* desk = print_desk();
    if (!assets_now || !sig || !desk) {
      q_.post(core::ev::IntakeFailed{"目录、机构密钥或打印机配置不可用（见日志）"});
      return;
    }
    const core::ServiceItem* item = assets_now->catalog.find(a.form.item_code);
    if (!item) {
      q_.post(core::ev::IntakeFailed{"事项不在目录中：" + a.form.item_code});
      return;
    }
    auto due = core::due_date(assets_now->holidays, a.at.iso_date(), item->promised_working_days);
    if (!due) {
      q_.post(core::ev::IntakeFailed{"无法计算承诺办结日期：" + due.error().message});
      return;
    }
    auto filled = core::to_application(a.form, assets_now->catalog, a.staff_no, a.at, *due);
    if (!filled) {
      q_.post(core::ev::IntakeFailed{filled.error().message});
      return;
    }
    intake::IntakeDesk intake{db, intake::intake_place(config_, a.at.year, a.at.month, a.at.day), config_,
                              assets_now->catalog, *sig, *desk};
    auto pressed = intake::press_accept(intake, std::move(*filled));
    if (!pressed) {
      log::error("counter", pressed.error().message);
      q_.post(core::ev::IntakeFailed{"数据库写入失败（" + pressed.error().message + "）"});
      return;
    }
    const auto& app = pressed->application;
    log::info("counter", "accepted " + app.acceptance_no + " (" + std::string(core::status_code(app.status)) + ")");
    if (!pressed->slip_problem.empty()) log::error("counter", app.acceptance_no + ": " + pressed->slip_problem);
    // The screen learns of the commit before the printer can report on the job.
    q_.post(core::ev::IntakeAccepted{app, std::nullopt, pressed->slip_problem, pressed->job ? a.job : 0});
    if (pressed->job) devices_.print(a.job, std::move(*pressed->job));
    if (pressed->slip) {
      auto image = desk->preview(*pressed->slip);
      if (image) q_.post(core::ev::SlipPreviewed{app.uuid, as_preview(a.job, std::move(*image))});
    }
  });
}

void Services::reprint_slip(const core::fx::ReprintSlip& r) {
  store_.post([this, r](store::Database& db) {
    auto fail = [&](const std::string& why) {
      log::error("counter", "reprint " + r.acceptance_no + ": " + why);
      q_.post(core::ev::ReprintFailed{r.job, why});
    };
    const CatalogAssets* a = assets();
    const qr::SlipSigner* sig = signer();
    slip::PrintDesk* desk = print_desk();
    if (!a || !sig || !desk) return fail("目录、机构密钥或打印机配置不可用");
    auto found = store::ApplicationsTable(db).find_by_acceptance_no(r.acceptance_no);
    if (!found) return fail(found.error().message);
    if (!*found || (*found)->uuid != r.application_uuid) return fail("找不到该申请");
    auto slip = slip::slip_for_application(**found, config_, a->catalog, *sig);
    if (!slip) return fail(slip.error().message);
    auto bytes = desk->job_bytes(*slip);
    if (!bytes) return fail(bytes.error().message);
    devices_.print(r.job, std::move(*bytes));
  });
}

void Services::record_slip_print(const core::fx::RecordSlipPrint& p) {
  store_.post([this, p](store::Database& db) {
    store::SlipPrint row;
    row.application_uuid = p.application_uuid;
    row.at = p.at.iso_datetime();
    row.terminal = config_.terminal.number;
    row.staff_no = p.staff_no;
    row.outcome = p.printed ? store::SlipOutcome::Printed : store::SlipOutcome::Failed;
    row.reason = p.problem;
    if (auto s = store::SlipPrintsTable(db).record(row); !s) log::error("counter", "slip print record: " + s.error().message);
  });
}

void Services::load_ledger(const std::string& date) {
  store_.post([this, date](store::Database& db) {
    auto rows = store::DayLedger(db).rows(date, config_.terminal.number);
    if (!rows) {
      log::error("counter", "ledger: " + rows.error().message);
      return;
    }
    q_.post(core::ev::LedgerLoaded{std::move(*rows)});
  });
}

void Services::export_ledger(const core::fx::ExportLedger& x) {
  store_.post([this, x](store::Database& db) {
    auto report = [&](std::string path, std::string problem) {
      if (!problem.empty()) log::error("counter", "ledger export: " + problem);
      q_.post(core::ev::LedgerExported{std::move(path), std::move(problem)});
    };
    const CatalogAssets* a = assets();
    if (!a) return report("", "目录不可用");
    auto rows = store::DayLedger(db).rows(x.date, config_.terminal.number);
    if (!rows) return report("", rows.error().message);
    // Masked, as from the command line without --full: the file leaves the system.
    auto bytes = ledger_file_bytes(*rows, a->catalog, false, x.gb18030);
    if (!bytes) return report("", bytes.error().message);
    const auto dir = export_dir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    char name[64];
    std::snprintf(name, sizeof name, "-%02d%s.csv", config_.terminal.number, x.gb18030 ? "-gb18030" : "");
    const auto path = dir / ("受理台账-" + x.date + name);
    if (auto s = write_file_atomically(path, *bytes); !s) return report("", s.error().message);
    report(path.string(), "");
  });
}

std::filesystem::path Services::export_dir() const {
  return config_.counter.export_dir.empty() ? paths::data_dir() / "exports"
                                            : std::filesystem::path(config_.counter.export_dir);
}

}  // namespace app
