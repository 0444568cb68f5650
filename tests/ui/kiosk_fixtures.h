#pragma once
// A resident's visit built directly as state, for drawing the kiosk screens without a store: two
// benefits (one suspended), twelve payments (one failed, one pending), two open applications (one
// waiting for materials) and a hint.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "app/catalog_file.h"
#include "core/app_state.h"

namespace uitest {

inline constexpr const char* kResidentId = "320102194901011234";

inline core::KioskStatus sample_status() {
  core::KioskStatus st;
  st.name_masked = "张*三";
  st.id_masked = "320102********1234";
  st.benefits.push_back({kResidentId, core::BenefitType::RuralDibao, core::BenefitStatus::Active, 52850, "2020-03-01",
                         "2027-03-01"});
  st.benefits.push_back({kResidentId, core::BenefitType::OldAgeAllowance, core::BenefitStatus::Suspended, 10000,
                         "2024-06-01", "2026-12-15"});
  for (int i = 0; i < 12; ++i) {
    const int month = 11 - i;  // 2026-11 back to 2025-12
    const int year = month >= 1 ? 2026 : 2025;
    const int m = month >= 1 ? month : month + 12;
    char period[8], paid[11];
    std::snprintf(period, sizeof period, "%04d-%02d", year, m);
    std::snprintf(paid, sizeof paid, "%04d-%02d-15", year, m);
    core::PaymentRecord p;
    p.id_number = kResidentId;
    p.type = i % 2 == 0 ? core::BenefitType::RuralDibao : core::BenefitType::OldAgeAllowance;
    p.period = period;
    p.amount_fen = p.type == core::BenefitType::RuralDibao ? 52850 : 10000;
    p.paid_on = paid;
    p.channel = "惠农一卡通";
    p.status = i == 0 ? core::PaymentStatus::Pending : i == 2 ? core::PaymentStatus::Failed : core::PaymentStatus::Paid;
    if (p.status != core::PaymentStatus::Paid) p.paid_on.clear();
    st.payments.push_back(p);
  }
  core::ApplicationProgress a;
  a.acceptance_no = "320102-01-20261101-0007";
  a.item_code = "linshi";
  a.item_name = "临时救助申请";
  a.status = core::ApplicationStatus::Reviewing;
  a.accepted_on = "2026-11-01";
  a.due = "2026-11-20";
  for (auto step : core::kProgressLine) a.steps.push_back({step, "", false});
  a.steps[0].reached_on = "2026-11-01";
  a.steps[1].reached_on = "2026-11-03";
  a.steps[1].current = true;
  a.review_steps = {{"入户调查", "2026-11-03"}, {"民主评议", ""}, {"家庭经济状况核对", ""}};
  st.applications.push_back(a);

  core::ApplicationProgress b;
  b.acceptance_no = "320102-01-20261110-0012";
  b.item_code = "canji";
  b.item_name = "残疾人两项补贴申请";
  b.status = core::ApplicationStatus::NeedsSupplement;
  b.accepted_on = "2026-11-10";
  b.due = "2026-12-08";
  for (auto step : core::kProgressLine) b.steps.push_back({step, "", false});
  b.steps[0].reached_on = "2026-11-10";
  b.steps[1].reached_on = "2026-11-12";
  b.side_on = "2026-11-16";
  b.missing_materials = {"残疾人证（第二代，须在有效期内）", "户口簿（户主页及本人页，原件和复印件）"};
  b.review_steps = {{"入户调查", "2026-11-12"}, {"民主评议", ""}};
  st.applications.push_back(b);

  core::ApplicationProgress c;
  c.acceptance_no = "320102-01-20261020-0003";
  c.item_code = "dibao";
  c.item_name = "最低生活保障（低保）申请";
  c.status = core::ApplicationStatus::Rejected;
  c.accepted_on = "2026-10-20";
  c.due = "2026-12-01";
  for (auto step : core::kProgressLine) c.steps.push_back({step, "", false});
  c.steps[0].reached_on = "2026-10-20";
  c.steps[1].reached_on = "2026-10-22";
  c.side_on = "2026-11-18";
  c.note = "家庭人均收入高于当地低保标准";
  c.review_steps = {{"入户调查", "2026-10-22"}, {"民主评议", "2026-10-25"}, {"家庭经济状况核对", ""}};
  st.applications.push_back(c);

  st.hints.push_back({"gaoling", "高龄津贴（90–99 周岁）", "年满90周岁，可申请高龄津贴",
                      {"身份证", "户口簿", "银行卡/惠农一卡通账号"}});
  return st;
}

// The shipped service catalog (assets/catalog/items.toml), as the kiosk's 办事指南 loads it.
inline std::shared_ptr<const core::ServiceCatalog> shipped_catalog() {
  static const auto catalog = [] {
    auto c = app::load_catalog_file(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/catalog/items.toml");
    return c.ok() ? std::make_shared<const core::ServiceCatalog>(std::move(*c)) : nullptr;
  }();
  return catalog;
}

inline core::ApplicationProgress sample_progress() { return sample_status().applications[1]; }

// `base` (a terminal's state: devices, hall, time) turned into a visit on `screen`.
inline core::AppState visit_state(core::AppState s, core::ScreenId screen, bool large = false,
                                  core::Language lang = core::Language::ZhCN) {
  s.screen = screen;
  s.language = lang;
  s.kiosk.large_text = large;
  base::IdCardRecord card;
  card.name = "张三丰";
  card.id_number = kResidentId;
  card.birth = "1949-01-01";
  switch (screen) {
    case core::ScreenId::CardReading: s.kiosk.reading = true; break;
    case core::ScreenId::ResidentStatus:
      s.kiosk.card = card;
      s.kiosk.status = sample_status();
      break;
    case core::ScreenId::UnknownPerson:
      s.kiosk.card = card;
      s.kiosk.unknown_hints = sample_status().hints;
      break;
    case core::ScreenId::SlipProgress:
      s.kiosk.slip_acceptance_no = sample_progress().acceptance_no;
      s.kiosk.progress = sample_progress();
      break;
    case core::ScreenId::KioskMessage: s.kiosk.message_key = "kiosk.store_down"; break;
    case core::ScreenId::KioskGuide: s.guide_catalog = shipped_catalog(); break;
    case core::ScreenId::KioskGuideItem:  // the item with the most to say
      s.guide_catalog = shipped_catalog();
      s.kiosk.guide.item_code = "dibao";
      break;
    case core::ScreenId::KioskRating:  // 不满意 chosen: the reasons shown, the panel at its tallest
      s.rating.open = true;
      s.rating.level = 2;
      break;
    default: break;
  }
  return s;
}

}  // namespace uitest
