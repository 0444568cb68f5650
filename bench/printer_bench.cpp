// Slip model → ESC/POS bytes in text and raster mode (target: raster at 576 dots ≤ 10 ms), bytes
// per slip in each mode, and the virtual printer's render time. Plain lines, one number each.
//   build-*/bench/printer_bench [iterations]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "app/i18n_file.h"
#include "app/paths.h"
#include "app/qr/slip_signer.h"
#include "app/slip/escpos_render.h"
#include "app/slip/slip_render.h"
#include "core/domain/acceptance_slip.h"

namespace {

core::AcceptanceSlip sample_slip(const core::Catalog& words) {
  core::Application a;
  a.acceptance_no = "320102-01-20261123-0042";
  a.item_code = "dibao";
  a.applicant_id = "320102198001011234";
  a.applicant_name = "䶮一鸣";
  a.materials = {{"a", "最低生活保障申请审批表", true, true}, {"b", "户口簿", true, true},
                 {"c", "家庭成员收入证明", true, false}, {"d", "家庭财产状况申报表", true, false}};
  a.accepted_at = "2026-11-23 10:32:05";
  a.due = "2026-12-21";
  (void)core::open_application(a, core::ApplicationStatus::Accepted, "A01", a.accepted_at, "");
  app::qr::SlipSigner::Key key{};
  key.fill(7);
  core::SlipContext c;
  c.hall_name = "玄武区锁金村街道便民服务中心";
  c.hall_phone = "025-84000000";
  c.counter = "01号窗口";
  c.item_name = "最低生活保障（低保）申请";
  c.qr_payload = *app::qr::SlipSigner(key).sign(a.acceptance_no);
  return core::make_acceptance_slip(a, c, words);
}

double median_ms(int n, const std::function<void()>& f) {
  std::vector<double> t;
  for (int i = 0; i < n; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 50;
  auto font = app::slip::SlipFont::open_default();
  if (!font) {
    std::fprintf(stderr, "printer_bench: %s\n", font.error().message.c_str());
    return 1;
  }
  auto words = app::load_catalog(app::paths::assets_dir() / "i18n");
  if (!words) {
    std::fprintf(stderr, "printer_bench: %s\n", words.error().message.c_str());
    return 1;
  }
  const auto slip = sample_slip(*words);
  for (int dots : {devices::printer::kDots80mm, devices::printer::kDots58mm}) {
    devices::printer::PrinterProfile profile;
    profile.paper_dots = dots;
    profile.qr_module_dots = dots == devices::printer::kDots80mm ? 6 : 5;
    const auto cold0 = std::chrono::steady_clock::now();
    auto first = app::slip::slip_to_escpos(slip, profile, **font, app::slip::SlipMode::Raster);
    const double cold = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cold0).count();
    for (auto mode : {app::slip::SlipMode::Text, app::slip::SlipMode::Raster}) {
      const char* name = mode == app::slip::SlipMode::Text ? "text" : "raster";
      devices::printer::Bytes bytes;
      const double ms = median_ms(n, [&] { bytes = *app::slip::slip_to_escpos(slip, profile, **font, mode); });
      std::printf("slip_to_escpos %s %d dots: %.3f ms median, %zu bytes\n", name, dots, ms, bytes.size());
      const double render =
          median_ms(std::max(1, n / 5), [&] { (void)*app::slip::render_escpos(bytes, **font, dots); });
      std::printf("virtual printer render %s %d dots: %.3f ms median\n", name, dots, render);
    }
    std::printf("slip_to_escpos raster %d dots, first call (cold glyph cache): %.3f ms\n", dots, cold);
    (void)first;
  }
  return 0;
}
