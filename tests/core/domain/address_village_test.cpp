#include "core/domain/address_village.h"

#include <doctest/doctest.h>

using core::address_village_label;
using core::address_village;
using core::AddressVillage;

TEST_CASE("the village is read after the township: 街道 first, then 镇, then 乡") {
  // 锁金村街道 is a township whose name holds 村: the village comes after it.
  CHECK(address_village("江苏省南京市玄武区锁金村街道锁金一村12幢3单元201室") ==
        AddressVillage{"江苏省南京市玄武区锁金村街道", "锁金一村"});
  CHECK(address_village("江苏省南京市秦淮区夫子庙街道贡院社区贡院西街12号") ==
        AddressVillage{"江苏省南京市秦淮区夫子庙街道", "贡院社区"});
  // A 镇 is looked for before a 乡, so the 乡 of 湘乡市 is not taken for a township.
  CHECK(address_village("湖南省湘乡市东郊镇新镇村5组") == AddressVillage{"湖南省湘乡市东郊镇", "新镇村"});
  CHECK(address_village("江苏省南京市高淳区桠溪镇蓝溪村社区8号") == AddressVillage{"江苏省南京市高淳区桠溪镇", "蓝溪村社区"});
}

TEST_CASE("a 镇 or 乡 in a city's or county's name is not a township: the next one is") {
  // 市, 县 or 区 within two characters after it: 镇江市, 镇平县, 萍乡市.
  CHECK(address_village("江苏省镇江市丹徒区辛丰镇长山村3组") == AddressVillage{"江苏省镇江市丹徒区辛丰镇", "长山村"});
  CHECK(address_village("河南省南阳市镇平县石佛寺镇贾宋村") == AddressVillage{"河南省南阳市镇平县石佛寺镇", "贾宋村"});
  CHECK(address_village("江西省萍乡市芦溪县新泉乡新泉村8号") == AddressVillage{"江西省萍乡市芦溪县新泉乡", "新泉村"});
  CHECK(address_village("甘肃省庆阳市镇原县城关镇") == AddressVillage{"甘肃省庆阳市镇原县城关镇", ""});
  // A city's 镇 and no township after it: neither (not 江苏省镇).
  CHECK(address_village("江苏省镇江市京口区正东路5号") == AddressVillage{});
  // A market street right after the township is no city: 市场 is not 市.
  CHECK(address_village("江苏省南京市高淳区桠溪镇市场路8号") == AddressVillage{"江苏省南京市高淳区桠溪镇", ""});
  CHECK(address_village("安徽省六安市霍邱县城西湖乡市场村2组") == AddressVillage{"安徽省六安市霍邱县城西湖乡", "市场村"});
  // Digits and Latin letters are characters too.
  CHECK(address_village("辛丰镇1号楼") == AddressVillage{"辛丰镇", ""});
  CHECK(address_village_label(address_village("江苏省镇江市丹徒区辛丰镇")) == "辛丰镇");
}

TEST_CASE("an address without a village keeps its township, one without either has neither") {
  CHECK(address_village("江苏省南京市玄武区玄武门街道北京东路5幢") == AddressVillage{"江苏省南京市玄武区玄武门街道", ""});
  CHECK(address_village("") == AddressVillage{});
  CHECK(address_village("北京东路5号") == AddressVillage{});
  // No township: the village is read from the start.
  CHECK(address_village("红山新村12幢") == AddressVillage{"", "红山新村"});
}

TEST_CASE("the label is the village, else the township's own name") {
  CHECK(address_village_label(address_village("江苏省南京市玄武区锁金村街道锁金一村12幢")) == "锁金一村");
  CHECK(address_village_label(address_village("江苏省南京市玄武区玄武门街道北京东路5幢")) == "玄武门街道");
  CHECK(address_village_label(address_village("湖南省湘乡市东郊镇")) == "东郊镇");
  CHECK(address_village_label(AddressVillage{}) == "");
}
