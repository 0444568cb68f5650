#include "app/slip/slip_render.h"

#include <algorithm>

#include "app/slip/printer_text.h"
#include "app/text_encoding.h"

namespace app::slip {

namespace {

using core::SlipBlock;
using devices::printer::Align;

CellStyle cell_style(const core::SlipLine& l) {
  const bool dbl = l.size == core::SlipSize::Double;
  return CellStyle{l.bold, dbl, dbl};
}

int columns_for(const devices::printer::PrinterProfile& p, const core::SlipLine& l) {
  const int cols = p.paper_dots / kCellDots;
  return l.size == core::SlipSize::Double ? cols / 2 : cols;
}

Align align_of(core::SlipAlign a) {
  switch (a) {
    case core::SlipAlign::Center: return Align::Center;
    case core::SlipAlign::Right: return Align::Right;
    default: return Align::Left;
  }
}

int aligned_x(Align a, int paper, int width) {
  switch (a) {
    case Align::Center: return std::max(0, (paper - width) / 2);
    case Align::Right: return std::max(0, paper - width);
    default: return 0;
  }
}

// One wrapped piece of a slip line drawn at y; returns the height used.
int draw_piece(Canvas& c, SlipFont& font, const std::string& piece, const core::SlipLine& l, int paper, int y) {
  const CellStyle st = cell_style(l);
  const int sx = st.double_width ? 2 : 1, sy = st.double_height ? 2 : 1;
  const int width = cells_of(piece) * kCellDots * sx;
  font.draw(c, aligned_x(align_of(l.align), paper, width), y, piece, st);
  return kLineDots * sy;
}

// A dashed rule in the middle of one line's height, like a row of '-' from the printer's font.
void draw_rule(Canvas& c, int paper, int y) {
  constexpr int kDash = 8, kGap = 4, kThickness = 2;
  for (int x = 0; x < paper; x += kDash + kGap) c.fill(x, y + kLineDots / 2 - 4, std::min(kDash, paper - x), kThickness);
  c.ensure_rows(y + kLineDots);
}

base::Result<app::qr::GrayImage> qr_picture(const std::string& payload, int module_dots) {
  auto modules = app::qr::encode_qr(payload, kSlipQrLevel);
  if (!modules) return modules.error();
  return app::qr::render_qr(*modules, module_dots, 0);
}

std::string dashes(int n) { return std::string(static_cast<std::size_t>(std::max(0, n)), '-'); }

void put_raster(devices::printer::EscPosWriter& w, const app::qr::GrayImage& image) {
  const PackedRaster r = pack_raster(image);
  for (int y0 = 0; y0 < r.rows; y0 += kRasterBandRows) {
    const int rows = std::min(kRasterBandRows, r.rows - y0);
    const auto begin = r.bits.begin() + static_cast<std::ptrdiff_t>(y0) * r.bytes_per_row;
    w.raster(std::span(&*begin, static_cast<std::size_t>(rows * r.bytes_per_row)), r.bytes_per_row, rows);
  }
}

}  // namespace

std::optional<SlipMode> slip_mode_from(std::string_view name) {
  if (name == "text") return SlipMode::Text;
  if (name == "raster") return SlipMode::Raster;
  return std::nullopt;
}

SlipMode default_mode(const devices::printer::PrinterProfile& p) { return p.chinese_font ? SlipMode::Text : SlipMode::Raster; }

base::Result<app::qr::GrayImage> render_slip_image(const core::AcceptanceSlip& slip,
                                                   const devices::printer::PrinterProfile& profile, SlipFont& font) {
  const int paper = profile.paper_dots;
  Canvas c(paper);
  int y = kTopMarginDots;
  for (const SlipBlock& b : slip.blocks) {
    switch (b.kind) {
      case SlipBlock::Kind::Line:
        for (const auto& piece : wrap_cells(b.line.text, columns_for(profile, b.line), b.line.hanging_indent))
          y += draw_piece(c, font, piece, b.line, paper, y);
        break;
      case SlipBlock::Kind::Rule:
        draw_rule(c, paper, y);
        y += kLineDots;
        break;
      case SlipBlock::Kind::Qr: {
        auto qr = qr_picture(b.qr, profile.qr_module_dots);
        if (!qr) return qr.error();
        c.blit(*qr, aligned_x(Align::Center, paper, qr->width), y);
        y += qr->height;
        break;
      }
      case SlipBlock::Kind::Space:
        y += kLineDots * b.space_lines;
        break;
    }
  }
  c.ensure_rows(y);
  c.threshold();
  return std::move(c).take();
}

int raster_line_count(const core::AcceptanceSlip& slip, const devices::printer::PrinterProfile& profile) {
  int n = 0;
  for (const SlipBlock& b : slip.blocks)
    if (b.kind == SlipBlock::Kind::Line)
      for (const auto& piece : wrap_cells(b.line.text, columns_for(profile, b.line), b.line.hanging_indent))
        n += printer_font_covers(piece, profile) ? 0 : 1;
  return n;
}

base::Result<devices::printer::Bytes> slip_to_escpos(const core::AcceptanceSlip& slip, const devices::printer::PrinterProfile& profile,
                                            SlipFont& font, SlipMode mode) {
  devices::printer::EscPosWriter w;
  w.init();
  if (mode == SlipMode::Raster) {
    auto image = render_slip_image(slip, profile, font);
    if (!image) return image.error();
    put_raster(w, *image);
  } else {
    const int paper = profile.paper_dots;
    w.feed_dots(kTopMarginDots);  // the same white margin the raster picture starts with
    if (profile.chinese_font) w.chinese_mode(true);
    for (const SlipBlock& b : slip.blocks) {
      switch (b.kind) {
        case SlipBlock::Kind::Line: {
          const CellStyle st = cell_style(b.line);
          for (const auto& piece : wrap_cells(b.line.text, columns_for(profile, b.line), b.line.hanging_indent)) {
            if (printer_font_covers(piece, profile)) {
              auto gb = to_gb18030(piece);
              if (!gb) return gb.error();
              w.align(align_of(b.line.align)).bold(st.bold).size(st.double_width, st.double_height);
              w.text(*gb).line_feed();
            } else {  // a character the printer's font lacks: this line as a picture
              Canvas c(paper);
              draw_piece(c, font, piece, b.line, paper, 0);
              c.ensure_rows(kLineDots * (st.double_height ? 2 : 1));
              c.threshold();
              w.align(Align::Left);
              put_raster(w, std::move(c).take());
            }
          }
          w.bold(false).size(false, false);
          break;
        }
        case SlipBlock::Kind::Rule:
          w.align(Align::Left).text(dashes(paper / kCellDots)).line_feed();
          break;
        case SlipBlock::Kind::Qr:
          if (profile.native_qr) {
            w.align(Align::Center).qr_code(b.qr, profile.qr_module_dots, devices::printer::QrLevel::M);
          } else {
            auto qr = qr_picture(b.qr, profile.qr_module_dots);
            if (!qr) return qr.error();
            w.align(Align::Center);
            put_raster(w, *qr);
          }
          break;
        case SlipBlock::Kind::Space:
          w.line_feed(b.space_lines);
          break;
      }
    }
    w.align(Align::Left);
    if (profile.chinese_font) w.chinese_mode(false);
  }
  w.feed_lines(static_cast<std::uint8_t>(std::clamp(profile.feed_before_cut, 0, 255)));
  w.cut(devices::printer::Cut::Partial);
  return w.take();
}

}  // namespace app::slip
