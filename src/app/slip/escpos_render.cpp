#include "app/slip/escpos_render.h"

#include <algorithm>
#include <cstdio>

#include "app/slip/printer_text.h"
#include "base/utf8.h"

namespace app::slip {

namespace {

using devices::printer::Align;

constexpr std::uint8_t kPageGapGrey = 200;

std::string hex_bytes(const devices::printer::Bytes& b) {
  std::string s;
  char h[4];
  for (auto v : b) {
    std::snprintf(h, sizeof h, "%02X ", v);
    s += h;
  }
  if (!s.empty()) s.pop_back();
  return s;
}

app::qr::QrErrorLevel level_of(devices::printer::QrLevel l) {
  switch (l) {
    case devices::printer::QrLevel::L: return app::qr::QrErrorLevel::L;
    case devices::printer::QrLevel::M: return app::qr::QrErrorLevel::M;
    case devices::printer::QrLevel::Q: return app::qr::QrErrorLevel::Q;
    case devices::printer::QrLevel::H: return app::qr::QrErrorLevel::H;
  }
  return app::qr::QrErrorLevel::L;
}

class Paper {
 public:
  Paper(SlipFont& font, int width) : font_(font), canvas_(width), columns_(width / kCellDots) {}

  // Draws one operation; false (and nothing drawn) when the paper would pass kMaxPaperDots.
  bool apply(const devices::printer::PrinterOp& op, std::vector<std::string>& problems) {
    if (!fits(op)) return false;
    std::visit([&](const auto& o) { on(o, problems); }, op);
    return y_ <= kMaxPaperDots;
  }
  int length() const { return y_; }

  void end_page() {
    flush_line();
    canvas_.ensure_rows(y_ + kPageGapDots);
    for (int r = y_; r < y_ + kPageGapDots; ++r)
      for (int x = 0; x < canvas_.width(); ++x) canvas_.darken(x, r, 255 - kPageGapGrey);
    y_ += kPageGapDots;
  }

  app::qr::GrayImage finish() && {
    flush_line();
    canvas_.ensure_rows(std::max(y_, 1));
    return std::move(canvas_).take();
  }

 private:
  struct Run {
    std::string utf8;
    devices::printer::TextStyle style;
  };

  void on(const devices::printer::TextOp& t, std::vector<std::string>&) {
    const std::string_view raw(reinterpret_cast<const char*>(t.bytes.data()), t.bytes.size());
    const std::string utf8 = t.style.chinese ? gb18030_to_utf8_lossy(raw) : cp437_to_utf8_lossy(raw);
    const int sx = t.style.double_width ? 2 : 1;
    if (runs_.empty()) line_align_ = t.style.align;
    for (char32_t cp : base::decode_utf8(utf8)) {
      const int w = cells_of(cp) * sx;
      if (line_cells_ + w > columns_) flush_line(true);
      if (runs_.empty() || !(runs_.back().style == t.style)) runs_.push_back(Run{{}, t.style});
      base::append_utf8(runs_.back().utf8, cp);
      line_cells_ += w;
    }
  }
  void on(const devices::printer::FeedOp& f, std::vector<std::string>&) {
    if (f.dots > 0) {
      flush_line(false);
      y_ += f.dots;
      return;
    }
    const int line = flush_line(false);
    y_ += f.lines == 0 ? line : std::max(line, kLineDots) + kLineDots * (f.lines - 1);
  }
  void on(const devices::printer::QrOp& q, std::vector<std::string>& problems) {
    flush_line(true);
    const std::string text(q.data.begin(), q.data.end());
    auto modules = app::qr::encode_qr(text, level_of(q.level));
    if (!modules) {
      problems.push_back("QR code not printable: " + modules.error().message);
      return;
    }
    const auto img = app::qr::render_qr(*modules, q.module_dots, 0);
    canvas_.blit(img, x_for(q.align, img.width), y_);
    y_ += img.height;
  }
  void on(const devices::printer::RasterOp& r, std::vector<std::string>&) {
    flush_line(true);
    const int sx = (r.scale_mode & 1) ? 2 : 1, sy = (r.scale_mode & 2) ? 2 : 1;
    canvas_.blit_bits(r.bits, r.bytes_per_row, r.rows, x_for(r.align, r.bytes_per_row * 8 * sx), y_, sx, sy);
    y_ += r.rows * sy;
  }
  void on(const devices::printer::CutOp&, std::vector<std::string>&) {}  // pages are split by the caller
  void on(const devices::printer::InitOp&, std::vector<std::string>&) {}
  void on(const devices::printer::StatusRequestOp&, std::vector<std::string>&) {}
  void on(const devices::printer::UnknownOp& u, std::vector<std::string>& problems) {
    problems.push_back("skipped " + u.what + " at byte " + std::to_string(u.offset) + ": " + hex_bytes(u.bytes));
  }

  // Whether the paper stays within kMaxPaperDots after op (the pending line, a page gap and the
  // op's own height at their largest).
  bool fits(const devices::printer::PrinterOp& op) const {
    long long h = 2LL * kLineDots + kPageGapDots;
    if (const auto* f = std::get_if<devices::printer::FeedOp>(&op)) h += f->dots + 2LL * kLineDots * f->lines;
    else if (const auto* r = std::get_if<devices::printer::RasterOp>(&op)) h += 2LL * r->rows;
    else if (const auto* q = std::get_if<devices::printer::QrOp>(&op)) h += 177LL * std::max(q->module_dots, 1) + 8;
    else if (const auto* c = std::get_if<devices::printer::CutOp>(&op)) h += c->feed_dots;
    return y_ + h <= kMaxPaperDots;
  }

  int x_for(Align a, int width) const {
    if (a == Align::Center) return std::max(0, (canvas_.width() - width) / 2);
    if (a == Align::Right) return std::max(0, canvas_.width() - width);
    return 0;
  }

  // Prints the pending line at y_; returns its height. advance: also move below it (a wrap, or
  // an image that follows).
  int flush_line(bool advance = false) {
    if (runs_.empty()) return 0;
    int width = 0, sy = 1;
    for (const auto& r : runs_) {
      width += cells_of(r.utf8) * kCellDots * (r.style.double_width ? 2 : 1);
      sy = std::max(sy, r.style.double_height ? 2 : 1);
    }
    const int height = kLineDots * sy;
    int x = x_for(line_align_, width);
    for (const auto& r : runs_) {
      // Text of a taller line sits on the common baseline, as printers align it.
      const int top = y_ + (sy == 2 && !r.style.double_height ? kGlyphDots : 0);
      x += font_.draw(canvas_, x, top, r.utf8, CellStyle{r.style.bold, r.style.double_width, r.style.double_height});
    }
    canvas_.ensure_rows(y_ + height);
    runs_.clear();
    line_cells_ = 0;
    if (advance) y_ += height;
    return height;
  }

  SlipFont& font_;
  Canvas canvas_;
  int columns_;
  int y_ = 0;
  std::vector<Run> runs_;
  int line_cells_ = 0;
  Align line_align_ = Align::Left;
};

base::Error too_long() {
  return base::Error{"the stream feeds more than " + std::to_string(kMaxPaperDots / 8 / 1000) +
                     " m of paper (" + std::to_string(kMaxPaperDots) + " dots); refused"};
}

// Pages and the paper they are drawn on, an operation at a time.
class PageRun {
 public:
  PageRun(SlipFont& font, int paper_dots) : paper_(font, paper_dots) {}
  bool add(const devices::printer::PrinterOp& op) {
    if (!paper_.apply(op, out_.problems)) return false;
    open_ = true;
    if (std::holds_alternative<devices::printer::CutOp>(op)) {
      paper_.end_page();
      ++out_.pages;
      open_ = false;
    }
    return paper_.length() <= kMaxPaperDots;
  }
  Printout finish() && {
    if (open_) ++out_.pages;
    out_.image = std::move(paper_).finish();
    return std::move(out_);
  }

 private:
  Paper paper_;
  Printout out_;
  bool open_ = false;
};

}  // namespace

base::Result<Printout> render_pages(const std::vector<devices::printer::PrintedPage>& pages, SlipFont& font,
                                    int paper_dots) {
  Printout out;
  Paper paper(font, paper_dots);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    for (const auto& op : pages[i])
      if (!paper.apply(op, out.problems)) return too_long();
    const bool cut = !pages[i].empty() && std::holds_alternative<devices::printer::CutOp>(pages[i].back());
    if (cut) paper.end_page();
    if (paper.length() > kMaxPaperDots) return too_long();
  }
  out.pages = static_cast<int>(pages.size());
  out.image = std::move(paper).finish();
  return out;
}

base::Result<Printout> render_escpos(std::span<const std::uint8_t> bytes, SlipFont& font, int paper_dots) {
  constexpr std::size_t kSlice = 4096;
  devices::printer::EscPosParser parser;
  PageRun run(font, paper_dots);
  for (std::size_t at = 0; at < bytes.size(); at += kSlice) {
    parser.feed(bytes.subspan(at, std::min(kSlice, bytes.size() - at)));
    for (const auto& op : parser.take_ops())
      if (!run.add(op)) return too_long();
  }
  parser.finish();
  for (const auto& op : parser.take_ops())
    if (!run.add(op)) return too_long();
  return std::move(run).finish();
}

}  // namespace app::slip
