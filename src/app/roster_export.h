#pragma once
// The monthly payment roster out (core/domain/payment_roster.h) as a file: an XLSX workbook
// (app/xlsx) — sheet 发放明细 with one row per line and a total row, 无账号 with the lines that
// lack an account, 汇总 with the totals per category — or the detail as CSV, UTF-8 with a
// byte-order mark or GB18030. Written atomically; the same roster gives the same bytes.
#include <filesystem>
#include <string>

#include "app/xlsx/workbook.h"
#include "base/result.h"
#include "core/domain/payment_roster.h"

namespace app {

enum class RosterFormat { Xlsx, Csv };
enum class RosterEncoding { Utf8, Gb18030 };  // CSV only

xlsx::Book payment_roster_book(const core::PaymentRoster& roster);
base::Result<std::string> payment_roster_csv_bytes(const core::PaymentRoster& roster, RosterEncoding encoding);

base::Status write_payment_roster(const core::PaymentRoster& roster, RosterFormat format, RosterEncoding encoding,
                                  const std::filesystem::path& out);

}  // namespace app
