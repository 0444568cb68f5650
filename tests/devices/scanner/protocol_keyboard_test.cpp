#include "devices/scanner/protocol_keyboard.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

using namespace std::chrono_literals;
using devices::scanner::CutOffCode;
using devices::scanner::KeyboardDecoder;
using devices::scanner::KeyboardReport;
using devices::scanner::ScanEvents;
using devices::scanner::ScannedCode;
using devices::scanner::Timestamp;

namespace {

constexpr std::uint8_t kLShift = devices::scanner::modifier::kLeftShift;
constexpr std::uint8_t kRShift = devices::scanner::modifier::kRightShift;
constexpr std::uint8_t kEnter = devices::scanner::usage::kEnter;
constexpr std::uint8_t kTab = devices::scanner::usage::kTab;
constexpr auto kStep = 8ms;  // a typical scanner's report interval

KeyboardReport keys(std::uint8_t mods, std::initializer_list<std::uint8_t> k) {
  KeyboardReport r;
  r.modifiers = mods;
  std::size_t i = 0;
  for (auto u : k) r.keys[i++] = u;
  return r;
}
KeyboardReport release() { return {}; }
std::uint8_t letter(char c) { return static_cast<std::uint8_t>(0x04 + (c - 'a')); }

// Feeds the reports kStep apart and returns what came out.
ScanEvents feed_all(const std::vector<KeyboardReport>& reports, KeyboardDecoder& d, Timestamp start = 0ms) {
  ScanEvents out;
  Timestamp t = start;
  for (const auto& r : reports) {
    d.feed(r, t, out);
    t += kStep;
  }
  return out;
}
ScanEvents feed_all(const std::vector<KeyboardReport>& reports) {
  KeyboardDecoder d;
  return feed_all(reports, d);
}

// Press-and-release for every key, then Enter: how a scanner types.
std::vector<KeyboardReport> typed(std::initializer_list<KeyboardReport> presses, std::uint8_t end = kEnter) {
  std::vector<KeyboardReport> v;
  for (const auto& p : presses) {
    v.push_back(p);
    v.push_back(release());
  }
  v.push_back(keys(0, {end}));
  v.push_back(release());
  return v;
}

ScanEvents one_code(std::string text, std::string symbology = {}) {
  return {ScannedCode{std::move(text), std::move(symbology)}};
}

}  // namespace

TEST_CASE("scanner: boot report parsing needs exactly 8 bytes") {
  const std::uint8_t ok[8] = {0x02, 0, 0x04, 0, 0, 0, 0, 0};
  auto r = devices::scanner::parse_keyboard_report(ok);
  REQUIRE(r.ok());
  CHECK(r->modifiers == 0x02);
  CHECK(r->keys[0] == 0x04);
  const std::uint8_t short_report[7] = {};
  auto bad = devices::scanner::parse_keyboard_report(short_report);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("got 7") != std::string::npos);
}

TEST_CASE("scanner: every key class of the US table") {
  CHECK(devices::scanner::character_for(0x04, false) == 'a');
  CHECK(devices::scanner::character_for(0x1D, false) == 'z');
  CHECK(devices::scanner::character_for(0x04, true) == 'A');
  CHECK(devices::scanner::character_for(0x1E, false) == '1');
  CHECK(devices::scanner::character_for(0x26, false) == '9');
  CHECK(devices::scanner::character_for(0x27, false) == '0');
  CHECK(devices::scanner::character_for(0x1E, true) == '!');
  CHECK(devices::scanner::character_for(0x1F, true) == '@');
  CHECK(devices::scanner::character_for(0x27, true) == ')');
  CHECK(devices::scanner::character_for(0x2C, false) == ' ');
  const std::string punct_plain = "-=[]\\";
  const std::string punct_shift = "_+{}|";
  for (std::size_t i = 0; i < punct_plain.size(); ++i) {
    CHECK(devices::scanner::character_for(static_cast<std::uint8_t>(0x2D + i), false) == punct_plain[i]);
    CHECK(devices::scanner::character_for(static_cast<std::uint8_t>(0x2D + i), true) == punct_shift[i]);
  }
  const std::string tail_plain = ";'`,./";
  const std::string tail_shift = ":\"~<>?";
  for (std::size_t i = 0; i < tail_plain.size(); ++i) {
    CHECK(devices::scanner::character_for(static_cast<std::uint8_t>(0x33 + i), false) == tail_plain[i]);
    CHECK(devices::scanner::character_for(static_cast<std::uint8_t>(0x33 + i), true) == tail_shift[i]);
  }
  // keypad with NumLock on; shift does not change it
  CHECK(devices::scanner::character_for(0x54, false) == '/');
  CHECK(devices::scanner::character_for(0x55, false) == '*');
  CHECK(devices::scanner::character_for(0x56, false) == '-');
  CHECK(devices::scanner::character_for(0x57, false) == '+');
  CHECK(devices::scanner::character_for(0x59, false) == '1');
  CHECK(devices::scanner::character_for(0x61, true) == '9');
  CHECK(devices::scanner::character_for(0x62, false) == '0');
  CHECK(devices::scanner::character_for(0x63, false) == '.');
  // not characters
  CHECK_FALSE(devices::scanner::character_for(kEnter, false).has_value());
  CHECK_FALSE(devices::scanner::character_for(0x29, false).has_value());  // Escape
  CHECK_FALSE(devices::scanner::character_for(0x2A, false).has_value());  // Backspace
  CHECK_FALSE(devices::scanner::character_for(0x58, false).has_value());  // keypad Enter
  CHECK_FALSE(devices::scanner::character_for(0x39, false).has_value());  // Caps Lock
  CHECK(devices::scanner::is_terminator(kEnter));
  CHECK(devices::scanner::is_terminator(kTab));
  CHECK(devices::scanner::is_terminator(0x58));
}

TEST_CASE("scanner: keystroke_for inverts character_for for printable ASCII") {
  for (char c = 0x20; c < 0x7F; ++c) {
    auto k = devices::scanner::keystroke_for(c);
    REQUIRE_MESSAGE(k.has_value(), std::string(1, c));
    CHECK(devices::scanner::character_for(k->usage, k->shift) == c);
  }
  CHECK_FALSE(devices::scanner::keystroke_for('\n').has_value());
  CHECK_FALSE(devices::scanner::keystroke_for(static_cast<char>(0xE4)).has_value());
}

TEST_CASE("scanner: a typed code ends at Enter") {
  auto out = feed_all(typed({keys(0, {letter('o')}), keys(0, {letter('k')}), keys(0, {0x1E})}));
  CHECK(out == one_code("ok1"));
}

TEST_CASE("scanner: Tab and keypad Enter also end a code") {
  CHECK(feed_all(typed({keys(0, {letter('x')})}, kTab)) == one_code("x"));
  CHECK(feed_all(typed({keys(0, {letter('y')})}, 0x58)) == one_code("y"));
}

TEST_CASE("scanner: both shift keys give the upper row") {
  auto out = feed_all(typed({keys(kLShift, {letter('o')}), keys(kRShift, {letter('w')}), keys(kLShift, {0x1E}),
                             keys(kLShift | kRShift, {0x33}), keys(0, {0x1E})}));
  CHECK(out == one_code("OW!:1"));
}

TEST_CASE("scanner: a report starting with 02 is left shift, not a report id") {
  const std::uint8_t bytes[8] = {0x02, 0x00, 0x04, 0, 0, 0, 0, 0};
  auto r = devices::scanner::parse_keyboard_report(bytes);
  REQUIRE(r.ok());
  CHECK(feed_all(typed({*r})) == one_code("A"));
}

TEST_CASE("scanner: repeated letters need a release in between") {
  CHECK(feed_all(typed({keys(0, {letter('a')}), keys(0, {letter('a')})})) == one_code("aa"));
  CHECK(feed_all(typed({keys(0, {0x27}), keys(0, {0x27}), keys(0, {0x1E}), keys(0, {0x1E})})) == one_code("0011"));
  // Without the release the key is merely still down: one 'a'.
  auto held = feed_all({keys(0, {letter('a')}), keys(0, {letter('a')}), keys(0, {letter('a')}), release(),
                        keys(0, {kEnter}), release()});
  CHECK(held == one_code("a"));
}

TEST_CASE("scanner: rollover: overlapping keys each count once, in slot order") {
  // a down; a+b down; b down (a released); b+c down; all up; Enter
  auto out = feed_all({keys(0, {letter('a')}), keys(0, {letter('a'), letter('b')}), keys(0, {letter('b')}),
                       keys(0, {letter('b'), letter('c')}), release(), keys(0, {kEnter}), release()});
  CHECK(out == one_code("abc"));
  // a key released while another stays down can be pressed again
  auto again = feed_all({keys(0, {letter('a')}), keys(0, {letter('a'), letter('b')}), keys(0, {letter('b')}),
                         keys(0, {letter('b'), letter('a')}), release(), keys(0, {kEnter}), release()});
  CHECK(again == one_code("aba"));
  // two new keys in one report, then Enter in the same report as the last key
  auto burst = feed_all({keys(0, {letter('x'), letter('y')}), keys(0, {letter('x'), letter('y'), kEnter}), release()});
  CHECK(burst == one_code("xy"));
}

TEST_CASE("scanner: phantom ErrorRollOver reports are ignored") {
  auto out = feed_all({keys(0, {letter('q')}), keys(0, {1, 1, 1, 1, 1, 1}), keys(0, {letter('q')}), release(),
                       keys(0, {kEnter}), release()});
  CHECK(out == one_code("q"));
}

TEST_CASE("scanner: a stuck key is released by a pause longer than the key gap") {
  KeyboardDecoder d;
  // first code: the release after 'z' was lost, so z stays down through Enter
  auto first = feed_all({keys(0, {letter('z')}), keys(0, {letter('z'), kEnter}), keys(0, {letter('z')})}, d, 0ms);
  CHECK(first == one_code("z"));
  // next scan a second later starts with z again: it counts
  auto second = feed_all(typed({keys(0, {letter('z')}), keys(0, {letter('k')})}), d, 1000ms);
  CHECK(second == one_code("zk"));
}

TEST_CASE("scanner: Ctrl, Alt and GUI chords are not text") {
  auto out = feed_all(typed({keys(devices::scanner::modifier::kLeftCtrl, {letter('c')}), keys(0, {letter('d')}),
                             keys(devices::scanner::modifier::kRightAlt, {letter('e')}), keys(devices::scanner::modifier::kLeftGui, {letter('f')})}));
  CHECK(out == one_code("d"));
}

TEST_CASE("scanner: a lone Enter is no code") {
  CHECK(feed_all({keys(0, {kEnter}), release(), keys(0, {kEnter}), release()}).empty());
}

TEST_CASE("scanner: AIM prefix is stripped and kept as symbology") {
  auto r = [](char c) { return *devices::scanner::keystroke_for(c); };
  std::vector<KeyboardReport> v;
  for (char c : std::string("]Q1OW1")) {
    auto k = r(c);
    v.push_back(keys(k.shift ? kLShift : 0, {k.usage}));
    v.push_back(release());
  }
  v.push_back(keys(0, {kEnter}));
  CHECK(feed_all(v) == one_code("OW1", "]Q1"));

  KeyboardDecoder raw(devices::scanner::ScanOptions{.max_key_gap = devices::scanner::kDefaultMaxKeyGap, .strip_aim_prefix = false});
  CHECK(feed_all(v, raw) == one_code("]Q1OW1"));
}

TEST_CASE("scanner: a code cut off mid-way is dropped, never half-used") {
  KeyboardDecoder d;
  ScanEvents out;
  d.feed(keys(0, {letter('a')}), 0ms, out);
  d.feed(release(), 8ms, out);
  d.feed(keys(0, {letter('b')}), 16ms, out);
  d.feed(release(), 24ms, out);
  CHECK(d.pending());
  d.expire(100ms, out);  // gap of 84 ms since 'b': still waiting
  CHECK(out.empty());
  d.expire(117ms, out);  // 101 ms: gone
  REQUIRE(out.size() == 1);
  CHECK(out[0] == devices::scanner::ScanEvent{CutOffCode{"ab"}});
  CHECK_FALSE(d.pending());

  // the same when the next key arrives late instead: the old part is dropped, the new code survives
  ScanEvents late;
  KeyboardDecoder e;
  e.feed(keys(0, {letter('a')}), 0ms, late);
  e.feed(release(), 8ms, late);
  e.feed(keys(0, {letter('c')}), 500ms, late);
  e.feed(release(), 508ms, late);
  e.feed(keys(0, {kEnter}), 516ms, late);
  REQUIRE(late.size() == 2);
  CHECK(late[0] == devices::scanner::ScanEvent{CutOffCode{"a"}});
  CHECK(late[1] == devices::scanner::ScanEvent{ScannedCode{"c", ""}});

  // an Enter that comes too late ends nothing
  ScanEvents slow;
  KeyboardDecoder f;
  f.feed(keys(0, {letter('a')}), 0ms, slow);
  f.feed(release(), 8ms, slow);
  f.feed(keys(0, {kEnter}), 300ms, slow);
  REQUIRE(slow.size() == 1);
  CHECK(slow[0] == devices::scanner::ScanEvent{CutOffCode{"a"}});
}

TEST_CASE("scanner: the key gap is configurable") {
  KeyboardDecoder patient(devices::scanner::ScanOptions{.max_key_gap = 1000ms});
  ScanEvents out;
  patient.feed(keys(0, {letter('a')}), 0ms, out);
  patient.feed(release(), 8ms, out);
  patient.feed(keys(0, {letter('b')}), 600ms, out);
  patient.feed(release(), 608ms, out);
  patient.feed(keys(0, {kEnter}), 616ms, out);
  CHECK(out == one_code("ab"));
}
