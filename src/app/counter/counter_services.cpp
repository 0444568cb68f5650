#include "app/counter/counter_services.h"

#include <cstdio>

#include "app/file_write.h"
#include "app/intake/intake_press.h"
#include "app/ledger_export.h"
#include "app/log.h"
#include "app/paths.h"
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

void CounterServices::run(const core::fx::LoadCounterCatalog&) {
  c_.jobs.post([this] {
    const CatalogAssets* a = c_.resources.assets();
    if (!a) return;  // logged; the counter says the catalog is missing
    auto c = std::make_shared<core::CounterCatalog>();
    c->services = a->catalog;
    c->initials = a->initials;
    c_.q.post(core::ev::CounterCatalogLoaded{std::move(c)});
  });
}

void CounterServices::run(const core::fx::CheckSignIn& c) {
  c_.store.post([this, c](store::Database& db) {
    auto outcome = store::StaffTable(db).sign_in(c.staff_no, c.pin, c.at, c_.config.counter);
    if (!outcome) {
      log::error("counter", "sign-in: " + outcome.error().message);
      // A store failure refuses like an unknown account would, but says so in the log.
      c_.q.post(core::ev::SignInAnswered{core::sign_in::UnknownStaff{}});
      return;
    }
    if (std::holds_alternative<core::sign_in::SignedIn>(*outcome)) log::info("counter", "signed in: " + c.staff_no);
    c_.q.post(core::ev::SignInAnswered{std::move(*outcome)});
  });
}

void CounterServices::run(const core::fx::OpenForm&) { c_.q.post(core::ev::FormOpened{random_uuid()}); }

void CounterServices::run(const core::fx::AcceptIntake& a) {
  c_.store.post([this, a](store::Database& db) {
    const CatalogAssets* assets_now = c_.resources.assets();
    const qr::SlipSigner* sig = c_.resources.signer();
    if (!assets_now || !sig) {
      c_.q.post(core::ev::IntakeFailed{"目录、机构密钥或打印机配置不可用（见日志）"});
      return;
    }
    const core::ServiceItem* item = assets_now->catalog.find(a.form.item_code);
    if (!item) {
      c_.q.post(core::ev::IntakeFailed{"事项不在目录中：" + a.form.item_code});
      return;
    }
    auto due = core::due_date(assets_now->holidays, a.at.iso_date(), item->promised_working_days);
    if (!due) {
      c_.q.post(core::ev::IntakeFailed{"无法计算承诺办结日期：" + due.error().message});
      return;
    }
    auto filled = core::to_application(a.form, assets_now->catalog, a.staff_no, a.at, *due);
    if (!filled) {
      c_.q.post(core::ev::IntakeFailed{filled.error().message});
      return;
    }
    base::Result<intake::PressOutcome> pressed = base::Error{"printer profile unavailable (see log)"};
    const bool desk_ready = c_.resources.with_print_desk([&](slip::PrintDesk& desk) {
      intake::IntakeDesk intake{db, intake::intake_place(c_.config, a.at.year, a.at.month, a.at.day), c_.config,
                                assets_now->catalog, *sig, desk};
      pressed = intake::press_accept(intake, std::move(*filled));
    });
    if (!desk_ready) {
      c_.q.post(core::ev::IntakeFailed{"目录、机构密钥或打印机配置不可用（见日志）"});
      return;
    }
    if (!pressed) {
      log::error("counter", pressed.error().message);
      c_.q.post(core::ev::IntakeFailed{"数据库写入失败（" + pressed.error().message + "）"});
      return;
    }
    const auto& app = pressed->application;
    log::info("counter", "accepted " + app.acceptance_no + " (" + std::string(core::status_code(app.status)) + ")");
    if (!pressed->slip_problem.empty()) log::error("counter", app.acceptance_no + ": " + pressed->slip_problem);
    // The screen learns of the commit before the printer can report on the job.
    c_.q.post(core::ev::IntakeAccepted{app, std::nullopt, pressed->slip_problem, pressed->job ? a.job : 0});
    if (pressed->job) c_.devices.print(a.job, std::move(*pressed->job));
    if (pressed->slip) {
      c_.resources.with_print_desk([&](slip::PrintDesk& desk) {
        if (auto image = desk.preview(*pressed->slip))
          c_.q.post(core::ev::SlipPreviewed{app.uuid, as_preview(a.job, std::move(*image))});
      });
    }
  });
}

void CounterServices::run(const core::fx::ReprintSlip& r) {
  c_.store.post([this, r](store::Database& db) {
    auto fail = [&](const std::string& why) {
      log::error("counter", "reprint " + r.acceptance_no + ": " + why);
      c_.q.post(core::ev::ReprintFailed{r.job, why});
    };
    const CatalogAssets* a = c_.resources.assets();
    const qr::SlipSigner* sig = c_.resources.signer();
    if (!a || !sig) return fail("目录、机构密钥或打印机配置不可用");
    auto found = store::ApplicationsTable(db).find_by_acceptance_no(r.acceptance_no);
    if (!found) return fail(found.error().message);
    if (!*found || (*found)->uuid != r.application_uuid) return fail("找不到该申请");
    auto slip = slip::slip_for_application(**found, c_.config, a->catalog, *sig);
    if (!slip) return fail(slip.error().message);
    base::Result<devices::printer::Bytes> bytes = base::Error{"目录、机构密钥或打印机配置不可用"};
    c_.resources.with_print_desk([&](slip::PrintDesk& desk) { bytes = desk.job_bytes(*slip); });
    if (!bytes) return fail(bytes.error().message);
    c_.devices.print(r.job, std::move(*bytes));
  });
}

void CounterServices::run(const core::fx::RecordSlipPrint& p) {
  c_.store.post([this, p](store::Database& db) {
    store::SlipPrint row;
    row.application_uuid = p.application_uuid;
    row.at = p.at.iso_datetime();
    row.terminal = c_.config.terminal.number;
    row.staff_no = p.staff_no;
    row.outcome = p.printed ? store::SlipOutcome::Printed : store::SlipOutcome::Failed;
    row.reason = p.problem;
    if (auto s = store::SlipPrintsTable(db).record(row); !s) log::error("counter", "slip print record: " + s.error().message);
  });
}

void CounterServices::run(const core::fx::LoadLedger& l) {
  c_.store.post([this, date = l.date](store::Database& db) {
    auto rows = store::DayLedger(db).rows(date, c_.config.terminal.number);
    if (!rows) {
      log::error("counter", "ledger: " + rows.error().message);
      return;
    }
    c_.q.post(core::ev::LedgerLoaded{std::move(*rows)});
  });
}

void CounterServices::run(const core::fx::ExportLedger& x) {
  c_.store.post([this, x](store::Database& db) {
    auto report = [&](std::string path, std::string problem) {
      if (!problem.empty()) log::error("counter", "ledger export: " + problem);
      c_.q.post(core::ev::LedgerExported{std::move(path), std::move(problem)});
    };
    const CatalogAssets* a = c_.resources.assets();
    if (!a) return report("", "目录不可用");
    auto rows = store::DayLedger(db).rows(x.date, c_.config.terminal.number);
    if (!rows) return report("", rows.error().message);
    // Masked, as from the command line without --full: the file leaves the system.
    auto bytes = ledger_file_bytes(*rows, a->catalog, false, x.gb18030);
    if (!bytes) return report("", bytes.error().message);
    const auto dir = export_dir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    char name[64];
    std::snprintf(name, sizeof name, "-%02d%s.csv", c_.config.terminal.number, x.gb18030 ? "-gb18030" : "");
    const auto path = dir / ("受理台账-" + x.date + name);
    if (auto s = write_file_atomically(path, *bytes); !s) return report("", s.error().message);
    report(path.string(), "");
  });
}

std::filesystem::path CounterServices::export_dir() const {
  return c_.config.counter.export_dir.empty() ? paths::data_dir() / "exports"
                                            : std::filesystem::path(c_.config.counter.export_dir);
}

}  // namespace app
