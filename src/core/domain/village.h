#pragma once
// The village or community (村/社区) an address belongs to, for lists and figures kept per village:
// the payment roster's 村（社区） column, the statistics by village, the 年审 list by address. An
// address is free text as the ID card or the household register writes it, e.g.
//   江苏省南京市玄武区锁金村街道锁金一村12幢301室  →  锁金村街道 + 锁金一村
//   玄武区孝陵卫街道卫岗8幢                           →  孝陵卫街道 + 卫岗
//   XX县XX镇XX村3组                                   →  XX镇 + XX村
// Rules, on characters (never splitting a UTF-8 sequence):
//   1. Up to three leading administrative parts are dropped: province, city, county (each ending
//      in 省 市 区 县 旗 州 盟, 2 to 12 characters, holding no digit and no 街道 村 社区, and no 镇
//      or 乡 except as its first character: 镇江市 is a city).
//   2. The township (街道/镇/乡/苏木) is what follows, up to and including the first such word
//      that has a name before it.
//   3. The community is what follows the township: up to and including 社区, 居委会 or 村委会
//      if one comes before the house number, else up to and including the first 村, else the
//      text before the first digit or 号 幢 栋 单元 室 组 (a street: 北京东路).
// Addresses that follow none of this give what the rules find (possibly empty): a list groups
// them under the empty village rather than guessing.
#include <string>
#include <string_view>

namespace core {

struct VillageParts {
  std::string township;   // 锁金村街道, 淳溪镇; empty when the address names none
  std::string community;  // 锁金一村, 红山社区, 卫岗; empty when nothing follows the township
  bool operator==(const VillageParts&) const = default;
};

VillageParts village_parts(std::string_view address);
// township + community, e.g. 锁金村街道锁金一村; empty when neither is found.
std::string village_of(std::string_view address);

}  // namespace core
