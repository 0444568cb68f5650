#include "devices/idcard/sample_cards.h"

#include "devices/idcard/protocol_text_block.h"

namespace devices::idcard {

std::vector<std::uint8_t> sample_photo(unsigned seed) {
  std::vector<std::uint8_t> p(kPhotoBytes);
  std::uint32_t x = 2463534242u + seed;
  for (auto& b : p) {  // xorshift: looks like compressed data, reproducible
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    b = static_cast<std::uint8_t>(x);
  }
  return p;
}

namespace {
std::vector<base::IdCardRecord> make_samples() {
  std::vector<base::IdCardRecord> cards(5);
  auto& r = cards[0];
  r.card_type = base::CardType::Resident;
  r.name = "张𠀾";
  r.gender = "女";
  r.nation = "汉";
  r.birth = "1949-12-31";
  r.address = "北京市朝阳区建国路88号";
  r.id_number = "11010519491231002X";
  r.authority = "北京市公安局朝阳分局";
  r.valid_from = "2015-06-01";
  r.valid_to = "长期";

  auto& j = cards[1];
  j.card_type = base::CardType::HkMacauTaiwan;
  j.name = "陈嘉欣";
  j.gender = "女";
  j.birth = "1994-08-23";
  j.address = "广东省深圳市福田区福华一路1号";
  j.id_number = "810000199408230021";
  j.authority = "深圳市公安局福田分局";
  j.valid_from = "2019-01-01";
  j.valid_to = "2024-01-01";
  j.pass_number = "H60123456";
  j.times_issued = "01";

  auto& i = cards[2];
  i.card_type = base::CardType::Foreign2017;
  i.english_name = "SMITH, JOHN";
  i.gender = "男";
  i.id_number = "USA110085071021";
  i.nationality = "USA";
  i.name = "史密斯";
  i.valid_from = "2017-07-01";
  i.valid_to = "2027-07-01";
  i.birth = "1985-07-10";
  i.authority = "1500";

  auto& y = cards[3];
  y.card_type = base::CardType::Foreign2023;
  y.name = "汉斯";
  y.gender = "男";
  y.times_issued = "00";
  y.birth = "1985-07-12";
  y.english_name = "MUELLER-LUEDENSCHEIDT, HANS PETER ALEXANDER";
  y.id_number = "932682198507120014";
  y.valid_from = "2023-12-01";
  y.valid_to = "2033-12-01";
  y.nationality = "DEU";

  auto& o = cards[4];
  o.card_type = base::CardType::Resident;
  o.name = "王䶮";
  o.gender = "男";
  o.nation = "汉";
  o.birth = "1935-05-08";
  o.address = "江苏省南京市玄武区锁金村街道锁金一村12幢301室";
  o.id_number = "320102193505080015";
  o.authority = "南京市公安局玄武分局";
  o.valid_from = "2010-03-01";
  o.valid_to = "长期";

  unsigned seed = 1;
  for (auto& c : cards) {
    c.photo = sample_photo(seed++);
    c.id_number_valid = true;
  }
  return cards;
}
}  // namespace

std::span<const base::IdCardRecord> sample_cards() {
  static const std::vector<base::IdCardRecord> cards = make_samples();
  return cards;
}

}  // namespace devices::idcard
