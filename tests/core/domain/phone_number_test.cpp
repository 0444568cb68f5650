#include "core/domain/phone_number.h"

#include <doctest/doctest.h>

#include "core/domain/masking.h"

using namespace core;

TEST_CASE("phone numbers: mainland mobiles and landlines with their area code") {
  CHECK(normalize_phone("13800138000").value() == "13800138000");
  CHECK(normalize_phone("138 0013 8000").value() == "13800138000");
  CHECK(normalize_phone("199-1234-5678").value() == "19912345678");
  CHECK(normalize_phone("025-84000000").value() == "025-84000000");
  CHECK(normalize_phone("02584000000").value() == "025-84000000");
  CHECK(normalize_phone("010-6512 3456").value() == "010-65123456");
  CHECK(normalize_phone("0571-8888888").value() == "0571-8888888");
  CHECK(normalize_phone("0915-2345678").value() == "0915-2345678");
}

TEST_CASE("phone numbers: what is neither is refused") {
  for (const char* bad : {"", "12345678901", "1280013800", "138001380001", "84000000", "011-84000000",
                          "025-04000000", "025-123456", "025-123456789", "1380013800O", "+8613800138000",
                          "138.0013.8000", "0000000000000000000000000000"}) {
    CAPTURE(bad);
    CHECK_FALSE(normalize_phone(bad).has_value());
  }
}

TEST_CASE("phone numbers are masked on paper and public screens, first three and last four kept") {
  CHECK(mask_phone("13812345678") == "138****5678");
  CHECK(mask_phone("025-84000000") == "025****0000");
}
