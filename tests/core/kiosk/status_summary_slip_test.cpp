// The kiosk's printed summary: masked, dated, the same facts the screen showed.
#include <doctest/doctest.h>

#include "core/kiosk/status_summary_slip.h"
#include "kiosk_strings.h"

using namespace core;

namespace {
std::string all_text(const AcceptanceSlip& s) {
  std::string out;
  for (const auto& b : s.blocks)
    if (b.kind == SlipBlock::Kind::Line) out += b.line.text + "\n";
  return out;
}
}  // namespace

TEST_CASE("status summary slip: masked identity, date, benefits, payments, open applications, no QR") {
  KioskStatus k;
  k.name_masked = "张*三";
  k.id_masked = "320102********0015";
  k.benefits.push_back(Benefit{"", BenefitType::RuralDibao, BenefitStatus::Active, 78000, "2023-03-01", "2027-03-01"});
  k.payments.push_back(PaymentRecord{"", BenefitType::RuralDibao, "2026-10", 78000, "2026-10-10", "惠农一卡通",
                                     PaymentStatus::Failed});
  ApplicationProgress p;
  p.acceptance_no = "320102-01-20261118-0101";
  p.item_name = "临时救助申请";
  p.status = ApplicationStatus::NeedsSupplement;
  p.due = "2026-12-02";
  p.missing_materials = {"医疗费用票据"};
  k.applications.push_back(p);
  const auto slip = make_status_summary_slip(k, {"锁金村街道便民服务中心", "025-84000000", {2026, 11, 23, 10, 5, 0, 1}},
                                             test_support::kiosk_strings(), Language::ZhCN);
  const std::string text = all_text(slip);
  CHECK(text.find("张*三") != std::string::npos);
  CHECK(text.find("320102********0015") != std::string::npos);
  CHECK(text.find("2026-11-23 10:05") != std::string::npos);
  CHECK(text.find("农村低保  在保  每月780.00元") != std::string::npos);
  CHECK(text.find("2026-10 农村低保 780.00元 发放失败") != std::string::npos);
  CHECK(text.find("320102-01-20261118-0101") != std::string::npos);
  CHECK(text.find("需补交：医疗费用票据") != std::string::npos);
  CHECK(text.find("025-84000000") != std::string::npos);
  CHECK(slip.qr_payload.empty());
  for (const auto& b : slip.blocks) CHECK(b.kind != SlipBlock::Kind::Qr);
}
