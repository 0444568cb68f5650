#include "app/slip/printer_text.h"

#include <type_traits>
#include <variant>

#include "app/text_encoding.h"

namespace app::slip {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

bool printer_font_covers(std::string_view utf8, const devices::printer::PrinterProfile& profile) {
  if (is_ascii(utf8)) return true;
  if (!profile.chinese_font) return false;
  return convert_text(utf8, "UTF-8", profile.gb18030_four_byte ? "GB18030" : "GBK").ok();
}

std::string gb18030_to_utf8_lossy(std::string_view bytes) { return convert_text_to_utf8_lossy(bytes, "GB18030"); }

std::string cp437_to_utf8_lossy(std::string_view bytes) { return convert_text_to_utf8_lossy(bytes, "IBM437"); }

std::string printed_text(const std::vector<devices::printer::PrintedPage>& pages) {
  namespace pr = devices::printer;
  std::string out;
  for (const pr::PrintedPage& page : pages) {
    for (const pr::PrinterOp& op : page)
      std::visit(
          [&out](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, pr::TextOp>) {
              const std::string_view raw(reinterpret_cast<const char*>(o.bytes.data()), o.bytes.size());
              out += o.style.chinese ? gb18030_to_utf8_lossy(raw) : cp437_to_utf8_lossy(raw);
            } else if constexpr (std::is_same_v<T, pr::FeedOp>) {
              out += '\n';
            }
          },
          op);
    out += '\n';  // the cut
  }
  return out;
}

}  // namespace app::slip
