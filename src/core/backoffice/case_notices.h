#pragma once
// The papers a back-office decision hands out (issue 19), as pure builders: the facts are read from
// a stored application (or the store's list of cases on notice, store/case_notice_source.h) and
// laid out as the same slip model the acceptance slip uses, so the receipt printer prints them in
// text or raster mode through app::slip::PrintDesk:
//   补正通知      what the resident still has to bring, and where;
//   不予批准告知书 the reason, and how to appeal (行政复议 within 60 days, 行政诉讼 within 6 months);
//   公示名单      the cases on notice with masked names and ID numbers, on the receipt printer, and
//                 as the table of the A4 sheet (app/slip/publicity_pdf.h draws it).
// Words are the catalog's notice.* (and the slip's labels); papers are printed in
// core::kRecordLanguage like every slip the hall hands out.
//
// How a screen prints one (the back office's services, off the UI thread):
//   auto facts = core::supplement_notice_of(application, catalog);      // or rejection_notice_of
//   if (auto* n = std::get_if<core::SupplementNotice>(&facts))
//     slip = core::make_supplement_slip(*n, core::NoticeContext{hall.name, hall.phone, today}, words,
//                                       core::kRecordLanguage);
//   then desk.job_bytes(slip) and print, as KioskServices prints the summary slip. The decision is
// committed before the paper is built: paper out only means "reprint", never "decide again".
#include <string>
#include <variant>
#include <vector>

#include "core/domain/acceptance_slip.h"
#include "core/domain/application.h"
#include "core/domain/money.h"
#include "core/domain/service_item.h"
#include "core/language.h"
#include "core/text/i18n.h"
#include "core/text/message.h"

namespace core {

// Who prints, and on what day (YYYY-MM-DD).
struct NoticeContext {
  std::string hall_name;
  std::string hall_phone;
  std::string date;
};

struct SupplementNotice {
  std::string acceptance_no;
  std::string applicant_id;    // not printed: for the audit log of who looked at whose data
  std::string applicant_name;  // in full; masked on paper
  std::string item_name;
  std::vector<std::string> missing;  // material names in full, as the resident must bring them
  std::string asked_on;              // YYYY-MM-DD the 补正 was asked (or the day of 容缺受理)
};

struct RejectionNotice {
  std::string acceptance_no;
  std::string applicant_id;    // not printed: for the audit log
  std::string applicant_name;  // in full: the notice is addressed to the applicant
  std::string item_name;
  std::string reason;
  std::string decided_on;  // YYYY-MM-DD
};

// One case on the public notice. Names and ID numbers are masked when laid out.
struct PublicityEntry {
  std::string acceptance_no;
  std::string applicant_name;
  std::string applicant_id;
  std::string item_name;
  std::string starts;  // YYYY-MM-DD, first day of the notice
  std::string ends;    // YYYY-MM-DD, last day
  Fen proposed_fen = 0;  // 0: no amount proposed
};

// The facts of a 补正通知 from a stored application (with its materials and history); a refusal
// (notice.refused.*) when it is not waiting for materials, or they have all arrived.
std::variant<SupplementNotice, Message> supplement_notice_of(const Application& a, const ServiceCatalog& catalog);
// The facts of a 不予批准告知书; a refusal when the application was not rejected.
std::variant<RejectionNotice, Message> rejection_notice_of(const Application& a, const ServiceCatalog& catalog);

AcceptanceSlip make_supplement_slip(const SupplementNotice& n, const NoticeContext& c, const Catalog& words, Language l);
AcceptanceSlip make_rejection_slip(const RejectionNotice& n, const NoticeContext& c, const Catalog& words, Language l);
// The 公示名单 on the receipt printer: one entry per case, in the given order.
AcceptanceSlip make_publicity_slip(const std::vector<PublicityEntry>& entries, const NoticeContext& c,
                                   const Catalog& words, Language l);

// The 公示名单 as the A4 sheet shows it: the heading lines, the table's column titles and its rows
// (already masked and formatted), and the footer sentence pattern for page numbers.
inline constexpr int kPublicityColumns = 5;  // 序号, 姓名, 身份证号, 项目, 拟保障金额
struct PublicitySheet {
  std::string title;
  std::string hall;
  std::string period;     // 公示期：… 至 …
  std::string objection;  // the hall's objection phone sentence
  std::string count;      // 共 N 件
  std::string date;       // the day it is issued
  std::vector<std::string> headers;             // kPublicityColumns titles
  std::vector<std::vector<std::string>> rows;   // kPublicityColumns cells each
  std::string page_pattern;  // "第 {} 页 共 {} 页"
};
PublicitySheet publicity_sheet(const std::vector<PublicityEntry>& entries, const NoticeContext& c, const Catalog& words,
                               Language l);

}  // namespace core
