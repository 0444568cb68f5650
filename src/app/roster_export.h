#pragma once
// The monthly payment roster out (core/domain/payment_roster.h) as a file: an XLSX workbook
// (app/xlsx) — sheet 发放明细 with one row per line and a total row, 无账号 with the lines that
// lack an account, 汇总 with the totals per category — or the detail as CSV, UTF-8 with a
// byte-order mark or GB18030. Written atomically; the same roster gives the same bytes.
#include <filesystem>
#include <functional>
#include <string>

#include "app/xlsx/workbook.h"
#include "base/result.h"
#include "core/domain/payment_roster.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace app {

enum class RosterFormat { Xlsx, Csv };
enum class RosterEncoding { Utf8, Gb18030 };  // CSV only

xlsx::Book payment_roster_book(const core::PaymentRoster& roster);
base::Result<std::string> payment_roster_csv_bytes(const core::PaymentRoster& roster, RosterEncoding encoding);

// `before_publish` as xlsx::write_book has it: run once the file is whole, before it becomes `out`.
base::Status write_payment_roster(const core::PaymentRoster& roster, RosterFormat format, RosterEncoding encoding,
                                  const std::filesystem::path& out, const std::function<base::Status()>& before_publish = {});

// Who exports, and when: the audit rows' who and at.
struct RosterExportLook {
  std::string at;  // YYYY-MM-DD HH:MM:SS
  std::string who;
};
// What `roster export` and the back office's 导出花名册 do once the roster is read: everyone on it
// goes into the audit log as looked at (store::kWhyRosterExport, once each) while the file is
// written, and the file appears only after the audit is committed — no audit, no file. `db` is
// used by the audit alone meanwhile (on a thread of its own).
base::Status export_payment_roster(store::Database& db, const store::HallKey& key, const core::PaymentRoster& roster,
                                   const RosterExportLook& look, RosterFormat format, RosterEncoding encoding,
                                   const std::filesystem::path& out);

}  // namespace app
