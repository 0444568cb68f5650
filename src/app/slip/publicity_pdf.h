#pragma once
// The 公示名单 as an A4 PDF (issue 19) for the notice board: title, hall, notice period and the
// objection phone on every page above the table (序号, 姓名, 身份证号, 项目, 拟保障金额), the table's
// header repeated on each page, 第 N 页 共 M 页 at the foot, and the count and date under the last
// row. Drawn with cairo's PDF surface; text goes through FreeType with the configured font chain
// (the Noto CJK face, later faces for characters it lacks), embedded as subsets with their Unicode
// mapping, so the text can be read back (pdftotext). The same sheet gives the same bytes: the
// document's creation date is the sheet's date, not the clock.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/backoffice/case_notices.h"
#include "core/config.h"

namespace app::slip {

// A4 in PostScript points, and the layout's fixed sizes (points).
inline constexpr double kA4WidthPt = 595.28;
inline constexpr double kA4HeightPt = 841.89;
inline constexpr double kPageMarginPt = 50.0;
inline constexpr double kTableRowPt = 22.0;

struct PublicityPdf {
  std::string bytes;
  int pages = 0;
};

// The PDF of `sheet`, drawn with the faces of `fonts` (core::Config::fonts.chain).
base::Result<PublicityPdf> publicity_pdf(const core::PublicitySheet& sheet, const std::vector<core::FontFace>& fonts);

// Table rows that fit on one page (the heading and the table's header take the top of each page).
int publicity_rows_per_page();

}  // namespace app::slip
