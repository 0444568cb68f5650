#pragma once
// The acceptance slip (受理回执, domain.md "Acceptance slip content") as one model from which both
// printer outputs and the on-screen preview come: text mode (GB18030 + native QR) and raster mode
// (the same lines drawn with FreeType) live in src/app/slip/. Pure: no fonts, no bytes.
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "core/text/i18n.h"

namespace core {

enum class SlipAlign { Left, Center, Right };
enum class SlipSize { Normal, Double };  // Double = double width and height (the title)

struct SlipLine {
  std::string text;  // UTF-8
  SlipAlign align = SlipAlign::Left;
  bool bold = false;
  SlipSize size = SlipSize::Normal;
  // Continuation lines (a wrapped value) start under the value, not under the label: columns to
  // indent, counted in half-width cells.
  int hanging_indent = 0;
};

// One element of the slip, top to bottom.
struct SlipBlock {
  enum class Kind { Line, Rule, Qr, Space } kind = Kind::Line;
  SlipLine line;    // Kind::Line
  std::string qr;   // Kind::Qr: the signed payload
  int space_lines = 0;  // Kind::Space
};

struct AcceptanceSlip {
  std::string acceptance_no;
  bool accepted = true;  // false: 不予受理 (not accepted) slip
  std::vector<SlipBlock> blocks;
  std::string qr_payload;
};

// Who and where, besides the application itself.
struct SlipContext {
  std::string hall_name;  // 玄武区锁金村街道便民服务中心
  std::string hall_phone;
  std::string counter;    // "01号窗口" (slip.counter_name)
  std::string staff_no;   // "A01"; empty: the creating event's `who`
  std::string item_name;  // catalog name of application.item_code; empty: the code
  std::string qr_payload; // SlipSigner::sign(acceptance_no); empty: no QR block
};

// Building blocks every paper slip is made of (acceptance slip, kiosk summary). Labels are four
// characters wide (8 cells) plus the full-width colon, so a field's value lines up at this column.
inline constexpr int kSlipValueIndentCells = 10;
SlipBlock slip_line(std::string text, SlipAlign align = SlipAlign::Left, bool bold = false,
                    SlipSize size = SlipSize::Normal, int hanging = 0);
// "label：value", continuation lines under the value.
SlipBlock slip_field(std::string_view label, std::string_view value);
SlipBlock slip_rule();

// The slip of `a`: masked name and ID (core/masking.h), materials split into received and still
// missing (一次性告知), the QR with its caption, the phone. An application in NotAccepted gets the
// 不予受理 slip with the reason from its creating event's note. Titles, labels and sentences are
// the catalog's slip.* in kRecordLanguage: a slip is the hall's record, printed in its language.
AcceptanceSlip make_acceptance_slip(const Application& a, const SlipContext& context, const Catalog& words);

}  // namespace core
