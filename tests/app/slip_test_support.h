#pragma once
// A sample application and the pieces to turn it into a slip, shared by the slip tests.
#include <doctest/doctest.h>

#include <memory>

#include "app/i18n_file.h"
#include "app/qr/slip_signer.h"
#include "app/slip/slip_font.h"
#include "core/domain/acceptance_slip.h"
#include "core/domain/application.h"

namespace slip_test {

inline core::Application sample_application(std::string name = "䶮一鸣") {
  core::Application a;
  a.uuid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  a.acceptance_no = "320102-01-20261123-0042";
  a.item_code = "dibao";
  a.applicant_id = "320102198001011234";
  a.applicant_name = std::move(name);
  a.materials = {{"shenqingbiao", "最低生活保障申请审批表", true, true},
                 {"hukoubu", "户口簿", true, true},
                 {"shouru", "家庭成员收入证明", true, false},
                 {"caichan", "家庭财产状况申报表", true, false}};
  a.accepted_at = "2026-11-23 10:32:05";
  a.due = "2026-12-21";
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A01", a.accepted_at, "").ok());
  return a;
}

inline app::qr::SlipSigner test_signer() {
  app::qr::SlipSigner::Key key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i * 7 + 1);
  return app::qr::SlipSigner(key);
}

// The shipped sentences (assets/i18n): the golden slips hold them to the bytes printed before.
inline const core::Catalog& words() {
  static const core::Catalog w = [] {
    auto c = app::load_catalog(ONEWINDOW_SOURCE_DIR "/assets/i18n");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
    return *c;
  }();
  return w;
}

inline core::AcceptanceSlip sample_slip(const core::Application& a) {
  core::SlipContext c;
  c.hall_name = "玄武区锁金村街道便民服务中心";
  c.hall_phone = "025-84000000";
  c.counter = "01号窗口";
  c.item_name = "最低生活保障（低保）申请";
  auto payload = test_signer().sign(a.acceptance_no);
  REQUIRE(payload.ok());
  c.qr_payload = *payload;
  return core::make_acceptance_slip(a, c, words());
}

inline app::slip::SlipFont& font() {
  static std::shared_ptr<app::slip::SlipFont> f = [] {
    auto r = app::slip::SlipFont::open_default();
    REQUIRE(r.ok());
    return *r;
  }();
  return *f;
}

}  // namespace slip_test
