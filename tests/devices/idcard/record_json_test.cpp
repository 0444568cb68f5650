#include "devices/idcard/record_json.h"

#include <doctest/doctest.h>

TEST_CASE("a card record as JSON: every key in its order, one per line, the photo as its size") {
  base::IdCardRecord r;
  r.name = "张𠀾";
  r.gender = "男";
  r.valid_to = "长期";
  r.id_number_valid = true;
  r.photo.assign(1024, 0x55);
  const auto json = devices::idcard::record_to_json(r);
  REQUIRE(json.ok());
  CHECK(*json ==
        "{\n  \"card_type\": \"resident\",\n  \"name\": \"张𠀾\",\n  \"english_name\": \"\",\n  \"gender\": \"男\",\n"
        "  \"nation\": \"\",\n  \"birth\": \"\",\n  \"address\": \"\",\n  \"id_number\": \"\",\n  \"authority\": \"\",\n"
        "  \"valid_from\": \"\",\n  \"valid_to\": \"长期\",\n  \"nationality\": \"\",\n  \"pass_number\": \"\",\n"
        "  \"times_issued\": \"\",\n  \"id_number_valid\": true,\n  \"photo_bytes\": 1024\n}\n");
}

TEST_CASE("a card record whose text is not UTF-8 gives an error, not JSON with the bad bytes") {
  base::IdCardRecord r;
  r.address = "北京市\xFF";
  CHECK_FALSE(devices::idcard::record_to_json(r).ok());
}
