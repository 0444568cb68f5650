#include "ui/screens/kiosk/print_corner.h"

#include "core/text/i18n.h"

namespace ui::screens {

PrintCorner print_corner(const core::AppState& s, UiContext& ui, std::string_view print_key, core::Event print) {
  const Theme& t = ui.theme;
  PrintCorner pc;
  pc.press = std::move(print);
  switch (s.kiosk.print) {
    case core::KioskPrint::Printing: pc.line = ui.tr("kiosk.printing"); pc.color = t.ink; return pc;
    case core::KioskPrint::Printed:
      pc.line = ui.tr("kiosk.printed");
      pc.color = t.ok;
      if (s.kiosk.paper) {
        pc.button = true;
        pc.label = ui.tr("kiosk.show_paper");
        pc.press = core::intent::ShowPaper{true};
      }
      return pc;
    case core::KioskPrint::Failed: {
      const std::string& key = s.kiosk.print_problem_key;
      // A printer state (缺纸) reads as the reason; a whole sentence stands as it is.
      pc.line = key.rfind("printer.", 0) == 0 ? core::format(ui.tr("kiosk.print_failed_because"), {ui.tr(key)})
                                              : std::string(ui.tr(key.empty() ? "kiosk.print_failed" : key));
      pc.color = t.fault;
      break;
    }
    case core::KioskPrint::None: break;
  }
  if (s.printer_ready()) {
    pc.button = true;
    pc.label = ui.tr(print_key);
    return pc;
  }
  if (pc.line.empty()) {
    const bool connected = s.device(base::DeviceKind::Printer).link == core::DeviceLink::Connected;
    pc.line = connected && s.printer_trouble != core::PrinterTrouble::None
                  ? core::format(ui.tr("kiosk.print_unavailable"), {ui.tr(core::printer_trouble_key(s.printer_trouble))})
                  : std::string(ui.tr("kiosk.no_printer"));
    pc.color = t.ink_muted;
  }
  return pc;
}

}  // namespace ui::screens
