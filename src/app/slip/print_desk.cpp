#include "app/slip/print_desk.h"

#include "app/paths.h"
#include "app/slip/printer_profile_file.h"

namespace app::slip {

base::Result<PrintDesk> PrintDesk::open(const core::Config& config) {
  PrintDesk d;
  auto profile = load_named_profile(paths::assets_dir(), config.printer.profile);
  if (!profile) return profile.error();
  d.profile_ = std::move(*profile);
  d.mode_ = config.printer.mode.empty() ? default_mode(d.profile_) : slip_mode_from(config.printer.mode).value_or(default_mode(d.profile_));
  auto font = SlipFont::open(config.fonts.chain);
  if (!font) return font.error();
  d.font_ = std::move(*font);
  return d;
}

base::Result<devices::printer::Bytes> PrintDesk::job_bytes(const core::AcceptanceSlip& slip) {
  return slip_to_escpos(slip, profile_, *font_, mode_);
}

base::Result<app::qr::GrayImage> PrintDesk::paper(const std::vector<devices::printer::PrintedPage>& pages) {
  auto printout = render_pages(pages, *font_, profile_.paper_dots);
  if (!printout) return printout.error();
  return std::move(printout->image);
}

base::Result<app::qr::GrayImage> PrintDesk::preview(const core::AcceptanceSlip& slip) {
  return render_slip_image(slip, profile_, *font_);
}

}  // namespace app::slip
