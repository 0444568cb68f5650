// BackofficeServices for 导出花名册 (core/backoffice/batch_view.h), on the store worker: the month's
// payment roster read from the store (store::payment_sources) and written as XLSX
// (app/roster_export.h) into the terminal's export folder, made if missing — the same roster and
// file name as `onewindow roster export --format xlsx`. Everyone on the roster is audited as looked
// at (store::kWhyRosterExport) before the file is written; no audit, no file.
#include <filesystem>
#include <system_error>

#include "app/backoffice/backoffice_services.h"
#include "app/log.h"
#include "app/roster_export.h"
#include "app/slip/publicity_export.h"
#include "store/audit_log.h"
#include "store/payment_roster_source.h"

namespace app {

void BackofficeServices::run(const core::fx::ExportRoster& r) {
  c_.store.post([this, r](store::Database& db) {
    core::ev::RosterExported answer{r.staff_no, r.month, "", 0, 0, 0, {}};
    auto sources = store::payment_sources(db, r.month);
    if (!sources) {
      log::error("roster", "payment roster " + r.month + ": " + sources.error().message);
      answer.problem = core::Message{"backoffice.roster.store_failed", {}};
      c_.q.post(std::move(answer));
      return;
    }
    const auto roster = core::make_payment_roster(r.month, std::move(*sources));
    const store::HallKey* key = c_.resources.hall_key();
    if (!key) {
      log::error("roster", "payment roster " + r.month + " not written: hall key unavailable (see log)");
      answer.problem = core::Message{"backoffice.roster.store_failed", {}};
      c_.q.post(std::move(answer));
      return;
    }
    const auto dir = slip::export_folder(c_.config);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const auto path = dir / core::payment_roster_file_name(r.month, "xlsx");
    // Everyone on it, with ID number and account, leaves the store: audited, or no file.
    if (auto s = export_payment_roster(db, *key, roster, {r.now.iso_datetime(), r.staff_no}, RosterFormat::Xlsx,
                                       RosterEncoding::Utf8, path);
        !s) {
      log::error("roster", "payment roster " + r.month + " not written: " + s.error().message);
      answer.problem = core::Message{"backoffice.roster.write_failed", {dir.string()}};
      c_.q.post(std::move(answer));
      return;
    }
    log::info("roster", r.staff_no + " exported the payment roster of " + r.month + " (" +
                            std::to_string(roster.line_count) + " lines) to " + path.string());
    answer.path = path.string();
    answer.lines = roster.line_count;
    answer.total_fen = roster.total_fen;
    answer.without_account = roster.without_account;
    c_.q.post(std::move(answer));
  });
}

}  // namespace app
