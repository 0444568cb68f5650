#pragma once
// Turns slips into print jobs for the configured printer ([printer] profile and mode): loads the
// profile and the slip font once, then gives the ESC/POS bytes of any slip and the image it will
// print (the on-screen preview is that very image). Used on a worker thread only.
#include <memory>

#include "app/qr/qr_image.h"
#include "app/slip/escpos_render.h"
#include "app/slip/slip_font.h"
#include "app/slip/slip_render.h"
#include "core/domain/acceptance_slip.h"
#include "core/config.h"
#include "base/result.h"
#include "devices/printer/printer_profile.h"

namespace app::slip {

class PrintDesk {
 public:
  static base::Result<PrintDesk> open(const core::Config& config);

  base::Result<devices::printer::Bytes> job_bytes(const core::AcceptanceSlip& slip);
  base::Result<app::qr::GrayImage> preview(const core::AcceptanceSlip& slip);
  // What a printer put on paper (the virtual printer's last page), drawn at this paper width.
  // An error when the pages need more paper than a render draws (slip::kMaxPaperDots).
  base::Result<app::qr::GrayImage> paper(const std::vector<devices::printer::PrintedPage>& pages);
  const devices::printer::PrinterProfile& profile() const { return profile_; }
  SlipMode mode() const { return mode_; }

 private:
  PrintDesk() = default;
  devices::printer::PrinterProfile profile_;
  SlipMode mode_ = SlipMode::Text;
  std::shared_ptr<SlipFont> font_;
};

}  // namespace app::slip
