// 好差评 as a state machine (core/rating/rating_flow.h): offered at the kiosk after a visit the
// resident ends, skipped by itself after the configured seconds, not offered when nobody is there;
// the two lowest levels wait for a reason; at the counter one rating per application, stored with
// the item, the window and the staff number.
#include <doctest/doctest.h>

#include "core/kiosk/kiosk_flow.h"
#include "core/rating/rating_flow.h"
#include "core/update.h"

using namespace core;

namespace {

CivilTime at(int h, int m, int s) { return CivilTime{2026, 12, 2, h, m, s, 3}; }

template <class T>
const T* effect(const Effects& fx) {
  for (const auto& e : fx)
    if (const T* t = e.template get_if<T>()) return t;
  return nullptr;
}

struct Kiosk {
  AppState s;
  explicit Kiosk(int rating_s = 8) {
    Config c;
    c.terminal.mode = Mode::Kiosk;
    c.terminal.number = 3;
    c.ui.rating_timeout_s = rating_s;
    (void)update(s, ev::Started{c, true, at(9, 30, 0)});
    (void)update(s, ev::StoreReady{"test.db"});
  }
  Effects operator()(const Event& e) { return update(s, e); }
  void tick(int h, int m, int sec) { (void)update(s, ev::ClockTicked{at(h, m, sec)}); }
  void show_status() {
    base::IdCardRecord card;
    card.name = "王䶮";
    card.id_number = "11010519491231002X";
    card.birth = "1949-12-31";
    card.id_number_valid = true;
    auto fx = update(s, ev::CardPresented{card});
    const auto* look = effect<fx::LookUpResident>(fx);
    REQUIRE(look);
    KioskStatus k;
    k.name_masked = "王*";
    (void)update(s, ev::ResidentFound{look->session, k});
    REQUIRE(s.screen == ScreenId::ResidentStatus);
  }
};

}  // namespace

TEST_CASE("rating: 返回首页 after a visit offers the panel, with nothing of the visit kept") {
  Kiosk k;
  k.show_status();
  (void)k(intent::ToggleLargeText{});
  (void)k(ev::CardRemoved{});
  (void)k(intent::EndVisit{});
  CHECK(k.s.screen == ScreenId::KioskRating);
  CHECK(k.s.rating.open);
  CHECK(k.s.rating.channel == RatingChannel::Kiosk);
  CHECK_FALSE(k.s.kiosk.status.has_value());  // the visit's data are gone
  CHECK_FALSE(k.s.kiosk.card.has_value());
  CHECK(k.s.kiosk.large_text);  // 大字模式 carries over to the panel
  CHECK(k.s.rating.visit_key == "kiosk:320102-03:20261202093000-1");
  auto fx = k(intent::RateLevel{4});
  const auto* save = effect<fx::SaveRating>(fx);
  REQUIRE(save);
  CHECK(save->rating.level == 4);
  CHECK(save->rating.channel == RatingChannel::Kiosk);
  CHECK(save->rating.terminal == 3);
  CHECK(save->rating.hall_code == "320102");
  CHECK_FALSE(save->rating.reason.has_value());
  CHECK_FALSE(save->rating.item_code.has_value());
  CHECK_FALSE(save->rating.staff_no.has_value());
  CHECK(save->rating.rated_at == "2026-12-02 09:30:00");
  CHECK(check_rating(save->rating).ok());
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK(k.s.notice_key == "rating.thanks");
  CHECK_FALSE(k.s.rating.open);
  CHECK_FALSE(k.s.kiosk.large_text);
}

TEST_CASE("rating: the card taken away ends the visit into the panel, which skips itself after the timeout") {
  Kiosk k(8);
  k.show_status();
  (void)k(ev::CardRemoved{});
  k.tick(9, 30, kiosk::kRemovalGraceS);
  CHECK(k.s.screen == ScreenId::KioskRating);
  CHECK(rating::seconds_left(k.s) == 8);
  k.tick(9, 30, kiosk::kRemovalGraceS + 7);
  CHECK(k.s.screen == ScreenId::KioskRating);
  CHECK(rating::seconds_left(k.s) == 1);
  k.tick(9, 30, kiosk::kRemovalGraceS + 8);
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.rating.open);
  CHECK(k.s.notice_key.empty());  // skipped: no thanks, nothing stored
}

TEST_CASE("rating: the two lowest levels wait for a reason, and a tap restarts the skip clock") {
  Kiosk k;
  k.show_status();
  (void)k(intent::EndVisit{});
  k.tick(9, 30, 6);
  auto fx = k(intent::RateLevel{2});
  CHECK_FALSE(effect<fx::SaveRating>(fx));
  CHECK(k.s.rating.level == 2);
  CHECK(k.s.screen == ScreenId::KioskRating);
  CHECK(rating::seconds_left(k.s) == 8);  // counted from the tap
  CHECK(k(intent::RateReason{"weather"}).empty());  // not one of the reasons
  fx = k(intent::RateReason{"waiting"});
  const auto* save = effect<fx::SaveRating>(fx);
  REQUIRE(save);
  CHECK(save->rating.level == 2);
  CHECK(save->rating.reason == std::optional<std::string>("waiting"));
  CHECK(k.s.screen == ScreenId::Welcome);
  // Nothing more is taken once the panel is gone.
  CHECK(k(intent::RateLevel{5}).empty());
  CHECK(k(intent::RateReason{"slow"}).empty());
}

TEST_CASE("rating: no panel after an idle timeout, an unread card, a slip of another store, or when configured off") {
  Kiosk k;
  k.show_status();
  k.tick(9, 31, 0);  // idle 60 s > 30 s
  CHECK(k.s.screen == ScreenId::Welcome);
  CHECK_FALSE(k.s.rating.open);

  Kiosk message;
  (void)message(ev::StoreUnavailable{"down"});
  base::IdCardRecord card;
  card.id_number = "11010519491231002X";
  (void)message(ev::CardPresented{card});
  REQUIRE(message.s.screen == ScreenId::KioskMessage);
  (void)message(intent::EndVisit{});
  CHECK(message.s.screen == ScreenId::Welcome);

  Kiosk off(0);
  off.show_status();
  (void)off(intent::EndVisit{});
  CHECK(off.s.screen == ScreenId::Welcome);
  CHECK_FALSE(off.s.rating.open);
}

TEST_CASE("rating: a slip's visit is rated with its acceptance number and item, 跳过 and 返回首页 store nothing") {
  Kiosk k;
  auto fx = k(ev::SlipVerified{"320102-01-20261120-0001"});
  const auto* look = effect<fx::LookUpSlip>(fx);
  REQUIRE(look);
  ApplicationProgress p;
  p.acceptance_no = "320102-01-20261120-0001";
  p.item_code = "linshi";
  (void)k(ev::ProgressFound{look->session, p});
  (void)k(intent::EndVisit{});
  REQUIRE(k.s.screen == ScreenId::KioskRating);
  CHECK(k.s.rating.acceptance_no == std::optional<std::string>("320102-01-20261120-0001"));
  CHECK(k.s.rating.item_code == std::optional<std::string>("linshi"));
  CHECK(k(intent::SkipRating{}).empty());
  CHECK(k.s.screen == ScreenId::Welcome);

  Kiosk again;
  again.show_status();
  (void)again(intent::EndVisit{});
  CHECK(again(intent::EndVisit{}).empty());  // 返回首页 on the panel
  CHECK(again.s.screen == ScreenId::Welcome);
  CHECK_FALSE(again.s.rating.open);
}

TEST_CASE("rating: a card placed while the panel shows starts a new visit") {
  Kiosk k;
  k.show_status();
  (void)k(intent::EndVisit{});
  REQUIRE(k.s.screen == ScreenId::KioskRating);
  k.show_status();
  CHECK_FALSE(k.s.rating.open);
}

namespace {

AppState accepted_counter(const std::string& no, ApplicationStatus status = ApplicationStatus::Accepted) {
  AppState s;
  Config c;
  c.terminal.mode = Mode::Counter;
  c.terminal.number = 2;
  (void)update(s, ev::Started{c, true, at(9, 30, 0)});
  s.counter.staff = StaffMember{"A01", "李明", StaffRole::Counter, true};
  s.screen = ScreenId::CounterIntake;
  s.counter.pressing = true;
  Application app;
  app.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
  app.acceptance_no = no;
  app.item_code = "dibao";
  app.status = status;
  (void)update(s, ev::IntakeAccepted{app, std::nullopt, {}, 0});
  REQUIRE(s.screen == ScreenId::CounterAccepted);
  return s;
}

}  // namespace

TEST_CASE("rating: 已受理 offers the rating of that application, stored with item, window and staff, once") {
  AppState s = accepted_counter("320102-02-20261202-0001");
  REQUIRE(s.rating.open);
  CHECK(s.rating.channel == RatingChannel::Counter);
  CHECK(s.rating.visit_key == "application:320102-02-20261202-0001");
  CHECK(update(s, intent::RateLevel{1}).empty());
  auto fx = update(s, intent::RateReason{"attitude"});
  const auto* save = effect<fx::SaveRating>(fx);
  REQUIRE(save);
  CHECK(save->rating.level == 1);
  CHECK(save->rating.reason == std::optional<std::string>("attitude"));
  CHECK(save->rating.item_code == std::optional<std::string>("dibao"));
  CHECK(save->rating.acceptance_no == std::optional<std::string>("320102-02-20261202-0001"));
  CHECK(save->rating.staff_no == std::optional<std::string>("A01"));
  CHECK(save->rating.terminal == 2);
  CHECK(save->rating.channel == RatingChannel::Counter);
  CHECK(s.screen == ScreenId::CounterAccepted);  // the counter stays; the panel thanks
  CHECK(s.rating.rated);
  CHECK(s.rating.level_given == 1);
  // One rating per application: further taps give nothing.
  CHECK(update(s, intent::RateLevel{5}).empty());
  CHECK(update(s, intent::SkipRating{}).empty());
  // The counter's panel does not skip itself.
  (void)update(s, ev::ClockTicked{at(9, 45, 0)});
  CHECK(s.rating.open);
}

TEST_CASE("rating: a refused intake is not offered for rating, and the kiosk's intents do nothing at the counter") {
  AppState refused = accepted_counter("320102-02-20261202-0002", ApplicationStatus::NotAccepted);
  CHECK_FALSE(refused.rating.open);
  AppState s = accepted_counter("320102-02-20261202-0003");
  (void)update(s, intent::SkipRating{});
  CHECK_FALSE(s.rating.open);
  CHECK(update(s, intent::RateLevel{5}).empty());
}
