#include "app/scenario/script.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <toml++/toml.h>

#include "app/scenario/script_tokens.h"
#include "core/domain/sign_in.h"

namespace app::scenario {

namespace {

class LineParser {
 public:
  LineParser(std::vector<Token> toks) : t_(std::move(toks)) {}

  // Fills `c` or returns the problem.
  base::Result<Command> parse() {
    const std::string& w = word(0);
    if (w == "data") return data();
    if (w == "store") {
      if (is(1, "unavailable") && t_.size() == 2) return Command{cmd::StoreUnavailable{}};
      return base::Error{"store: write `store unavailable`"};
    }
    if (w == "start") return start();
    if (w == "card") {
      if (t_.size() != 2 || t_[1].text.empty()) return base::Error{"card: write `card NAME` (a sample card's name)"};
      return Command{cmd::Card{t_[1].text}};
    }
    if (w == "remove") {
      if (is(1, "card") && t_.size() == 2) return Command{cmd::RemoveCard{}};
      return base::Error{"remove: write `remove card`"};
    }
    if (w == "scan") return scan();
    if (w == "paper") {
      if (t_.size() == 2 && (is(1, "out") || is(1, "in"))) return Command{cmd::Paper{is(1, "out")}};
      return base::Error{"paper: write `paper out` or `paper in`"};
    }
    if (w == "tap") {
      if (t_.size() == 3 && is(1, "resident") && !t_[2].text.empty()) return Command{cmd::Tap{t_[2].text, true}};
      if (t_.size() != 2 || t_[1].text.empty())
        return base::Error{"tap: write `tap \"LABEL\"` or `tap resident \"LABEL\"`"};
      return Command{cmd::Tap{t_[1].text}};
    }
    if (w == "key") return key();
    if (w == "type") {
      if (t_.size() != 2 || t_[1].text.empty()) return base::Error{"type: write `type \"TEXT\"`"};
      return Command{cmd::Type{t_[1].text}};
    }
    if (w == "staff") return staff();
    if (w == "wait") {
      int ms = 0;
      if (t_.size() != 2 || !parse_duration(t_[1].text, ms))
        return base::Error{"wait: write `wait 2s` or `wait 500ms` (at most 600s)"};
      return Command{cmd::Wait{ms}};
    }
    if (w == "stall") {
      int ms = 0;
      if (t_.size() != 2 || !parse_duration(t_[1].text, ms))
        return base::Error{"stall: write `stall 2s` or `stall 500ms` (at most 600s)"};
      return Command{cmd::Stall{ms}};
    }
    if (w == "expect") return expect();
    if (w == "screenshot") {
      const bool resident = t_.size() == 3 && is(1, "resident");
      if (t_.size() != (resident ? 3u : 2u) || !safe_name(t_.back().text))
        return base::Error{"screenshot: write `screenshot NAME` or `screenshot resident NAME` (letters, digits, '-', "
                           "'_', '.')"};
      return Command{cmd::Screenshot{t_.back().text, resident}};
    }
    if (w == "restart") {
      if (t_.size() == 1) return Command{cmd::Restart{}};
      if (auto m = core::parse_mode(word(1)); m && t_.size() == 2) return Command{cmd::Restart{m}};
      return base::Error{"restart: write `restart` or `restart kiosk|counter|backoffice`"};
    }
    if (w == "close") {
      if (t_.size() != 1) return base::Error{"close takes nothing after it"};
      return Command{cmd::Close{}};
    }
    if (w == "quit") {
      if (t_.size() != 1) return base::Error{"quit takes nothing after it"};
      return Command{cmd::Quit{}};
    }
    return base::Error{"unknown command \"" + w +
                       "\" (data, store, config, staff, start, card, remove, scan, paper, tap, key, type, "
                       "wait, stall, expect, screenshot, restart, close, quit)"};
  }

 private:
  const std::string& word(std::size_t i) const {
    static const std::string kNone;
    return i < t_.size() && !t_[i].quoted ? t_[i].text : kNone;
  }
  bool is(std::size_t i, std::string_view w) const { return word(i) == w; }

  static bool safe_name(const std::string& s) {
    if (s.empty() || s[0] == '.') return false;
    for (unsigned char c : s)
      if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.')) return false;
    return true;
  }

  base::Result<Command> data() {
    if (is(1, "none") && t_.size() == 2) return Command{cmd::DataNone{}};
    if (is(1, "roster") && t_.size() == 2) return Command{cmd::DataRoster{}};
    if (!is(1, "demo")) return base::Error{"data: write `data demo …`, `data roster` or `data none`"};
    cmd::DataDemo d;
    for (std::size_t i = 2; i < t_.size(); ++i) {
      const std::string& a = t_[i].text;
      auto eq = a.find('=');
      long v = 0;
      if (eq == std::string::npos || !parse_int(std::string_view(a).substr(eq + 1), v))
        return base::Error{"data demo: \"" + a + "\" is not NAME=NUMBER (seed, residents, months)"};
      const std::string name = a.substr(0, eq);
      if (name == "seed" && v >= 0) {
        d.seed = v;
      } else if (name == "residents" && v >= 1 && v <= 2'000'000) {
        d.residents = static_cast<int>(v);
      } else if (name == "months" && v >= 1 && v <= 120) {
        d.months = static_cast<int>(v);
      } else {
        return base::Error{"data demo: \"" + a +
                           "\": seed=N (0 or more), residents=N (1..2000000) or months=N (1..120)"};
      }
    }
    return Command{d};
  }

  base::Result<Command> start() {
    cmd::Start s;
    for (std::size_t i = 1; i < t_.size(); ++i) {
      const std::string& a = t_[i].text;
      if (auto m = core::parse_mode(a); m && !s.mode) {
        s.mode = m;
      } else if (a.rfind("size=", 0) == 0) {
        int w = 0, h = 0;
        char x = 0;
        constexpr int kMinW = 320, kMinH = 240, kMaxW = 7680, kMaxH = 4320;
        if (std::sscanf(a.c_str() + 5, "%d%c%d", &w, &x, &h) != 3 || x != 'x' || w < kMinW || h < kMinH ||
            w > kMaxW || h > kMaxH)
          return base::Error{"start: \"" + a + "\": size must be WxH, e.g. size=1080x1920"};
        s.width = w;
        s.height = h;
      } else if (a.rfind("screen=", 0) == 0) {
        char x = 0;
        if (std::sscanf(a.c_str() + 7, "%d%c%d", &s.screen_width, &x, &s.screen_height) != 3 || x != 'x' ||
            s.screen_width < 320 || s.screen_height < 240 || s.screen_width > 16384 || s.screen_height > 16384)
          return base::Error{"start: \"" + a + "\": screen must be WxH, e.g. screen=3200x1080"};
      } else if (a.rfind("language=", 0) == 0) {
        s.language = core::parse_language(std::string_view(a).substr(9));
        if (!s.language) return base::Error{"start: \"" + a + "\": language must be zh-CN or en"};
      } else {
        return base::Error{"start: \"" + a +
                           "\" is not kiosk|counter|backoffice, size=WxH, screen=WxH or language=zh-CN|en"};
      }
    }
    return Command{s};
  }

  base::Result<Command> scan() {
    if (t_.size() == 3 && (is(1, "genuine") || is(1, "forged")) && !t_[2].text.empty())
      return Command{cmd::Scan{is(1, "genuine") ? cmd::Scan::Kind::Genuine : cmd::Scan::Kind::Forged, t_[2].text}};
    if (t_.size() == 3 && is(1, "raw")) return Command{cmd::Scan{cmd::Scan::Kind::Raw, t_[2].text}};
    return base::Error{"scan: write `scan genuine NUMBER`, `scan forged NUMBER` or `scan raw \"TEXT\"`"};
  }

  base::Result<Command> key() {
    long n = 0;
    const std::string& a = word(1);
    const std::pair<const char*, NamedKey> named[] = {{"Enter", NamedKey::Enter},
                                                       {"Tab", NamedKey::Tab},
                                                       {"BackSpace", NamedKey::BackSpace},
                                                       {"Escape", NamedKey::Escape}};
    for (const auto& [name, k] : named)
      if (t_.size() == 2 && a == name) return Command{cmd::Key{0, k}};
    if (t_.size() != 2 || a.size() < 2 || a[0] != 'F' || !parse_int(std::string_view(a).substr(1), n) || n < 1 ||
        n > 12)
      return base::Error{"key: write `key F1` … `key F12`, `key Enter`, `key Tab`, `key BackSpace` or `key Escape`"};
    return Command{cmd::Key{static_cast<int>(n), std::nullopt}};
  }

  // staff NO name=NAME pin=PIN [role=ROLE] [disabled]
  base::Result<Command> staff() {
    const std::string kForm =
        "staff: write `staff NO name=NAME pin=PIN [role=counter|reviewer|approver|admin] [disabled]`";
    if (t_.size() < 2 || t_[1].quoted) return base::Error{kForm};
    cmd::Staff s;
    s.member.staff_no = t_[1].text;
    if (auto ok = core::check_staff_no(s.member.staff_no); !ok) return base::Error{"staff: " + ok.error().message};
    bool has_name = false, has_pin = false;
    for (std::size_t i = 2; i < t_.size(); ++i) {
      const std::string& a = t_[i].text;
      if (a == "disabled" && !t_[i].quoted) {
        s.member.active = false;
      } else if (a.rfind("name=", 0) == 0 && a.size() > 5) {
        s.member.name = a.substr(5);
        has_name = true;
      } else if (a.rfind("pin=", 0) == 0) {
        s.pin = a.substr(4);
        if (auto ok = core::check_pin_format(s.pin); !ok) return base::Error{"staff: " + ok.error().message};
        has_pin = true;
      } else if (a.rfind("role=", 0) == 0) {
        auto r = core::parse_staff_role(std::string_view(a).substr(5));
        if (!r) return base::Error{"staff: \"" + a + "\": role must be counter, reviewer, approver or admin"};
        s.member.role = *r;
      } else {
        return base::Error{kForm};
      }
    }
    if (!has_name || !has_pin) return base::Error{kForm};
    return Command{s};
  }

  // The optional `within DURATION` at t_[i], i == size when absent.
  base::Result<int> within(std::size_t i) {
    int ms = kDefaultWithinMs;
    if (i == t_.size()) return ms;
    if (i + 2 == t_.size() && is(i, "within") && parse_duration(t_[i + 1].text, ms)) return ms;
    return base::Error{"expect: after the value only `within 3s` (or `within 500ms`) may follow"};
  }

  base::Result<Command> expect() {
    if (is(1, "screen") && t_.size() >= 3 && !t_[2].quoted) {
      auto w = within(3);
      if (!w) return w.error();
      return Command{cmd::ExpectScreen{t_[2].text, *w}};
    }
    if (is(1, "pdf") && t_.size() >= 3 && !t_[2].text.empty()) {
      auto w = within(3);
      if (!w) return w.error();
      return Command{cmd::ExpectPdf{t_[2].text, *w}};
    }
    if (is(1, "printed") && t_.size() >= 3 && !t_[2].text.empty()) {
      auto w = within(3);
      if (!w) return w.error();
      return Command{cmd::ExpectPrinted{t_[2].text, *w}};
    }
    if (is(1, "stopped")) {
      auto w = within(2);
      if (!w) return w.error();
      return Command{cmd::ExpectStopped{*w}};
    }
    if (t_.size() == 3 && is(1, "resident") && is(2, "window")) return Command{cmd::ExpectResidentWindow{true}};
    if (t_.size() == 4 && is(1, "no") && is(2, "resident") && is(3, "window"))
      return Command{cmd::ExpectResidentWindow{false}};
    const bool resident = is(1, "resident");
    const bool absent = is(resident ? 2 : 1, "no");
    const std::size_t k = 1 + (resident ? 1 : 0) + (absent ? 1 : 0);
    if (is(k, "text") && t_.size() >= k + 2 && !t_[k + 1].text.empty()) {
      auto w = within(k + 2);
      if (!w) return w.error();
      return Command{cmd::ExpectText{t_[k + 1].text, absent, *w, resident}};
    }
    return base::Error{"expect: write `expect screen NAME`, `expect [resident] text \"TEXT\"`, `expect [resident] no "
                       "text \"TEXT\"`, `expect [no] resident window`, `expect pdf \"TEXT\"`, `expect printed \"TEXT\"` or "
                       "`expect stopped`"};
  }

  std::vector<Token> t_;
};

bool valid_config_name(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c == '-' || c == '.')) return false;
  return s.find("..") == std::string_view::npos;
}

// `config SECTION.KEY = VALUE`: the value is TOML, checked here so a typo points at its line.
base::Result<Command> parse_config(std::string_view body) {
  const std::string_view rest = trim(body.substr(6));  // after "config"
  const auto eq = rest.find('=');
  const std::string kForm = "config: write `config SECTION.KEY = VALUE` (VALUE in TOML, e.g. 5, true, \"text\")";
  if (eq == std::string_view::npos) return base::Error{kForm};
  const std::string_view name = trim(rest.substr(0, eq)), value = trim(rest.substr(eq + 1));
  const auto dot = name.find('.');
  if (!valid_config_name(name) || dot == std::string_view::npos || value.empty()) return base::Error{kForm};
  try {
    auto parsed = toml::parse("v = " + std::string(value));
    (void)parsed;
  } catch (const toml::parse_error& e) {
    return base::Error{"config: " + std::string(value) + " is not a TOML value (" + std::string(e.description()) +
                       ")"};
  }
  return Command{cmd::Config{std::string(name.substr(0, dot)), std::string(name.substr(dot + 1)), std::string(value)}};
}

bool is_setup(const Command& c) {
  return std::holds_alternative<cmd::Staff>(c) || std::holds_alternative<cmd::DataDemo>(c) || std::holds_alternative<cmd::DataRoster>(c) ||
         std::holds_alternative<cmd::DataNone>(c) || std::holds_alternative<cmd::StoreUnavailable>(c) ||
         std::holds_alternative<cmd::Config>(c);
}

bool is_data(const Command& c) {
  return std::holds_alternative<cmd::DataDemo>(c) || std::holds_alternative<cmd::DataRoster>(c) ||
         std::holds_alternative<cmd::DataNone>(c) || std::holds_alternative<cmd::StoreUnavailable>(c);
}

}  // namespace

base::Result<Script> parse_script(std::string_view text, const std::string& file) {
  Script s;
  s.file = file;
  int line_no = 0;
  int data_line = 0;
  bool data_is_roster = false;
  cmd::DataRoster* roster = nullptr;  // collecting CSV lines until `end`
  auto fail = [&file](int line, const std::string& m) { return base::Error{file + ":" + std::to_string(line) + ": " + m}; };

  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);

    if (roster) {
      // CSV lines are data, taken verbatim: a '#' there is part of a value.
      if (trim(raw) == "end") {
        if (roster->csv.empty()) return fail(line_no, "data roster: no CSV lines before `end`");
        roster = nullptr;
      } else {
        if (roster->first_line == 0) roster->first_line = line_no;
        roster->csv += std::string(raw) + "\n";
      }
      continue;
    }

    const std::string_view body = trim(strip_comment(raw));
    if (body.empty()) continue;
    Step step;
    step.line = line_no;
    step.text = std::string(body);
    if (body.substr(0, 6) == "config" && (body.size() == 6 || body[6] == ' ' || body[6] == '\t')) {
      auto c = parse_config(body);
      if (!c) return fail(line_no, c.error().message);
      step.command = std::move(*c);
    } else {
      auto toks = tokenize(body);
      if (!toks) return fail(line_no, toks.error().message);
      if (toks->front().quoted) return fail(line_no, "a line starts with a command, not a quoted string");
      auto c = LineParser(std::move(*toks)).parse();
      if (!c) return fail(line_no, c.error().message);
      step.command = std::move(*c);
    }

    if (is_setup(step.command)) {
      if (s.start) return fail(line_no, "setup (data, store, config, staff) belongs before `start` (line " +
                                            std::to_string(s.start->line) + ")");
      if (is_data(step.command)) {
        // Several roster blocks fill one store (a benefit roll, then its payments); anything else
        // sets the store up once.
        const bool is_roster = std::holds_alternative<cmd::DataRoster>(step.command);
        if (data_line && !(is_roster && data_is_roster))
          return fail(line_no, "the store is already set up on line " + std::to_string(data_line));
        data_line = line_no;
        data_is_roster = is_roster;
      }
      s.setup.push_back(std::move(step));
      if (auto* r = std::get_if<cmd::DataRoster>(&s.setup.back().command)) roster = r;
    } else if (std::holds_alternative<cmd::Start>(step.command)) {
      if (s.start) return fail(line_no, "`start` again (the terminal started on line " +
                                            std::to_string(s.start->line) + ")");
      s.start = std::move(step);
    } else {
      if (!s.start) return fail(line_no, "`" + step.text + "` needs a running terminal: put `start` before it");
      if (!s.steps.empty() && std::holds_alternative<cmd::Quit>(s.steps.back().command))
        return fail(line_no, "nothing can follow `quit` (line " + std::to_string(s.steps.back().line) + ")");
      s.steps.push_back(std::move(step));
    }
  }
  if (roster) return fail(line_no, "data roster: missing `end` after the CSV lines");
  if (!s.start) return fail(std::max(line_no, 1), "the script never starts the terminal (`start`)");
  return s;
}

}  // namespace app::scenario
