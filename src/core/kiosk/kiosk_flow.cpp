#include "core/kiosk/kiosk_flow.h"

#include <algorithm>

#include "core/rating/rating_flow.h"

namespace core::kiosk {

namespace {

constexpr int kNoticeSeconds = 8;

void show_notice(AppState& s, std::string key) {
  s.notice_key = std::move(key);
  s.notice_until = plus_seconds(s.now, kNoticeSeconds);
}

// Drops everything the visit held and returns to the welcome screen. The session number moves on,
// so a store answer still on its way for this visit is ignored when it arrives.
void end_visit(AppState& s) {
  rating::close(s);
  const std::uint64_t next = s.kiosk.id + 1;
  s.kiosk = KioskSession{};
  s.kiosk.id = next;
  s.kiosk.last_activity = s.now;
  s.screen = ScreenId::Welcome;
  s.welcome_since = s.now;
  s.attract = false;
  touch(s);
}

// A visit the resident ends themselves (返回首页, the card taken away) after being shown something:
// its data are dropped as by end_visit, then the 好差评 panel is offered (unless configured off).
// The slip's number and item are kept for the rating; 大字模式 carries over to the panel.
void finish_visit(AppState& s) {
  const bool shown = s.screen == ScreenId::ResidentStatus || s.screen == ScreenId::UnknownPerson ||
                     s.screen == ScreenId::SlipProgress;
  if (!shown || s.rating_timeout_s <= 0) {
    end_visit(s);
    return;
  }
  const std::uint64_t visit = s.kiosk.id;
  const bool large = s.kiosk.large_text;
  std::optional<std::string> slip, item;
  if (s.screen == ScreenId::SlipProgress && s.kiosk.progress) {
    slip = s.kiosk.progress->acceptance_no;
    if (!s.kiosk.progress->item_code.empty()) item = s.kiosk.progress->item_code;
  }
  end_visit(s);
  s.kiosk.large_text = large;
  s.screen = ScreenId::KioskRating;
  rating::offer_at_kiosk(s, visit, std::move(slip), std::move(item));
}

void begin_visit(AppState& s) {
  end_visit(s);
  s.notice_key.clear();
}

bool kiosk_mode(const AppState& s) { return s.mode == Mode::Kiosk; }

bool same_card(const std::optional<base::IdCardRecord>& a, const base::IdCardRecord& b) {
  return a && a->id_number == b.id_number && a->card_type == b.card_type;
}

// Voice: the catalog's sentence `key`, spoken when the kiosk has voice on.
Effects speak(const AppState& s, std::string key) {
  if (!s.voice) return {};
  return {fx::Speak{std::move(key), s.language}};
}

void say(AppState& s, std::string key) {
  s.kiosk.message_key = std::move(key);
  s.screen = ScreenId::KioskMessage;
  touch(s);
}

}  // namespace

bool in_visit(const AppState& s) { return kiosk_mode(s) && s.screen != ScreenId::Welcome; }

Effects on(AppState& s, const ev::CardReading&) {
  // The same card coming back within the grace keeps the visit as it is.
  if (s.kiosk.card_lifted_at) return {};
  begin_visit(s);
  s.kiosk.reading = true;
  s.screen = ScreenId::CardReading;
  return speak(s, "voice.card_reading");
}

Effects on(AppState& s, const ev::CardPresented& e) {
  s.card_on_reader = true;
  if (s.kiosk.card_lifted_at && same_card(s.kiosk.card, e.card)) {
    s.kiosk.card_lifted_at.reset();
    s.kiosk.last_activity = s.now;
    return {};
  }
  // After 正在读卡 the store answers within milliseconds: the screen stays as it is (no frame for
  // a step nobody would see) unless the answer is slow — then the clock shows step 2 (查询信息).
  const bool was_reading = s.kiosk.reading && s.screen == ScreenId::CardReading;
  if (!s.kiosk.reading) begin_visit(s);
  s.kiosk.reading = false;
  s.kiosk.card = e.card;
  s.kiosk.card_read_at = s.now;
  s.screen = ScreenId::CardReading;
  if (!was_reading) touch(s);
  if (s.store == StoreLink::Unavailable) {
    say(s, "kiosk.store_down");
    return {};
  }
  return {fx::LookUpResident{s.kiosk.id, e.card.id_number, e.card.birth, s.now}};
}

Effects on(AppState& s, const ev::CardRemoved&) {
  s.card_on_reader = false;
  if (s.kiosk.reading && !s.kiosk.card) {
    // Lifted before the read finished: nothing was shown yet.
    end_visit(s);
    return {};
  }
  if (!in_visit(s) || s.screen == ScreenId::KioskRating) {
    // The visit already ended (idle timeout, 返回首页) with the card left on the reader.
    if (s.notice_key == "kiosk.take_card") {
      s.notice_key.clear();
      touch(s);
    }
    return {};
  }
  if (!s.kiosk.card || s.kiosk.card_lifted_at) return {};
  s.kiosk.card_lifted_at = s.now;
  return {};
}

Effects on(AppState&, const ev::CodeScanned& e) { return {fx::VerifySlip{e.text}}; }

Effects on(AppState& s, const ev::CardReadFailed&) {
  end_visit(s);
  show_notice(s, "card.read_failed");
  return {};
}

Effects on(AppState& s, const ev::SlipVerified& e) {
  begin_visit(s);
  s.kiosk.slip_acceptance_no = e.acceptance_no;
  s.screen = ScreenId::SlipProgress;
  if (s.store == StoreLink::Unavailable) {
    say(s, "kiosk.store_down");
    return {};
  }
  return {fx::LookUpSlip{s.kiosk.id, e.acceptance_no, s.now}};
}

Effects on(AppState& s, const ev::SlipRefused&) {
  // A bad code never replaces what a resident with a card is looking at.
  if (s.kiosk.card && in_visit(s)) {
    show_notice(s, "qr.refused");
    touch(s);
    return {};
  }
  end_visit(s);
  show_notice(s, "qr.refused");
  return {};
}

Effects on(AppState& s, const ev::ResidentFound& e) {
  if (e.session != s.kiosk.id || s.screen != ScreenId::CardReading) return {};
  s.kiosk.status = e.status;
  s.kiosk.last_activity = s.now;
  s.screen = ScreenId::ResidentStatus;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::ResidentUnknown& e) {
  if (e.session != s.kiosk.id || s.screen != ScreenId::CardReading) return {};
  s.kiosk.unknown_hints = e.hints;
  s.kiosk.last_activity = s.now;
  s.screen = ScreenId::UnknownPerson;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::ProgressFound& e) {
  if (e.session != s.kiosk.id || s.screen != ScreenId::SlipProgress) return {};
  s.kiosk.progress = e.progress;
  s.kiosk.last_activity = s.now;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::ProgressUnknown& e) {
  if (e.session != s.kiosk.id || s.screen != ScreenId::SlipProgress) return {};
  s.kiosk.last_activity = s.now;
  say(s, "kiosk.slip_unknown");
  return {};
}

Effects on(AppState& s, const ev::LookUpFailed& e) {
  if (e.session != s.kiosk.id) return {};
  if (s.screen != ScreenId::CardReading && s.screen != ScreenId::SlipProgress) return {};
  s.kiosk.last_activity = s.now;
  say(s, "kiosk.store_down");
  return {};
}

void started(AppState& s) {
  s.kiosk.last_activity = s.now;
  s.welcome_since = s.now;
}

void store_unavailable(AppState& s) {
  const bool waiting = (s.screen == ScreenId::CardReading && s.kiosk.card) ||
                       (s.screen == ScreenId::SlipProgress && !s.kiosk.progress);
  if (waiting) say(s, "kiosk.store_down");
}

Effects on(AppState& s, const ev::PrintDone& e) {
  if (e.job == 0 || e.job != s.kiosk.print_job) return {};
  s.kiosk.print = KioskPrint::Printed;
  touch(s);
  if (s.demo) return {fx::ShowDemoPaper{e.job}};
  return {};
}

Effects on(AppState& s, const ev::PaperPrinted& e) {
  if (e.paper.job == 0 || e.paper.job != s.kiosk.print_job || s.kiosk.print != KioskPrint::Printed) return {};
  s.kiosk.paper = e.paper;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ShowPaper& e) {
  const bool show = e.show && s.kiosk.paper.has_value();
  s.kiosk.last_activity = s.now;
  if (show != s.kiosk.show_paper) {
    s.kiosk.show_paper = show;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const ev::PrintFailed& e) {
  if (e.job == 0 || e.job != s.kiosk.print_job) return {};
  s.kiosk.print = KioskPrint::Failed;
  s.kiosk.print_problem_key =
      e.trouble == PrinterTrouble::None ? std::string("kiosk.print_failed") : std::string(printer_trouble_key(e.trouble));
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::Touched&) {
  // Someone touched the welcome screen: greet them and say what to do (once in a while, not per tap).
  Effects fx;
  if (!in_visit(s) && (!s.kiosk.greeted_at || seconds_of(s.now) - seconds_of(*s.kiosk.greeted_at) >= kGreetAgainAfterS)) {
    fx = speak(s, "voice.welcome");
    if (!fx.empty()) s.kiosk.greeted_at = s.now;
  }
  s.kiosk.last_activity = s.now;
  if (s.attract) {
    s.attract = false;
    touch(s);
  }
  s.welcome_since = s.now;
  if (s.kiosk.countdown_s >= 0) {
    s.kiosk.countdown_s = -1;
    touch(s);
  }
  return fx;
}

Effects on(AppState& s, const intent::ContinueViewing&) { return on(s, intent::Touched{}); }

Effects on(AppState& s, const intent::ToggleLargeText&) {
  if (!in_visit(s)) return {};
  s.kiosk.large_text = !s.kiosk.large_text;
  s.kiosk.scroll_px = 0;
  s.kiosk.last_activity = s.now;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ScrollTo& e) {
  const float px = std::max(0.0f, e.px);
  s.kiosk.last_activity = s.now;
  if (px != s.kiosk.scroll_px) {
    s.kiosk.scroll_px = px;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::PrintSummary&) {
  if (s.screen != ScreenId::ResidentStatus || !s.kiosk.status || !s.printer_ready() ||
      s.kiosk.print == KioskPrint::Printing)
    return {};
  s.kiosk.print_job = s.next_print_job++;
  s.kiosk.print = KioskPrint::Printing;
  s.kiosk.print_problem_key.clear();
  s.kiosk.last_activity = s.now;
  touch(s);
  return {fx::PrintStatusSummary{s.kiosk.print_job, *s.kiosk.status, s.now}};
}

Effects on(AppState& s, const intent::EndVisit&) {
  if (!in_visit(s)) return {};
  finish_visit(s);
  // A card left on the reader after the visit: remind them to take it (nothing of it is kept).
  if (!s.card_on_reader) return {};
  show_notice(s, "kiosk.take_card");
  return speak(s, "voice.take_card");
}

Effects on(AppState& s, const intent::ReadAloud& e) {
  if (!s.voice || s.screen != ScreenId::ResidentStatus || !s.kiosk.status) return {};
  s.kiosk.last_activity = s.now;
  return {fx::ReadStatusAloud{*s.kiosk.status, e.amounts, s.language}};
}

void rating_done(AppState& s, bool given) {
  const bool card = s.card_on_reader;
  end_visit(s);
  if (card) show_notice(s, "kiosk.take_card");
  else if (given) show_notice(s, "rating.thanks");
}

bool clock_ticked(AppState& s, Effects& fx) {
  if (s.kiosk.card_lifted_at && seconds_of(s.now) - seconds_of(*s.kiosk.card_lifted_at) >= kRemovalGraceS) {
    finish_visit(s);
    return true;
  }
  if (s.screen == ScreenId::KioskRating) {
    if (rating::seconds_left(s) <= 0) {
      rating_done(s, false);
      return true;
    }
    return true;  // the panel's own countdown moves each second
  }
  if (!in_visit(s)) {
    if (!s.attract && seconds_of(s.now) - seconds_of(s.welcome_since) >= kAttractAfterS && !s.card_on_reader) {
      s.attract = true;
      return true;
    }
    return false;
  }
  // Reading and looking up take a second or two; the timeout counts while a result is shown.
  if (s.screen == ScreenId::CardReading) {
    if (s.kiosk.card && !s.kiosk.querying_shown && seconds_of(s.now) > seconds_of(s.kiosk.card_read_at)) {
      s.kiosk.querying_shown = true;  // a slow answer: show that the card was read and we are asking
      return true;
    }
    return false;
  }
  const long idle = seconds_of(s.now) - seconds_of(s.kiosk.last_activity);
  const long left = s.idle_timeout_s - idle;
  if (left <= 0) {
    // Nobody there: no rating is offered; a card left behind is asked for, on screen and aloud.
    end_visit(s);
    if (s.card_on_reader) {
      show_notice(s, "kiosk.take_card");
      for (auto& e : speak(s, "voice.take_card")) fx.push_back(std::move(e));
    }
    return true;
  }
  const int shown = left <= std::min<long>(kCountdownS, s.idle_timeout_s / 2) ? static_cast<int>(left) : -1;
  if (shown != s.kiosk.countdown_s) {
    s.kiosk.countdown_s = shown;
    return true;
  }
  return false;
}

}  // namespace core::kiosk
