#pragma once
// What a second-generation ID card (or a permit of the same family) gives us, decoded. Text fields
// are UTF-8 with the card's space padding trimmed; characters beyond the BMP (CJK Extension B)
// survive untouched.
#include <cstdint>
#include <string>
#include <vector>

namespace base {

enum class CardType {
  Resident,        // 居民身份证
  HkMacauTaiwan,   // 'J' 港澳台居民居住证
  Foreign2017,     // 'I' 外国人永久居留身份证 (2017)
  Foreign2023,     // 'Y' 外国人永久居留身份证 (2023)
};

struct IdCardRecord {
  CardType card_type = CardType::Resident;
  std::string name;          // Chinese name (may be empty on a foreign card)
  std::string english_name;  // foreign cards
  std::string gender;        // 男 / 女 / 未知 / 未说明
  std::string nation;        // resident card only (e.g. 汉); blank on J
  std::string birth;         // YYYY-MM-DD
  std::string address;
  std::string id_number;     // or the foreign card number
  std::string authority;
  std::string valid_from;    // YYYY-MM-DD
  std::string valid_to;      // YYYY-MM-DD or 长期
  std::string nationality;   // GB/T 2659 code, foreign cards
  std::string pass_number;   // J permit
  std::string times_issued;  // J permit
  bool id_number_valid = false;
  std::vector<std::uint8_t> photo;  // WLT bytes as read; decoding needs a licensed library
};

}  // namespace base
