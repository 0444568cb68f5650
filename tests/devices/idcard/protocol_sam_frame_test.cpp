#include <doctest/doctest.h>

#include "devices/idcard/protocol_sam_frame.h"

using namespace devices::idcard;
using Bytes = std::vector<std::uint8_t>;

namespace {
Bytes pre(const Bytes& rest) {
  Bytes b = {0xAA, 0xAA, 0xAA, 0x96, 0x69};
  for (auto x : rest) b.push_back(x);
  return b;
}
Bytes concat(Bytes a, const Bytes& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
}  // namespace

TEST_CASE("every command frame matches protocols.md byte for byte") {
  CHECK(build_command(SamCommand::ResetSam) == pre({0x00, 0x03, 0x10, 0xFF, 0xEC}));
  CHECK(build_command(SamCommand::SamStatus) == pre({0x00, 0x03, 0x11, 0xFF, 0xED}));
  CHECK(build_command(SamCommand::ReadSamId) == pre({0x00, 0x03, 0x12, 0xFF, 0xEE}));
  CHECK(build_command(SamCommand::FindCard) == pre({0x00, 0x03, 0x20, 0x01, 0x22}));
  CHECK(build_command(SamCommand::SelectCard) == pre({0x00, 0x03, 0x20, 0x02, 0x21}));
  CHECK(build_command(SamCommand::ReadTextPhoto) == pre({0x00, 0x03, 0x30, 0x01, 0x32}));
  CHECK(build_command(SamCommand::ReadTextPhotoFinger) == pre({0x00, 0x03, 0x30, 0x10, 0x23}));
  CHECK(build_command(SamCommand::ReadAppendedAddress) == pre({0x00, 0x03, 0x30, 0x03, 0x30}));
}

TEST_CASE("a find-card reply with a card parses to status 9F and four data bytes") {
  // LEN 00 08 = SW1 SW2 SW3 + 4 data + CHK; CHK = 00^08^00^00^9F^00^00^00^00 = 97
  const Bytes frame = pre({0x00, 0x08, 0x00, 0x00, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x97});
  auto r = parse_response(frame);
  REQUIRE(r.ok());
  CHECK(r->sw3 == sw3::kCardFound);
  CHECK(r->data == Bytes{0, 0, 0, 0});
  CHECK(build_response(sw3::kCardFound, Bytes{0, 0, 0, 0}) == frame);
}

TEST_CASE("a no-card reply parses with status 80") {
  const Bytes frame = pre({0x00, 0x04, 0x00, 0x00, 0x80, 0x84});
  auto r = parse_response(frame);
  REQUIRE(r.ok());
  CHECK(r->sw3 == 0x80);
  CHECK(r->data.empty());
  CHECK(describe_sam_status(r->sw3) == "status 80: find failed (no card)");
}

TEST_CASE("each status has its meaning") {
  const std::pair<std::uint8_t, const char*> table[] = {
      {0x90, "ok"}, {0x9F, "card found"}, {0x10, "checksum error"}, {0x11, "length error"},
      {0x21, "bad command"}, {0x23, "unauthorized"}, {0x24, "unknown error"},
      {0x31, "card failed to authenticate SAM"}, {0x32, "SAM failed to authenticate card"},
      {0x33, "verify error"}, {0x40, "wrong card type"}, {0x41, "read failed"}, {0x47, "random failed"},
      {0x60, "SAM self-test failed"}, {0x66, "SAM not authorized"}, {0x80, "find failed (no card)"},
      {0x81, "select failed"}, {0x91, "no content"}, {0x55, "unknown status"}};
  for (auto [code, meaning] : table) {
    CAPTURE(int(code));
    CHECK(sam_status_meaning(code) == meaning);
    auto frame = build_response(code);
    auto r = parse_response(frame);
    REQUIRE(r.ok());
    CHECK(r->sw3 == code);
  }
  CHECK(describe_sam_status(0x41) == "status 41: read failed");
}

TEST_CASE("a bad preamble names the offset of the first wrong byte") {
  Bytes frame = build_response(0x90);
  frame[3] = 0x00;
  CHECK(parse_response(frame).error().message == "bad preamble at offset 3");
  frame[0] = 0xAB;
  CHECK(parse_response(frame).error().message == "bad preamble at offset 0");
}

TEST_CASE("truncated and over-long frames report what the length says and what follows") {
  Bytes frame = build_response(0x90, Bytes{1, 2, 3});  // LEN 7
  Bytes truncated(frame.begin(), frame.end() - 2);
  CHECK(parse_response(truncated).error().message == "length says 7 but 5 bytes follow");
  Bytes longer = frame;
  longer.push_back(0x00);
  CHECK(parse_response(longer).error().message == "length says 7 but 8 bytes follow");
  CHECK(parse_response(Bytes{0xAA, 0xAA}).error().message ==
        "frame too short: 2 bytes, a response needs at least 11");
}

TEST_CASE("a wrong checksum says what was expected and what came") {
  Bytes frame = pre({0x00, 0x04, 0x00, 0x00, 0x80, 0x85});
  CHECK(parse_response(frame).error().message == "checksum expected 84 got 85");
  Bytes flipped = build_response(0x90, Bytes{0x10, 0x20});
  flipped[10] ^= 0x01;
  CHECK(parse_response(flipped).error().message.rfind("checksum expected ", 0) == 0);
}

TEST_CASE("stream parser skips garbage before a preamble") {
  SamStreamParser p;
  const Bytes garbage = {0x01, 0xAA, 0xAA, 0x96, 0xFF, 0x00};
  p.feed(concat(garbage, build_response(0x9F, Bytes{1, 2, 3, 4})));
  auto r = p.next();
  REQUIRE(r.has_value());
  REQUIRE(r->ok());
  CHECK(r->value().sw3 == 0x9F);
  CHECK(p.skipped_bytes() == garbage.size());
  CHECK_FALSE(p.next().has_value());
}

TEST_CASE("stream parser assembles a frame split into single bytes and yields back-to-back frames") {
  SamStreamParser p;
  const Bytes two = concat(build_response(0x80), build_response(0x90, Bytes{9, 9}));
  std::vector<std::uint8_t> statuses;
  for (auto b : two) {
    p.feed(std::span(&b, 1));
    while (auto r = p.next()) {
      REQUIRE(r->ok());
      statuses.push_back(r->value().sw3);
    }
  }
  CHECK(statuses == std::vector<std::uint8_t>{0x80, 0x90});
  CHECK(p.buffered() == 0);
}

TEST_CASE("stream parser reports a corrupt frame once and resynchronises on the next") {
  SamStreamParser p;
  Bytes bad = build_response(0x90, Bytes{1, 2, 3});
  bad[11] ^= 0xFF;
  p.feed(concat(bad, build_response(0x9F)));
  auto first = p.next();
  REQUIRE(first.has_value());
  REQUIRE_FALSE(first->ok());
  CHECK(first->error().message.rfind("checksum expected", 0) == 0);
  auto second = p.next();
  REQUIRE(second.has_value());
  REQUIRE(second->ok());
  CHECK(second->value().sw3 == 0x9F);
}

TEST_CASE("stream parser abandons a partial frame when a whole frame starts inside it") {
  SamStreamParser p;
  Bytes long_frame = build_response(0x90, Bytes(100, 0x11));
  Bytes partial(long_frame.begin(), long_frame.begin() + 30);
  p.feed(concat(partial, build_response(0x80)));
  auto first = p.next();
  REQUIRE(first.has_value());
  CHECK_FALSE(first->ok());
  auto second = p.next();
  REQUIRE(second.has_value());
  REQUIRE(second->ok());
  CHECK(second->value().sw3 == 0x80);
}

TEST_CASE("stream parser waits for the rest of a partial frame") {
  SamStreamParser p;
  Bytes frame = build_response(0x90, Bytes(50, 0x22));
  p.feed(std::span(frame).first(20));
  CHECK_FALSE(p.next().has_value());
  p.feed(std::span(frame).subspan(20));
  auto r = p.next();
  REQUIRE(r.has_value());
  CHECK(r->ok());
}

TEST_CASE("an implausible length is dropped instead of waited for") {
  SamStreamParser p;
  p.feed(concat(pre({0xFF, 0xFF, 0x00}), build_response(0x9F)));
  auto first = p.next();
  REQUIRE(first.has_value());
  CHECK_FALSE(first->ok());
  auto second = p.next();
  REQUIRE(second.has_value());
  REQUIRE(second->ok());
  CHECK(second->value().sw3 == 0x9F);
}

TEST_CASE("hex text round-trips and rejects what is not hex") {
  auto b = parse_hex("aa AA\n 96 69\t00");
  REQUIRE(b.ok());
  CHECK(*b == Bytes{0xAA, 0xAA, 0x96, 0x69, 0x00});
  CHECK(to_hex(*b) == "AA AA 96 69 00");
  CHECK(parse_hex("AG").error().message == "not a hex digit 'G' at line 1, character 2 (byte 1)");
  // A NUL, an escape or a wide character is shown escaped and counted as one character.
  CHECK(parse_hex(std::string("AA\nB\0", 5)).error().message == "not a hex digit '\\0' at line 2, character 2 (byte 4)");
  CHECK(parse_hex("中\x1B").error().message == "not a hex digit '中' at line 1, character 1 (byte 0)");
  CHECK(parse_hex("AAA").error().message == "odd number of hex digits (3)");
}

TEST_CASE("stream parser abandons a partial frame fed in small packets too") {
  SamStreamParser p;
  Bytes long_frame = build_response(0x90, Bytes(100, 0x11));
  Bytes stream(long_frame.begin(), long_frame.begin() + 30);
  stream = concat(stream, build_response(0x80));
  stream = concat(stream, build_response(0x9F, Bytes{1, 2, 3, 4}));
  std::vector<std::uint8_t> statuses;
  int errors = 0;
  for (std::size_t at = 0; at < stream.size(); at += 3) {
    p.feed(std::span(stream).subspan(at, std::min<std::size_t>(3, stream.size() - at)));
    while (auto r = p.next()) {
      if (r->ok()) statuses.push_back(r->value().sw3);
      else ++errors;
    }
  }
  CHECK(errors == 1);
  CHECK(statuses == std::vector<std::uint8_t>{0x80, 0x9F});
}
