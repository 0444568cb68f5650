// The kiosk's spoken prompts as effects (issue 22): the flow names the catalog sentence to speak
// (fx::Speak) or asks for the status read aloud (fx::ReadStatusAloud); the app's voice worker
// turns them into sound. With voice off (the default) the flow asks for nothing.
#include <doctest/doctest.h>

#include "core/kiosk/kiosk_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 23, h, m, s, 1}; }

base::IdCardRecord card() {
  base::IdCardRecord c;
  c.name = "王䶮𠀾";
  c.id_number = "11010519491231002X";
  c.birth = "1949-12-31";
  c.id_number_valid = true;
  return c;
}

std::vector<std::string> spoken(const Effects& fx) {
  std::vector<std::string> keys;
  for (const auto& e : fx)
    if (const auto* s = e.get_if<fx::Speak>()) keys.push_back(s->key);
  return keys;
}

struct Kiosk {
  AppState s;
  explicit Kiosk(bool voice, int idle_s = 30) {
    Config c;
    c.terminal.mode = Mode::Kiosk;
    c.ui.idle_timeout_s = idle_s;
    c.voice.enabled = voice;
    (void)update(s, ev::Started{c, true, at(9, 0, 0)});
    (void)update(s, ev::StoreReady{"test.db"});
  }
  Effects operator()(const Event& e) { return update(s, e); }
  Effects tick(int h, int m, int sec) { return update(s, ev::ClockTicked{at(h, m, sec)}); }
  Effects show_status() {
    Effects heard = update(s, ev::CardReading{});
    auto fx = update(s, ev::CardPresented{card()});
    for (const auto& e : fx)
      if (const auto* look = e.get_if<fx::LookUpResident>()) {
        KioskStatus k;
        k.name_masked = "王*𠀾";
        k.id_masked = "110105**********2X";
        (void)update(s, ev::ResidentFound{look->session, k});
      }
    REQUIRE(s.screen == ScreenId::ResidentStatus);
    return heard;
  }
};

}  // namespace

TEST_CASE("voice: a touch on the welcome screen greets, again only after a while, reading and the end speak") {
  Kiosk k(true);
  CHECK(spoken(k(intent::Touched{})) == std::vector<std::string>{"voice.welcome"});
  CHECK(spoken(k(intent::Touched{})).empty());  // a second tap does not start it over
  k.tick(9, 0, kiosk::kGreetAgainAfterS + 1);
  CHECK(spoken(k(intent::Touched{})) == std::vector<std::string>{"voice.welcome"});

  CHECK(spoken(k.show_status()) == std::vector<std::string>{"voice.card_reading"});
  CHECK(spoken(k(intent::Touched{})).empty());  // touches during a visit say nothing
  // 返回首页 with the card still on the reader: 请取回您的身份证, on screen and spoken.
  CHECK(spoken(k(intent::EndVisit{})) == std::vector<std::string>{"voice.take_card"});
  CHECK(k.s.notice_key == "kiosk.take_card");
}

TEST_CASE("voice: the idle timeout with the card left on the reader asks for it back") {
  Kiosk k(true, 10);
  (void)k.show_status();
  Effects heard;
  for (int sec = 1; sec <= 12 && k.s.screen != ScreenId::Welcome; ++sec) heard = k.tick(9, 0, sec);
  REQUIRE(k.s.screen == ScreenId::Welcome);
  CHECK(spoken(heard) == std::vector<std::string>{"voice.take_card"});
}

TEST_CASE("voice: 朗读 and 朗读金额 ask for the shown status read aloud, amounts only for the second") {
  Kiosk k(true);
  CHECK(k(intent::ReadAloud{false}).empty());  // nothing shown yet
  (void)k.show_status();
  auto fx = k(intent::ReadAloud{false});
  REQUIRE(fx.size() == 1);
  const auto* r = fx[0].get_if<fx::ReadStatusAloud>();
  REQUIRE(r);
  CHECK_FALSE(r->amounts);
  CHECK(r->status.name_masked == "王*𠀾");
  CHECK(r->language == Language::ZhCN);
  fx = k(intent::ReadAloud{true});
  REQUIRE(fx.size() == 1);
  CHECK(fx[0].get_if<fx::ReadStatusAloud>()->amounts);
  CHECK(k.s.screen == ScreenId::ResidentStatus);
}

TEST_CASE("voice off (the default): no prompt, no reading aloud") {
  CHECK_FALSE(Config{}.voice.enabled);
  Kiosk k(false);
  CHECK(k(intent::Touched{}).empty());
  CHECK(spoken(k.show_status()).empty());
  CHECK(k(intent::ReadAloud{true}).empty());
  CHECK(spoken(k(intent::EndVisit{})).empty());
  CHECK(k.s.notice_key == "kiosk.take_card");  // the screen still says it
}
