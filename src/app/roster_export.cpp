#include "app/roster_export.h"

#include <future>

#include "app/file_write.h"
#include "app/text_encoding.h"
#include "store/audit_log.h"

namespace app {
namespace {

using xlsx::Style;

constexpr double kNameWidth = 12, kIdWidth = 21, kCategoryWidth = 22, kMonthWidth = 10, kAmountWidth = 12,
                 kAccountWidth = 22, kBankWidth = 20, kVillageWidth = 26, kRemarkWidth = 10;

template <std::size_t N>
xlsx::Row header_row(const std::array<std::string_view, N>& names) {
  xlsx::Row row;
  for (std::string_view n : names) row.push_back(xlsx::text(std::string(n), Style::Header));
  return row;
}

xlsx::Row line_row(const core::PaymentRoster& roster, const core::PaymentLine& l, bool remark) {
  xlsx::Row row{xlsx::text(l.name),
                xlsx::text(l.id_number),
                xlsx::text(std::string(core::benefit_type_name(l.type))),
                xlsx::text(roster.month),
                xlsx::yuan(l.amount_fen),
                xlsx::text(l.account),
                xlsx::text(l.bank),
                xlsx::text(l.village)};
  if (remark) row.push_back(xlsx::text(l.has_account() ? std::string() : std::string(core::kNoAccountMark)));
  return row;
}

xlsx::Row total_row(std::size_t columns, core::Fen total) {
  xlsx::Row row(columns, xlsx::empty(Style::Total));
  row[static_cast<std::size_t>(core::RosterColumn::Name)] = xlsx::text(std::string(core::kTotalLabel), Style::Total);
  row[static_cast<std::size_t>(core::RosterColumn::Amount)] = xlsx::yuan(total, Style::Total);
  return row;
}

xlsx::Sheet detail_sheet(const core::PaymentRoster& roster, std::string_view name, bool only_without_account) {
  xlsx::Sheet s;
  s.name = std::string(name);
  s.freeze_first_row = true;
  s.column_widths = {kNameWidth, kIdWidth, kCategoryWidth, kMonthWidth, kAmountWidth,
                     kAccountWidth, kBankWidth, kVillageWidth};
  const bool remark = !only_without_account;  // every line on 无账号 lacks one: no 备注 column there
  xlsx::Row head = header_row(core::kPaymentRosterHeader);
  if (!remark) head.pop_back();
  else s.column_widths.push_back(kRemarkWidth);
  s.rows.reserve(roster.lines.size() + 2);
  s.rows.push_back(std::move(head));
  core::Fen total = 0;
  for (const auto& l : roster.lines) {
    if (only_without_account && l.has_account()) continue;
    s.rows.push_back(line_row(roster, l, remark));
    total += l.amount_fen;
  }
  s.rows.push_back(total_row(s.column_widths.size(), total));
  return s;
}

xlsx::Sheet summary_sheet(const core::PaymentRoster& roster) {
  xlsx::Sheet s;
  s.name = std::string(core::kSummarySheet);
  s.column_widths = {kCategoryWidth, 10, kAmountWidth + 2, 12};
  s.rows.push_back(header_row(core::kPaymentSummaryHeader));
  for (const auto& t : roster.totals) {
    s.rows.push_back({xlsx::text(std::string(core::benefit_type_name(t.type))), xlsx::integer(t.lines),
                      xlsx::yuan(t.amount_fen), xlsx::integer(t.without_account)});
  }
  s.rows.push_back({xlsx::text(std::string(core::kTotalLabel), Style::Total), xlsx::integer(roster.line_count, Style::Total),
                    xlsx::yuan(roster.total_fen, Style::Total), xlsx::integer(roster.without_account, Style::Total)});
  return s;
}

}  // namespace

xlsx::Book payment_roster_book(const core::PaymentRoster& roster) {
  xlsx::Book b;
  b.title = core::payment_roster_file_name(roster.month, "xlsx");
  b.subject = roster.month;
  b.sheets.push_back(detail_sheet(roster, core::kDetailSheet, false));
  b.sheets.push_back(detail_sheet(roster, core::kNoAccountSheet, true));
  b.sheets.push_back(summary_sheet(roster));
  return b;
}

base::Result<std::string> payment_roster_csv_bytes(const core::PaymentRoster& roster, RosterEncoding encoding) {
  const bool gb18030 = encoding == RosterEncoding::Gb18030;
  std::string text = core::payment_roster_csv(roster, !gb18030);
  if (!gb18030) return text;
  auto converted = to_gb18030(text);
  if (!converted) return base::Error{"the roster cannot be written in GB18030: " + converted.error().message};
  return std::move(converted.value());
}

base::Status write_payment_roster(const core::PaymentRoster& roster, RosterFormat format, RosterEncoding encoding,
                                  const std::filesystem::path& out, const std::function<base::Status()>& before_publish) {
  if (format == RosterFormat::Xlsx) return xlsx::write_book(payment_roster_book(roster), out, before_publish);
  auto bytes = payment_roster_csv_bytes(roster, encoding);
  if (!bytes) return bytes.error();
  auto file = AtomicFile::create(out);
  if (!file) return file.error();
  if (auto s = file->write(*bytes); !s) return s;
  if (before_publish)
    if (auto s = before_publish(); !s) return s;
  return file->commit();
}

base::Status export_payment_roster(store::Database& db, const store::HallKey& key, const core::PaymentRoster& roster,
                                   const RosterExportLook& look, RosterFormat format, RosterEncoding encoding,
                                   const std::filesystem::path& out) {
  // The audit (tens of thousands of rows: about as long as writing the workbook) runs beside the
  // writing; the file becomes `out` only once the audit is committed.
  auto audited = std::async(std::launch::async, [&] {
    return store::AuditLog(db, key).record_many(look.at, look.who, core::payment_roster_people(roster),
                                                store::kWhyRosterExport);
  });
  auto s = write_payment_roster(roster, format, encoding, out, [&]() -> base::Status {
    if (auto a = audited.get(); !a) return base::Error{"the roster's look-ups could not be audited (" + a.error().message + ")"};
    return base::ok();
  });
  // The writing failed before the file was whole: the audit (it uses `db`) is waited for all the
  // same, and its rows stay — the roster was read.
  if (audited.valid()) (void)audited.get();
  return s;
}

}  // namespace app
