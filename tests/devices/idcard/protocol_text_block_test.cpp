#include <doctest/doctest.h>

#include "devices/idcard/protocol_card_tables.h"
#include "devices/idcard/protocol_read_reply.h"
#include "devices/idcard/protocol_text_block.h"
#include "devices/idcard/sample_cards.h"

using namespace devices::idcard;
using Bytes = std::vector<std::uint8_t>;

namespace {
// Writes ASCII/BMP text as UCS-2LE at an offset, the way a card does, by hand (not with the encoder
// under test).
void put(Bytes& block, std::size_t offset, std::u16string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    block[offset + 2 * i] = static_cast<std::uint8_t>(text[i] & 0xFF);
    block[offset + 2 * i + 1] = static_cast<std::uint8_t>(text[i] >> 8);
  }
}
Bytes blank_block() {
  Bytes b(256);
  for (std::size_t i = 0; i < 256; i += 2) {
    b[i] = 0x20;
    b[i + 1] = 0x00;
  }
  return b;
}
}  // namespace

TEST_CASE("a resident block built by hand decodes every field") {
  Bytes b = blank_block();
  put(b, 0, u"刘䶮");
  put(b, 30, u"1");
  put(b, 32, u"05");
  put(b, 36, u"19900307");
  put(b, 52, u"新疆乌鲁木齐市天山区解放北路1号");
  put(b, 122, u"650102199003070013");
  put(b, 158, u"乌鲁木齐市公安局天山分局");
  put(b, 188, u"20100101");
  put(b, 204, u"长期");
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->card_type == base::CardType::Resident);
  CHECK(r->name == "刘䶮");
  CHECK(r->gender == "男");
  CHECK(r->nation == "维吾尔");
  CHECK(r->birth == "1990-03-07");
  CHECK(r->address == "新疆乌鲁木齐市天山区解放北路1号");
  CHECK(r->id_number == "650102199003070013");
  CHECK(r->authority == "乌鲁木齐市公安局天山分局");
  CHECK(r->valid_from == "2010-01-01");
  CHECK(r->valid_to == "长期");
  CHECK(r->id_number_valid);
}

TEST_CASE("a surrogate pair decodes to the Extension B code point") {
  // 𠀾 U+2003E = D840 DC3E
  const Bytes name = {0x40, 0xD8, 0x3E, 0xDC, 0x20, 0x00};
  CHECK(decode_ucs2le(name) == "𠀾 ");
  const Bytes lone = {0x40, 0xD8, 0x41, 0x00};
  CHECK(decode_ucs2le(lone) == "\xEF\xBF\xBD" "A");
}

TEST_CASE("a resident whose number fails its check is decoded and flagged") {
  Bytes b = blank_block();
  put(b, 0, u"王五");
  put(b, 122, u"110105194912310021");
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->id_number == "110105194912310021");
  CHECK_FALSE(r->id_number_valid);
}

TEST_CASE("a J permit has a blank nation, a pass number and times issued") {
  Bytes b = blank_block();
  put(b, 0, u"陈嘉欣");
  put(b, 30, u"2");
  put(b, 122, u"810000199408230021");
  put(b, 220, u"H60123456");
  put(b, 238, u"01");
  b[248] = 'J';
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->card_type == base::CardType::HkMacauTaiwan);
  CHECK(r->nation.empty());
  CHECK(r->gender == "女");
  CHECK(r->pass_number == "H60123456");
  CHECK(r->times_issued == "01");
  CHECK(r->id_number_valid);
}

TEST_CASE("a 2017 I card puts the English name first and the Chinese name at 158") {
  Bytes b = blank_block();
  put(b, 0, u"SMITH, JOHN");
  put(b, 120, u"1");
  put(b, 122, u"USA110085071021");
  put(b, 152, u"USA");
  put(b, 158, u"史密斯");
  put(b, 188, u"20170701");
  put(b, 204, u"20270701");
  put(b, 220, u"19850710");
  put(b, 236, u"10");
  put(b, 240, u"1500");
  b[248] = 'I';
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->card_type == base::CardType::Foreign2017);
  CHECK(r->english_name == "SMITH, JOHN");
  CHECK(r->name == "史密斯");
  CHECK(r->gender == "男");
  CHECK(r->id_number == "USA110085071021");
  CHECK(r->nationality == "USA");
  CHECK(r->birth == "1985-07-10");
  CHECK(r->valid_to == "2027-07-01");
  CHECK(r->authority == "1500");
  CHECK(r->id_number_valid);
}

TEST_CASE("a 2023 Y card joins the two parts of the English name") {
  Bytes b = blank_block();
  put(b, 0, u"汉斯");
  put(b, 30, u"1");
  put(b, 32, u"00");
  put(b, 36, u"19850712");
  put(b, 52, u"MUELLER-LUEDENSCHEIDT, HANS PETER A");  // exactly 35 characters
  put(b, 122, u"932682198507120014");
  put(b, 188, u"20231201");
  put(b, 204, u"20331201");
  put(b, 220, u"LEXANDER");
  put(b, 242, u"DEU");
  b[248] = 'Y';
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->card_type == base::CardType::Foreign2023);
  CHECK(r->english_name == "MUELLER-LUEDENSCHEIDT, HANS PETER ALEXANDER");
  CHECK(r->name == "汉斯");
  CHECK(r->nationality == "DEU");
  CHECK(r->birth == "1985-07-12");
  CHECK(r->id_number_valid);
}

TEST_CASE("a text block of the wrong size is an error") {
  CHECK(decode_text_block(Bytes(255)).error().message == "text block is 255 bytes, expected 256");
}

TEST_CASE("every sample card survives encode and decode") {
  for (const auto& card : sample_cards()) {
    CAPTURE(std::string(card_type_key(card.card_type)));
    auto block = encode_text_block(card);
    auto r = decode_text_block(block);
    REQUIRE(r.ok());
    CHECK(r->card_type == card.card_type);
    CHECK(r->name == card.name);
    CHECK(r->english_name == card.english_name);
    CHECK(r->gender == card.gender);
    CHECK(r->nation == card.nation);
    CHECK(r->birth == card.birth);
    CHECK(r->address == card.address);
    CHECK(r->id_number == card.id_number);
    CHECK(r->authority == card.authority);
    CHECK(r->valid_from == card.valid_from);
    CHECK(r->valid_to == card.valid_to);
    CHECK(r->nationality == card.nationality);
    CHECK(r->pass_number == card.pass_number);
    CHECK(r->times_issued == card.times_issued);
    CHECK(r->id_number_valid);
  }
  CHECK(sample_cards()[0].name == "张𠀾");
}

TEST_CASE("a read reply frame has LEN 05 08 and decodes with its 1024 photo bytes") {
  const auto& card = sample_cards()[0];
  auto block = encode_text_block(card);
  auto frame = devices::idcard::build_response(0x90, build_read_reply_data(block, card.photo));
  REQUIRE(frame.size() == 7 + 0x508);
  CHECK(frame[5] == 0x05);
  CHECK(frame[6] == 0x08);
  CHECK(frame[10] == 0x01);
  CHECK(frame[11] == 0x00);
  CHECK(frame[12] == 0x04);
  CHECK(frame[13] == 0x00);
  auto r = decode_read_frame(frame);
  REQUIRE(r.ok());
  CHECK(r->photo.size() == 1024);
  CHECK(r->photo == card.photo);
  CHECK(r->name == "张𠀾");
}

TEST_CASE("a read reply with an error status or bad length words says so") {
  CHECK(decode_read_frame(build_response(0x41)).error().message == "status 41: read failed");
  Bytes data = {0x01, 0x00, 0x04, 0x00, 1, 2, 3};
  CHECK(decode_read_frame(build_response(0x90, data)).error().message ==
        "length words say 256+1024 bytes but 3 follow");
}

TEST_CASE("gender and nation tables") {
  CHECK(gender_name("0") == "未知");
  CHECK(gender_name("9") == "未说明");
  CHECK(nation_name("01") == "汉");
  CHECK(nation_name("56") == "基诺");
  CHECK(nation_name("98") == "外国血统中国籍人士");
  CHECK_FALSE(nation_name("57").has_value());
  CHECK(nation_code("柯尔克孜") == "29");
}

TEST_CASE("a lower-case x check character is accepted and upper-cased") {
  Bytes b = blank_block();
  put(b, 122, u"11010519491231002x");
  auto r = decode_text_block(b);
  REQUIRE(r.ok());
  CHECK(r->id_number == "11010519491231002X");
  CHECK(r->id_number_valid);
}

TEST_CASE("a text photo and fingerprint reply has three length words") {
  const auto& card = sample_cards()[1];
  auto block = encode_text_block(card);
  const Bytes finger(1024, 0x7E);
  auto frame = build_response(0x90, build_read_reply_data(block, card.photo, finger));
  CHECK(frame[14] == 0x04);  // third word: fingerprint length 0x0400
  CHECK(frame[15] == 0x00);
  auto reply = parse_response(frame);
  REQUIRE(reply.ok());
  auto blocks = split_read_reply(reply->data, true);
  REQUIRE(blocks.ok());
  CHECK(blocks->fingerprint == finger);
  auto r = decode_read_reply(*reply, true);
  REQUIRE(r.ok());
  CHECK(r->name == "陈嘉欣");
  CHECK_FALSE(decode_read_reply(*reply, false).ok());
}

TEST_CASE("an appended address decodes as trimmed text and no content is empty") {
  SamResponse reply;
  reply.sw3 = 0x90;
  reply.data = encode_ucs2le_padded("北京市海淀区中关村大街1号", 70);
  CHECK(decode_appended_address(reply).value() == "北京市海淀区中关村大街1号");
  reply.sw3 = 0x91;
  CHECK(decode_appended_address(reply).value().empty());
  reply.sw3 = 0x41;
  CHECK(decode_appended_address(reply).error().message == "status 41: read failed");
}
