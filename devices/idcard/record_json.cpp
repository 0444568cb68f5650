#include "devices/idcard/record_json.h"

#include "base/json.h"
#include "devices/idcard/protocol_text_block.h"

namespace devices::idcard {

base::Result<std::string> record_to_json(const base::IdCardRecord& r) {
  const base::Json doc = {{"card_type", card_type_key(r.card_type)},
                          {"name", r.name},
                          {"english_name", r.english_name},
                          {"gender", r.gender},
                          {"nation", r.nation},
                          {"birth", r.birth},
                          {"address", r.address},
                          {"id_number", r.id_number},
                          {"authority", r.authority},
                          {"valid_from", r.valid_from},
                          {"valid_to", r.valid_to},
                          {"nationality", r.nationality},
                          {"pass_number", r.pass_number},
                          {"times_issued", r.times_issued},
                          {"id_number_valid", r.id_number_valid},
                          {"photo_bytes", r.photo.size()}};
  auto text = base::write_json(doc, base::JsonLayout::Indented);
  if (!text) return text.error();
  return text.value() + "\n";
}

}  // namespace devices::idcard
