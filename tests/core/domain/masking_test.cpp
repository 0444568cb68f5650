#include "core/domain/masking.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("ID numbers keep the first 6 and last 4 characters") {
  CHECK(mask_id_number("320102195001011234") == "320102********1234");
  CHECK(mask_id_number("11010519491231002X") == "110105********002X");
  CHECK(mask_id_number("1234567890") == "**********");
  CHECK(mask_id_number("") == "");
}

TEST_CASE("Chinese names: two characters, three, four, rare characters") {
  CHECK(mask_name("张三") == "张*");
  CHECK(mask_name("张小三") == "张*三");
  CHECK(mask_name("欧阳春英") == "欧**英");
  CHECK(mask_name("王") == "*");
  CHECK(mask_name("李䶮") == "李*");            // Extension A survives as the first/last kept
  CHECK(mask_name("𠀾小明") == "𠀾*明");        // Extension B, 4-byte UTF-8, kept whole
  CHECK(mask_name("张𠀾") == "张*");
  CHECK(mask_name("买买提·艾力") == "买**·*力");
}

TEST_CASE("Latin names keep the first letter of each word") {
  CHECK(mask_name("JOHN SMITH") == "J*** S****");
  CHECK(mask_name("Anna") == "A***");
  CHECK(mask_name("MARIE-CLAIRE DUPONT") == "M****-C***** D*****");
}

TEST_CASE("phone numbers keep the first 3 and last 4 digits") {
  CHECK(mask_phone("13812345678") == "138****5678");
  CHECK(mask_phone("138-1234-5678") == "138****5678");
  CHECK(mask_phone("1234567") == "*****67");
}

TEST_CASE("addresses keep the first 6 characters then ****") {
  CHECK(mask_address("江苏省南京市玄武区锁金村街道1号") == "江苏省南京市****");
  CHECK(mask_address("南京") == "南京****");
}
