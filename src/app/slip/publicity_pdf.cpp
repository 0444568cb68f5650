#include "app/slip/publicity_pdf.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <array>
#include <memory>

#include "base/utf8.h"
#include "ui/fonts/font_file.h"

namespace app::slip {
namespace {

// Text sizes (points) and the table's column widths (points; the item column takes the rest).
constexpr double kTitlePt = 18.0;
constexpr double kHeadingPt = 11.0;
constexpr double kCellPt = 10.5;
constexpr double kMinCellPt = 6.5;  // a long item name shrinks to fit its cell, down to this
constexpr double kTwoLineScale = 0.8;  // a cell's text on two lines, at this fraction of its size
constexpr double kFooterPt = 9.0;
constexpr double kCellPaddingPt = 4.0;
constexpr std::array<double, core::kPublicityColumns> kFixedColumnsPt = {36.0, 72.0, 150.0, 0.0, 110.0};
constexpr int kItemColumn = 3;
// The heading block above the table on every page, and the foot below it.
constexpr double kHeadingBlockPt = 118.0;
constexpr double kFootBlockPt = 60.0;

// One FreeType face and what it lives on; cairo owns it through the font face's user data, so the
// face outlives every scaled font cairo keeps in its caches.
struct FaceOwner {
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  std::shared_ptr<ui::FontFile> file;
  ~FaceOwner() {
    if (face) FT_Done_Face(face);
    if (lib) FT_Done_FreeType(lib);
  }
};
const cairo_user_data_key_t kOwnerKey{};

struct FontDeleter {
  void operator()(cairo_font_face_t* f) const { cairo_font_face_destroy(f); }
};
using FontFacePtr = std::unique_ptr<cairo_font_face_t, FontDeleter>;

struct Face {
  FT_Face ft = nullptr;
  FontFacePtr cairo;  // the FreeType face
  FontFacePtr drawn;  // what the PDF gets: a user font whose glyphs are that face's outlines
};

// Why glyphs go into the PDF as outlines (a Type 3 font) and not as the embedded CFF font: cairo
// 1.16's CFF subsetter drops some glyphs of Noto Sans CJK SC (face 2 of the collection) — 如 came
// out blank in every viewer — and a public notice must not lose a character of a name. The text
// still maps back to Unicode (pdftotext reads it).
const cairo_user_data_key_t kOutlineKey{};

cairo_font_face_t* outline_source(cairo_scaled_font_t* scaled) {
  return static_cast<cairo_font_face_t*>(cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaled), &kOutlineKey));
}

cairo_status_t outline_init(cairo_scaled_font_t* scaled, cairo_t*, cairo_font_extents_t* extents) {
  cairo_font_face_t* source = outline_source(scaled);
  cairo_matrix_t unit, identity;
  cairo_matrix_init_identity(&unit);
  cairo_matrix_init_identity(&identity);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_scaled_font_t* em = cairo_scaled_font_create(source, &unit, &identity, options);
  cairo_font_options_destroy(options);
  cairo_scaled_font_extents(em, extents);
  const cairo_status_t st = cairo_scaled_font_status(em);
  cairo_scaled_font_destroy(em);
  return st;
}

cairo_status_t outline_glyph(cairo_scaled_font_t* scaled, unsigned long glyph, cairo_t* cr,
                             cairo_text_extents_t* extents) {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
  cairo_set_font_face(cr, outline_source(scaled));
  cairo_set_font_size(cr, 1.0);
  cairo_glyph_t g{glyph, 0, 0};
  cairo_glyph_extents(cr, &g, 1, extents);
  cairo_glyph_path(cr, &g, 1);
  cairo_fill(cr);
  return cairo_status(cr);
}

cairo_status_t outline_index(cairo_scaled_font_t* scaled, unsigned long unicode, unsigned long* glyph) {
  auto* ft = static_cast<FT_Face>(cairo_font_face_get_user_data(cairo_scaled_font_get_font_face(scaled), &kOwnerKey));
  *glyph = FT_Get_Char_Index(ft, static_cast<FT_ULong>(unicode));
  return CAIRO_STATUS_SUCCESS;
}

base::Result<FontFacePtr> outline_face(cairo_font_face_t* source, FT_Face ft) {
  FontFacePtr f(cairo_user_font_face_create());
  cairo_user_font_face_set_init_func(f.get(), outline_init);
  cairo_user_font_face_set_render_glyph_func(f.get(), outline_glyph);
  cairo_user_font_face_set_unicode_to_glyph_func(f.get(), outline_index);
  // The user face holds a reference to the FreeType face, which holds the font file.
  cairo_font_face_reference(source);
  if (cairo_font_face_set_user_data(f.get(), &kOutlineKey, source,
                                    [](void* p) { cairo_font_face_destroy(static_cast<cairo_font_face_t*>(p)); }) !=
          CAIRO_STATUS_SUCCESS ||
      cairo_font_face_set_user_data(f.get(), &kOwnerKey, ft, nullptr) != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(source);
    return base::Error{"cairo cannot make the outline font"};
  }
  return f;
}

base::Result<std::vector<Face>> open_faces(const std::vector<core::FontFace>& chain) {
  if (chain.empty()) return base::Error{"no fonts configured ([fonts] chain is empty)"};
  std::vector<Face> faces;
  for (const auto& f : chain) {
    auto owner = std::make_unique<FaceOwner>();
    auto file = ui::FontFile::map(f.path);
    if (!file) return file.error();
    owner->file = *file;
    if (FT_Init_FreeType(&owner->lib) != 0) return base::Error{"FreeType could not start"};
    if (FT_New_Memory_Face(owner->lib, owner->file->data(), static_cast<FT_Long>(owner->file->size()), f.face,
                           &owner->face) != 0)
      return base::Error{"font " + f.path + ": face " + std::to_string(f.face) + " cannot be opened"};
    FontFacePtr cf(cairo_ft_font_face_create_for_ft_face(owner->face, 0));
    if (cairo_font_face_status(cf.get()) != CAIRO_STATUS_SUCCESS) return base::Error{"cairo cannot use font " + f.path};
    FT_Face ft = owner->face;
    if (cairo_font_face_set_user_data(cf.get(), &kOwnerKey, owner.get(),
                                      [](void* p) { delete static_cast<FaceOwner*>(p); }) != CAIRO_STATUS_SUCCESS)
      return base::Error{"cairo cannot keep font " + f.path};
    owner.release();
    auto drawn = outline_face(cf.get(), ft);
    if (!drawn) return drawn.error();
    faces.push_back(Face{ft, std::move(cf), std::move(*drawn)});
  }
  return faces;
}

enum class Align { Left, Center, Right };

class Pen {
 public:
  Pen(cairo_t* cr, const std::vector<Face>& faces) : cr_(cr), faces_(faces) {}

  // Width of `text` at `size` points.
  double width(const std::string& text, double size) { return run(text, size, 0, 0, false); }

  void text(const std::string& text, double size, double x, double baseline, Align align = Align::Left) {
    const double w = width(text, size);
    if (align == Align::Center) x -= w / 2;
    if (align == Align::Right) x -= w;
    run(text, size, x, baseline, true);
  }

  // `t` in a box `w` wide from `x`: on one line when it fits, else on two smaller lines split where
  // the first half ends, else shrunk to fit down to kMinCellPt.
  void fitted(const std::string& t, double size, double x, double baseline, double w, Align align) {
    const double at = align == Align::Center ? x + w / 2 : align == Align::Right ? x + w : x;
    const double natural = width(t, size);
    if (natural <= w) return text(t, size, at, baseline, align);
    const double small = size * kTwoLineScale;
    if (size * w / natural >= small) return text(t, size * w / natural, at, baseline, align);  // a little smaller
    const auto cps = base::decode_utf8(t);
    std::size_t cut = 0;
    for (double used = 0; cut < cps.size() && used < width(t, small) / 2; ++cut)
      used += width(base::encode_utf8(std::u32string(1, cps[cut])), small);
    const std::string first = base::encode_utf8(std::u32string(cps.begin(), cps.begin() + static_cast<long>(cut)));
    const std::string second = base::encode_utf8(std::u32string(cps.begin() + static_cast<long>(cut), cps.end()));
    if (width(first, small) <= w && width(second, small) <= w) {
      text(first, small, at, baseline - small * 0.55, align);
      return text(second, small, at, baseline + small * 0.65, align);
    }
    text(t, std::max(kMinCellPt, size * w / natural), at, baseline, align);
  }

 private:
  // Draws (or only measures) `text` in runs of the first face that has each character.
  double run(const std::string& text, double size, double x, double baseline, bool draw) {
    const auto cps = base::decode_utf8(text);
    double advance = 0;
    std::size_t i = 0;
    while (i < cps.size()) {
      const std::size_t f = face_for(cps[i]);
      std::u32string piece;
      while (i < cps.size() && face_for(cps[i]) == f) piece.push_back(cps[i++]);
      const std::string utf8 = base::encode_utf8(piece);
      cairo_set_font_face(cr_, faces_[f].drawn.get());
      cairo_set_font_size(cr_, size);
      cairo_text_extents_t e;
      cairo_text_extents(cr_, utf8.c_str(), &e);
      if (draw) {
        cairo_move_to(cr_, x + advance, baseline);
        cairo_show_text(cr_, utf8.c_str());
      }
      advance += e.x_advance;
    }
    return advance;
  }

  std::size_t face_for(char32_t cp) const {
    for (std::size_t f = 0; f < faces_.size(); ++f)
      if (FT_Get_Char_Index(faces_[f].ft, cp) != 0) return f;
    return 0;  // no face has it: the first face's missing-glyph box
  }

  cairo_t* cr_;
  const std::vector<Face>& faces_;
};

std::array<double, core::kPublicityColumns> column_widths() {
  auto w = kFixedColumnsPt;
  double fixed = 0;
  for (double x : w) fixed += x;
  w[kItemColumn] = kA4WidthPt - 2 * kPageMarginPt - fixed;
  return w;
}

void table_row(cairo_t* cr, Pen& pen, const std::vector<std::string>& cells, double top, double size) {
  const auto widths = column_widths();
  double x = kPageMarginPt;
  const double baseline = top + kTableRowPt / 2 + size * 0.36;
  for (std::size_t c = 0; c < widths.size() && c < cells.size(); ++c) {
    cairo_rectangle(cr, x, top, widths[c], kTableRowPt);
    const Align align = c == 0 || c == 4 ? Align::Center : Align::Left;
    const double inner = widths[c] - 2 * kCellPaddingPt;
    pen.fitted(cells[c], size, x + kCellPaddingPt, baseline, inner, align);
    x += widths[c];
  }
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
}

void heading(Pen& pen, const core::PublicitySheet& s) {
  const double middle = kA4WidthPt / 2;
  pen.text(s.title, kTitlePt, middle, kPageMarginPt + kTitlePt, Align::Center);
  pen.text(s.hall, kHeadingPt + 1, middle, kPageMarginPt + 46, Align::Center);
  pen.text(s.period, kHeadingPt, kPageMarginPt, kPageMarginPt + 76);
  pen.text(s.objection, kHeadingPt, kPageMarginPt, kPageMarginPt + 94);
}

base::Status cairo_ok(cairo_status_t st, const char* what) {
  if (st == CAIRO_STATUS_SUCCESS) return base::ok();
  return base::Error{std::string("PDF ") + what + ": " + cairo_status_to_string(st)};
}

}  // namespace

int publicity_rows_per_page() {
  const double table = kA4HeightPt - 2 * kPageMarginPt - kHeadingBlockPt - kFootBlockPt;
  return static_cast<int>(table / kTableRowPt) - 1;  // less the header row
}

base::Result<PublicityPdf> publicity_pdf(const core::PublicitySheet& sheet, const std::vector<core::FontFace>& fonts) {
  auto faces = open_faces(fonts);
  if (!faces) return faces.error();
  PublicityPdf out;
  auto sink = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(sink, &out.bytes, kA4WidthPt, kA4HeightPt);
  // The same sheet, the same bytes: the creation date is the sheet's day, not the clock.
  if (!sheet.date.empty())
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, (sheet.date + "T00:00:00").c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, sheet.title.c_str());
  cairo_t* cr = cairo_create(surface);
  Pen pen(cr, *faces);
  const int per_page = publicity_rows_per_page();
  const int rows = static_cast<int>(sheet.rows.size());
  out.pages = std::max(1, (rows + per_page - 1) / per_page);
  for (int page = 0; page < out.pages; ++page) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    heading(pen, sheet);
    double top = kPageMarginPt + kHeadingBlockPt;
    table_row(cr, pen, sheet.headers, top, kCellPt);
    const int first = page * per_page, last = std::min(rows, first + per_page);
    for (int r = first; r < last; ++r) {
      top += kTableRowPt;
      table_row(cr, pen, sheet.rows[static_cast<std::size_t>(r)], top, kCellPt);
    }
    if (page + 1 == out.pages) {
      const double below = top + kTableRowPt + 20;
      pen.text(sheet.count, kHeadingPt, kPageMarginPt, below);
      pen.text(sheet.hall, kHeadingPt, kA4WidthPt - kPageMarginPt, below + 22, Align::Right);
      pen.text(sheet.date, kHeadingPt, kA4WidthPt - kPageMarginPt, below + 40, Align::Right);
    }
    const std::string page_line =
        core::format(sheet.page_pattern, {std::to_string(page + 1), std::to_string(out.pages)});
    pen.text(page_line, kFooterPt, kA4WidthPt / 2, kA4HeightPt - kPageMarginPt / 2, Align::Center);
    cairo_show_page(cr);
  }
  auto drawn = cairo_ok(cairo_status(cr), "drawing");
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto finished = cairo_ok(cairo_surface_status(surface), "writing");
  cairo_surface_destroy(surface);
  if (!drawn) return drawn.error();
  if (!finished) return finished.error();
  return out;
}

}  // namespace app::slip
