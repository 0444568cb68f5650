#include "app/slip/printer_profile_file.h"
#include "devices/printer/protocol.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace app::slip {

namespace {

constexpr int kMinPaperDots = 128, kMaxPaperDots = 832;  // 832 = 104 mm printers

base::Error bad(std::string_view source, std::string_view key, std::string_view why) {
  return base::Error{std::string(source) + ": " + std::string(key) + ": " + std::string(why)};
}

}  // namespace

base::Result<devices::printer::PrinterProfile> parse_printer_profile(std::string_view text, std::string_view source) {
  toml::table t;
  try {
    t = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    return base::Error{std::string(source) + ": " + std::string(e.description())};
  }
  devices::printer::PrinterProfile p;
  for (const auto& [k, node] : t) {
    const std::string key(k.str());
    if (key == "name" || key == "description") {
      auto v = node.value<std::string>();
      if (!v) return bad(source, key, "must be a string");
      (key == "name" ? p.name : p.description) = *v;
    } else if (key == "paper_dots" || key == "qr_module_dots" || key == "feed_before_cut") {
      auto v = node.value<std::int64_t>();
      if (!v) return bad(source, key, "must be a whole number");
      if (key == "paper_dots") {
        if (*v < kMinPaperDots || *v > kMaxPaperDots || *v % 8 != 0)
          return bad(source, key, "must be a multiple of 8 between 128 and 832 (384 for 58 mm, 576 for 80 mm)");
        p.paper_dots = static_cast<int>(*v);
      } else if (key == "qr_module_dots") {
        if (*v < devices::printer::kMinQrModuleDots || *v > devices::printer::kMaxQrModuleDots) return bad(source, key, "must be 1 to 16");
        p.qr_module_dots = static_cast<int>(*v);
      } else {
        if (*v < 0 || *v > 255) return bad(source, key, "must be 0 to 255");
        p.feed_before_cut = static_cast<int>(*v);
      }
    } else if (key == "native_qr" || key == "chinese_font" || key == "gb18030_four_byte") {
      auto v = node.value<bool>();
      if (!v) return bad(source, key, "must be true or false");
      (key == "native_qr" ? p.native_qr : key == "chinese_font" ? p.chinese_font : p.gb18030_four_byte) = *v;
    } else {
      return bad(source, key, "unknown key");
    }
  }
  return p;
}

base::Result<devices::printer::PrinterProfile> load_printer_profile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return base::Error{"cannot read printer profile " + file.string()};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_printer_profile(s.str(), file.string());
}

base::Result<devices::printer::PrinterProfile> load_named_profile(const std::filesystem::path& assets_dir, std::string_view name) {
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
      return base::Error{"printer profile name '" + std::string(name) + "' may hold only letters, digits, - and _"};
  }
  return load_printer_profile(assets_dir / "printers" / (std::string(name) + ".toml"));
}

}  // namespace app::slip
