#include "core/domain/village.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("village: the demo's addresses give 街道 and community") {
  CHECK(village_parts("江苏省南京市玄武区锁金村街道锁金一村12幢301室") == VillageParts{"锁金村街道", "锁金一村"});
  CHECK(village_of("江苏省南京市玄武区锁金村街道锁金一村12幢301室") == "锁金村街道锁金一村");
  CHECK(village_of("江苏省南京市玄武区红山街道红山新村3幢1单元") == "红山街道红山新村");
  CHECK(village_parts("江苏省南京市玄武区玄武门街道北京东路41号") == VillageParts{"玄武门街道", "北京东路"});
  CHECK(village_of("南京市玄武区孝陵卫街道卫岗8幢") == "孝陵卫街道卫岗");
}

TEST_CASE("village: towns and villages, communities, committees") {
  CHECK(village_parts("江苏省南京市高淳区淳溪镇宝塔村3组") == VillageParts{"淳溪镇", "宝塔村"});
  CHECK(village_parts("安徽省六安市金寨县梅山镇红军社区新村路5号") == VillageParts{"梅山镇", "红军社区"});
  CHECK(village_parts("XX县东岗乡李庄村委会") == VillageParts{"东岗乡", "李庄村委会"});
  CHECK(village_parts("内蒙古自治区锡林郭勒盟正蓝旗上都镇") == VillageParts{"上都镇", ""});
  CHECK(village_parts("新疆维吾尔自治区伊犁哈萨克自治州伊宁市墩买里街道") == VillageParts{"墩买里街道", ""});
  // The township's own name may hold 村: the first 街道 ends it, not the 村 inside it.
  CHECK(village_parts("锁金村街道樱铁村5幢") == VillageParts{"锁金村街道", "樱铁村"});
}

TEST_CASE("village: a city named 镇… or 乡… is a city, not a township") {
  CHECK(village_parts("江苏省镇江市京口区大市口街道八叉巷社区") == VillageParts{"大市口街道", "八叉巷社区"});
  CHECK(village_parts("山西省临汾市乡宁县昌宁镇城北村") == VillageParts{"昌宁镇", "城北村"});
}

TEST_CASE("village: no township, a house number only, empty and odd text") {
  CHECK(village_parts("北京东路12号") == VillageParts{"", "北京东路"});
  CHECK(village_parts("北京东路12号乡村小区") == VillageParts{"", "北京东路"});  // 乡 after the number is no township
  CHECK(village_of("江苏省南京市玄武区") == "");
  CHECK(village_of("") == "");
  CHECK(village_of("  锁金村街道 锁金二村　7幢 ") == "锁金村街道锁金二村");  // spaces, full-width too
  CHECK(village_of("１２号") == "");                                       // full-width digits are a number
  CHECK(village_of("\xff\xfe") == "\xEF\xBF\xBD\xEF\xBF\xBD");           // never invalid UTF-8 out
}
