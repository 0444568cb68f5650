#include "devices/idcard/record_json.h"

#include <cstdio>

#include "devices/idcard/text_block.h"

namespace devices::idcard {

namespace {
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;  // UTF-8 passes through: JSON text is UTF-8
    }
  }
  return out + "\"";
}
}  // namespace

std::string record_to_json(const base::IdCardRecord& r) {
  std::string j = "{\n";
  auto field = [&](std::string_view key, const std::string& value_json, bool last = false) {
    j += "  \"";
    j += key;
    j += "\": " + value_json + (last ? "\n" : ",\n");
  };
  field("card_type", quoted(card_type_key(r.card_type)));
  field("name", quoted(r.name));
  field("english_name", quoted(r.english_name));
  field("gender", quoted(r.gender));
  field("nation", quoted(r.nation));
  field("birth", quoted(r.birth));
  field("address", quoted(r.address));
  field("id_number", quoted(r.id_number));
  field("authority", quoted(r.authority));
  field("valid_from", quoted(r.valid_from));
  field("valid_to", quoted(r.valid_to));
  field("nationality", quoted(r.nationality));
  field("pass_number", quoted(r.pass_number));
  field("times_issued", quoted(r.times_issued));
  field("id_number_valid", r.id_number_valid ? "true" : "false");
  field("photo_bytes", std::to_string(r.photo.size()), true);
  return j + "}\n";
}

}  // namespace devices::idcard
