#include "app/counter/counter_services.h"

#include "app/file_write.h"
#include "app/intake/intake_press.h"
#include "app/ledger_export.h"
#include "app/log.h"
#include "app/uuid.h"
#include "app/slip/publicity_export.h"
#include "app/slip/slip_source.h"
#include "core/counter/intake_form.h"
#include "core/domain/working_days.h"
#include "store/applications_table.h"
#include "store/day_ledger.h"
#include "store/slip_prints_table.h"

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
    c->choices = a->counter_choices;
    c_.q.post(core::ev::CounterCatalogLoaded{std::move(c)});
  });
}

void CounterServices::run(const core::fx::OpenForm&) { c_.q.post(core::ev::FormOpened{random_uuid()}); }

void CounterServices::run(const core::fx::AcceptIntake& a) {
  c_.store.post([this, a](store::Database& db) {
    // Staff read a sentence they can act on; what went wrong goes to the log.
    auto fail = [&](std::string key, std::string detail, std::vector<std::string> params = {}) {
      log::error("counter", "intake not accepted: " + detail);
      c_.q.post(core::ev::IntakeFailed{core::Message{std::move(key), std::move(params)}, std::move(detail)});
    };
    const CatalogAssets* assets_now = c_.resources.assets();
    const qr::SlipSigner* sig = c_.resources.signer();
    if (!assets_now || !sig) return fail("counter.intake_failed.resources", "catalog files or hall key unavailable");
    const core::ServiceItem* item = assets_now->catalog.find(a.form.item_code);
    if (!item)
      return fail("counter.intake_failed.item_unknown", "item " + a.form.item_code + " not in the catalog",
                  {a.form.item_code});
    auto due = core::due_date(assets_now->holidays, a.at.iso_date(), item->promised_working_days);
    if (!due) return fail("counter.intake_failed.due_date", "due date: " + due.error().message);
    auto filled = core::to_application(a.form, assets_now->catalog, a.staff_no, a.at, core::format_iso_date(due->day),
                                       assets_now->words);
    if (!filled) return fail("counter.intake_failed.form", filled.error().message);
    filled->due_provisional = due->provisional;
    base::Result<intake::PressOutcome> pressed = base::Error{"printer profile unavailable (see log)"};
    const bool desk_ready = c_.resources.with_print_desk([&](slip::PrintDesk& desk) {
      intake::IntakeDesk intake{db, intake::intake_place(c_.config, a.at.year, a.at.month, a.at.day), c_.config,
                                assets_now->catalog, assets_now->words, *sig, desk};
      pressed = intake::press_accept(intake, std::move(*filled));
    });
    if (!desk_ready) return fail("counter.intake_failed.resources", "printer profile or slip font unavailable");
    if (!pressed) return fail("counter.intake_failed.store", pressed.error().message);
    const auto& app = pressed->application;
    log::info("counter", "accepted " + app.acceptance_no + " (" + std::string(core::status_code(app.status)) + ")");
    c_.hall_sync.nudge();  // committed locally: the outbox pushes it to the hall (if any) soon
    core::Message slip_problem;
    if (!pressed->slip_problem.empty()) {
      log::error("counter", app.acceptance_no + ": " + pressed->slip_problem);
      slip_problem = core::Message{"counter.slip_not_built", {}};
    }
    // The screen learns of the commit before the printer can report on the job.
    c_.q.post(core::ev::IntakeAccepted{app, std::nullopt, std::move(slip_problem), pressed->job ? a.job : 0});
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
    auto fail = [&](std::string key, const std::string& detail) {
      log::error("counter", "reprint " + r.acceptance_no + ": " + detail);
      c_.q.post(core::ev::ReprintFailed{r.job, core::Message{std::move(key), {}}, detail});
    };
    const CatalogAssets* a = c_.resources.assets();
    const qr::SlipSigner* sig = c_.resources.signer();
    if (!a || !sig) return fail("counter.reprint_failed.resources", "catalog files or hall key unavailable");
    auto found = store::ApplicationsTable(db).find_by_acceptance_no(r.acceptance_no);
    if (!found) return fail("counter.reprint_failed.store", found.error().message);
    if (!*found || (*found)->uuid != r.application_uuid)
      return fail("counter.reprint_failed.not_found", "no application " + r.application_uuid);
    auto slip = slip::slip_for_application(**found, c_.config, a->catalog, *sig, a->words);
    if (!slip) return fail("counter.reprint_failed.slip", slip.error().message);
    base::Result<devices::printer::Bytes> bytes = base::Error{"printer profile or slip font unavailable"};
    c_.resources.with_print_desk([&](slip::PrintDesk& desk) { bytes = desk.job_bytes(*slip); });
    if (!bytes) return fail("counter.reprint_failed.slip", bytes.error().message);
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
    auto fail = [&](std::string key, const std::string& detail, std::vector<std::string> params = {}) {
      log::error("counter", "ledger export: " + detail);
      c_.q.post(core::ev::LedgerExported{"", core::Message{std::move(key), std::move(params)}, detail});
    };
    const CatalogAssets* a = c_.resources.assets();
    if (!a) return fail("counter.export_failed.catalog", "catalog files unavailable");
    auto rows = store::DayLedger(db).rows(x.date, c_.config.terminal.number);
    if (!rows) return fail("counter.export_failed.store", rows.error().message);
    // Masked, as from the command line without --full: the file leaves the system.
    auto bytes = ledger_file_bytes(*rows, a->catalog, false, x.gb18030);
    if (!bytes) return fail("counter.export_failed.encoding", bytes.error().message);
    const auto dir = export_dir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const auto path = dir / ledger_file_name(x.date, c_.config.terminal.number, x.gb18030);
    if (auto s = write_file_atomically(path, *bytes); !s)
      return fail("counter.export_failed.write", s.error().message, {path.string()});
    c_.q.post(core::ev::LedgerExported{path.string(), {}, {}});
  });
}

std::filesystem::path CounterServices::export_dir() const {
  return slip::export_folder(c_.config);
}

}  // namespace app
