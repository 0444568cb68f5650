// The scenario script parser: every command, the setup/start order, errors with their line numbers.
#include <doctest/doctest.h>

#include <string>

#include "app/scenario/script.h"

namespace sc = app::scenario;
namespace cmd = app::scenario::cmd;

namespace {

sc::Script parse_ok(const std::string& text) {
  auto s = sc::parse_script(text, "t.scn");
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? std::string() : s.error().message));
  return *s;
}

std::string parse_error(const std::string& text) {
  auto s = sc::parse_script(text, "t.scn");
  REQUIRE_MESSAGE(!s.ok(), "parsed without error: " << text);
  return s.error().message;
}

// The one step after `start` of a script "start\n<line>".
sc::Command step_of(const std::string& line) {
  auto s = parse_ok("start\n" + line + "\n");
  REQUIRE(s.steps.size() == 1);
  CHECK(s.steps[0].line == 2);
  return s.steps[0].command;
}

}  // namespace

TEST_CASE("scenario script: setup commands, comments and blank lines") {
  auto s = parse_ok(
      "# a scenario\n"
      "\n"
      "data demo seed=7 residents=300 months=4   # trailing comment\n"
      "config\tui.idle_timeout_s = 5\n"
      "config hall.name = \"某某街道 # 便民服务中心\"\n"
      "start counter size=1080x1920 language=en\n");
  REQUIRE(s.setup.size() == 3);
  const auto& d = std::get<cmd::DataDemo>(s.setup[0].command);
  CHECK(s.setup[0].line == 3);
  CHECK(d.seed == 7);
  CHECK(d.residents == 300);
  CHECK(d.months == 4);
  const auto& c1 = std::get<cmd::Config>(s.setup[1].command);
  CHECK(c1.section == "ui");
  CHECK(c1.key == "idle_timeout_s");
  CHECK(c1.value == "5");
  const auto& c2 = std::get<cmd::Config>(s.setup[2].command);
  CHECK(c2.section == "hall");
  CHECK(c2.value == "\"某某街道 # 便民服务中心\"");  // a '#' inside quotes is text
  REQUIRE(s.start);
  CHECK(s.start->line == 6);
  const auto& st = std::get<cmd::Start>(s.start->command);
  CHECK(st.mode == core::Mode::Counter);
  CHECK(st.width == 1080);
  CHECK(st.height == 1920);
  CHECK(st.language == core::Language::En);
  CHECK(s.steps.empty());
}

TEST_CASE("scenario script: defaults of data demo and start") {
  auto s = parse_ok("data demo\nstart\n");
  const auto& d = std::get<cmd::DataDemo>(s.setup[0].command);
  CHECK(d.seed == 1);
  CHECK(d.residents == 200);
  CHECK(d.months == 3);
  const auto& st = std::get<cmd::Start>(s.start->command);
  CHECK(!st.mode);
  CHECK(st.width == 1920);
  CHECK(st.height == 1080);
  CHECK(!st.language);
}

TEST_CASE("scenario script: data none, store unavailable, data roster blocks") {
  CHECK(std::holds_alternative<cmd::DataNone>(parse_ok("data none\nstart\n").setup[0].command));
  CHECK(std::holds_alternative<cmd::StoreUnavailable>(parse_ok("store unavailable\nstart\n").setup[0].command));
  auto s = parse_ok(
      "data roster\n"
      "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
      "320102194501011236,张老四,农村低保,在保,359.17,2024-01-01,2026-12-31 # kept\n"
      "end\n"
      "data roster\n"
      "id_number,name,benefit_type,period,amount,paid_on,channel,status\n"
      "end\n"
      "start kiosk\n");
  REQUIRE(s.setup.size() == 2);
  const auto& r = std::get<cmd::DataRoster>(s.setup[0].command);
  CHECK(r.first_line == 2);
  CHECK(r.csv ==
        "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
        "320102194501011236,张老四,农村低保,在保,359.17,2024-01-01,2026-12-31 # kept\n");
  CHECK(std::get<cmd::DataRoster>(s.setup[1].command).first_line == 6);
}

TEST_CASE("scenario script: device commands") {
  CHECK(std::get<cmd::Card>(step_of("card 张𠀾")).name == "张𠀾");
  CHECK(std::get<cmd::Card>(step_of("card \"SMITH, JOHN\"")).name == "SMITH, JOHN");
  CHECK(std::holds_alternative<cmd::RemoveCard>(step_of("remove card")));
  auto g = std::get<cmd::Scan>(step_of("scan genuine 320102-01-20261113-0002"));
  CHECK(g.kind == cmd::Scan::Kind::Genuine);
  CHECK(g.text == "320102-01-20261113-0002");
  CHECK(std::get<cmd::Scan>(step_of("scan forged 320102-01-20261113-0002")).kind == cmd::Scan::Kind::Forged);
  auto r = std::get<cmd::Scan>(step_of("scan raw \"OW1 not \\\"a\\\" slip\\\\\""));
  CHECK(r.kind == cmd::Scan::Kind::Raw);
  CHECK(r.text == "OW1 not \"a\" slip\\");
  CHECK(std::get<cmd::Paper>(step_of("paper out")).out);
  CHECK(!std::get<cmd::Paper>(step_of("paper in")).out);
}

TEST_CASE("scenario script: input, time and checks") {
  CHECK(std::get<cmd::Tap>(step_of("tap \"返回 首页\"")).label == "返回 首页");
  CHECK(std::get<cmd::Tap>(step_of("tap English")).label == "English");
  CHECK_FALSE(std::get<cmd::Tap>(step_of("tap English")).resident);
  const auto tr = std::get<cmd::Tap>(step_of("tap resident \"非常满意\""));
  CHECK(tr.label == "非常满意");
  CHECK(tr.resident);
  CHECK(std::get<cmd::Tap>(step_of("tap \"resident\"")).label == "resident");  // quoted: a label
  CHECK_FALSE(std::get<cmd::Tap>(step_of("tap \"resident\"")).resident);
  CHECK(std::get<cmd::Key>(step_of("key F6")).function_key == 6);
  CHECK(std::get<cmd::Key>(step_of("key F12")).function_key == 12);
  CHECK(!std::get<cmd::Key>(step_of("key F12")).named);
  CHECK(std::get<cmd::Key>(step_of("key Enter")).named == sc::NamedKey::Enter);
  CHECK(std::get<cmd::Key>(step_of("key Enter")).function_key == 0);
  CHECK(std::get<cmd::Key>(step_of("key Tab")).named == sc::NamedKey::Tab);
  CHECK(std::get<cmd::Key>(step_of("key BackSpace")).named == sc::NamedKey::BackSpace);
  CHECK(std::get<cmd::Key>(step_of("key Escape")).named == sc::NamedKey::Escape);
  CHECK(std::get<cmd::Type>(step_of("type \"王𠀾 abc 123\"")).text == "王𠀾 abc 123");
  CHECK(std::get<cmd::Type>(step_of("type A07")).text == "A07");
  CHECK(std::get<cmd::Type>(step_of("type \"# not a comment\"")).text == "# not a comment");
  CHECK(std::get<cmd::Wait>(step_of("wait 2s")).ms == 2000);
  CHECK(std::get<cmd::Wait>(step_of("wait 500ms")).ms == 500);
  CHECK(std::get<cmd::Wait>(step_of("wait 1.5s")).ms == 1500);
  auto es = std::get<cmd::ExpectScreen>(step_of("expect screen card-reading"));
  CHECK(es.name == "card-reading");
  CHECK(es.within_ms == sc::kDefaultWithinMs);
  CHECK(std::get<cmd::ExpectScreen>(step_of("expect screen welcome within 35s")).within_ms == 35000);
  auto et = std::get<cmd::ExpectText>(step_of("expect text \"请将身份证\" within 800ms"));
  CHECK(et.text == "请将身份证");
  CHECK(!et.absent);
  CHECK(et.within_ms == 800);
  auto en = std::get<cmd::ExpectText>(step_of("expect no text \"Place your ID card\""));
  CHECK(en.absent);
  CHECK(en.text == "Place your ID card");
  auto ep = std::get<cmd::ExpectPdf>(step_of("expect pdf \"社会救助审核公示名单\" within 3s"));
  CHECK(ep.text == "社会救助审核公示名单");
  CHECK(ep.within_ms == 3000);
  CHECK(std::get<cmd::ExpectPdf>(step_of("expect pdf 528.00")).within_ms == sc::kDefaultWithinMs);
  auto epr = std::get<cmd::ExpectPrinted>(step_of("expect printed \"承诺时限：受理后1个工作日\" within 4s"));
  CHECK(epr.text == "承诺时限：受理后1个工作日");
  CHECK(epr.within_ms == 4000);
  CHECK(std::get<cmd::ExpectPrinted>(step_of("expect printed 320102-01")).within_ms == sc::kDefaultWithinMs);
  CHECK(std::get<cmd::Screenshot>(step_of("screenshot 1-welcome_zh.v2")).name == "1-welcome_zh.v2");
  CHECK(std::holds_alternative<cmd::Quit>(step_of("quit")));
  CHECK(!std::get<cmd::Restart>(step_of("restart")).mode);
  CHECK(std::get<cmd::Restart>(step_of("restart kiosk")).mode == core::Mode::Kiosk);
  CHECK(std::get<cmd::Restart>(step_of("restart counter")).mode == core::Mode::Counter);
  CHECK(std::get<cmd::Restart>(step_of("restart backoffice   # on the same store")).mode == core::Mode::Backoffice);
  CHECK(step_of("  wait 2s   # settle").index() == sc::Command(cmd::Wait{}).index());
}

TEST_CASE("scenario script: staff accounts are setup lines") {
  auto s = parse_ok(
      "staff A07 name=王小明 pin=1234\n"
      "data demo\n"
      "staff B-2 name=李四 pin=87654321 role=approver disabled\n"
      "start counter\n");
  REQUIRE(s.setup.size() == 3);
  const auto& a = std::get<cmd::Staff>(s.setup[0].command);
  CHECK(a.member.staff_no == "A07");
  CHECK(a.member.name == "王小明");
  CHECK(a.member.role == core::StaffRole::Counter);
  CHECK(a.member.active);
  CHECK(a.pin == "1234");
  const auto& b = std::get<cmd::Staff>(s.setup[2].command);
  CHECK(b.member.staff_no == "B-2");
  CHECK(b.member.role == core::StaffRole::Approver);
  CHECK(!b.member.active);
  CHECK(b.pin == "87654321");
  CHECK(s.setup[2].line == 3);
}

TEST_CASE("scenario script: the step keeps its text without the comment") {
  auto s = parse_ok("start\n   tap \"English\"   # the language button\n");
  CHECK(s.steps[0].text == "tap \"English\"");
}

TEST_CASE("scenario script: errors name the file and line") {
  struct Case {
    const char* text;
    const char* expect;  // the start of the message
  };
  const Case cases[] = {
      {"start\nfrobnicate\n", "t.scn:2: unknown command \"frobnicate\""},
      {"start\n\n# c\ntap\n", "t.scn:4: tap:"},
      {"start\ntap \"unclosed\n", "t.scn:2: a quoted string is not closed"},
      {"start\ntap \"a\"b\n", "t.scn:2: put a space after the closing quote"},
      {"start\ntap \"a\\n\"\n", "t.scn:2: unknown escape"},
      {"start\nwait 2\n", "t.scn:2: wait:"},
      {"start\nwait 2h\n", "t.scn:2: wait:"},
      {"start\nwait 601s\n", "t.scn:2: wait:"},
      {"start\nexpect screen welcome within\n", "t.scn:2: expect:"},
      {"start\nexpect screen welcome soon\n", "t.scn:2: expect:"},
      {"start\nexpect text\n", "t.scn:2: expect:"},
      {"start\nexpect colour red\n", "t.scn:2: expect:"},
      {"start\nscan genuine\n", "t.scn:2: scan:"},
      {"start\nscan maybe 1\n", "t.scn:2: scan:"},
      {"start\npaper jam\n", "t.scn:2: paper:"},
      {"start\nkey F13\n", "t.scn:2: key:"},
      {"start\nkey enter\n", "t.scn:2: key:"},
      {"start\nkey Enter Tab\n", "t.scn:2: key:"},
      {"start\ntype\n", "t.scn:2: type:"},
      {"start\ntype \"\"\n", "t.scn:2: type:"},
      {"start\ntype a b\n", "t.scn:2: type:"},
      {"staff A07 name=王 pin=1234\nstart\nstaff A08 name=李 pin=1234\n", "t.scn:3: setup (data, store, config, staff) belongs before"},
      {"staff A07 name=王\nstart\n", "t.scn:1: staff: write"},
      {"staff A07 pin=1234\nstart\n", "t.scn:1: staff: write"},
      {"staff A07 name=王 pin=12\nstart\n", "t.scn:1: staff: "},
      {"staff A07 name=王 pin=12ab\nstart\n", "t.scn:1: staff: "},
      {"staff A_7 name=王 pin=1234\nstart\n", "t.scn:1: staff: a staff number"},
      {"staff A07 name=王 pin=1234 role=boss\nstart\n", "t.scn:1: staff: \"role=boss\": role must be"},
      {"staff A07 name=王 pin=1234 sleepy\nstart\n", "t.scn:1: staff: write"},
      {"staff\nstart\n", "t.scn:1: staff: write"},
      {"start\nremove slip\n", "t.scn:2: remove:"},
      {"start\nscreenshot ../escape\n", "t.scn:2: screenshot:"},
      {"start\nscreenshot\n", "t.scn:2: screenshot:"},
      {"start\nquit now\n", "t.scn:2: quit"},
      {"start\nrestart lobby\n", "t.scn:2: restart: write `restart` or `restart kiosk|counter|backoffice`"},
      {"start\nrestart kiosk counter\n", "t.scn:2: restart:"},
      {"start\nrestart \"kiosk\"\n", "t.scn:2: restart:"},
      {"start\nquit\nwait 1s\n", "t.scn:3: nothing can follow `quit` (line 2)"},
      {"data demo seed=x\nstart\n", "t.scn:1: data demo:"},
      {"data demo residents=0\nstart\n", "t.scn:1: data demo:"},
      {"data demo colour=3\nstart\n", "t.scn:1: data demo:"},
      {"data lots\nstart\n", "t.scn:1: data:"},
      {"store maybe\nstart\n", "t.scn:1: store:"},
      {"data demo\ndata none\nstart\n", "t.scn:2: the store is already set up on line 1"},
      {"data roster\na,b\nend\nstore unavailable\nstart\n", "t.scn:4: the store is already set up on line 1"},
      {"data roster\nend\nstart\n", "t.scn:2: data roster: no CSV lines"},
      {"data roster\na,b\nstart\n", "t.scn:3: data roster: missing `end`"},
      {"config ui.idle_timeout_s\nstart\n", "t.scn:1: config:"},
      {"config idle = 5\nstart\n", "t.scn:1: config:"},
      {"config ui.idle_timeout_s = \nstart\n", "t.scn:1: config:"},
      {"config ui.language = zh-CN\nstart\n", "t.scn:1: config: zh-CN is not a TOML value"},
      {"start lobby\n", "t.scn:1: start:"},
      {"start size=10x10\n", "t.scn:1: start:"},
      {"start language=fr\n", "t.scn:1: start:"},
      {"start\ndata demo\n", "t.scn:2: setup (data, store, config, staff) belongs before `start` (line 1)"},
      {"start\nstart\n", "t.scn:2: `start` again"},
      {"# nothing yet\ntap \"English\"\nstart\n", "t.scn:2: `tap \"English\"` needs a running terminal"},
      {"data demo\n", "t.scn:1: the script never starts the terminal"},
      {"", "t.scn:1: the script never starts the terminal"},
      {"\"start\"\n", "t.scn:1: a line starts with a command"},
  };
  for (const auto& c : cases) {
    const std::string m = parse_error(c.text);
    CHECK_MESSAGE(m.rfind(c.expect, 0) == 0, "script:\n" << c.text << "\ngave: " << m);
  }
}

// The `staff` setup line reaches the scenario's store: a real SQLite file in the sandbox, the PIN
// stored as a hash that signs in.
#include "app/scenario/sandbox.h"
#include "store/schema.h"
#include "store/staff_table.h"

TEST_CASE("scenario sandbox: staff lines become accounts with their PIN in the scenario's store") {
  auto script = parse_ok(
      "data none\n"
      "staff A07 name=王小明 pin=1234\n"
      "staff R1 name=李四 pin=87654321 role=reviewer disabled\n"
      "start counter\n");
  auto box = sc::Sandbox::create();
  REQUIRE(box.ok());
  auto config = (*box)->prepare(script);
  REQUIRE_MESSAGE(config.ok(), (config.ok() ? std::string() : config.error().message));
  auto db = store::open_store((*box)->dir() / "store.db");
  REQUIRE(db.ok());
  store::StaffTable staff(*db);
  auto a = staff.account("A07");
  REQUIRE(a.ok());
  REQUIRE(a->has_value());
  CHECK((*a)->member.name == "王小明");
  CHECK((*a)->member.role == core::StaffRole::Counter);
  CHECK((*a)->member.active);
  CHECK((*a)->has_pin);
  auto r = staff.account("R1");
  REQUIRE(r.ok());
  REQUIRE(r->has_value());
  CHECK((*r)->member.role == core::StaffRole::Reviewer);
  CHECK(!(*r)->member.active);

  const core::CivilTime now{2026, 11, 24, 9, 0, 0, 2};
  auto right = staff.sign_in("A07", "1234", now, core::Config::Counter{});
  REQUIRE(right.ok());
  CHECK(std::holds_alternative<core::sign_in::SignedIn>(*right));
  auto wrong = staff.sign_in("A07", "4321", now, core::Config::Counter{});
  REQUIRE(wrong.ok());
  CHECK(std::holds_alternative<core::sign_in::WrongPin>(*wrong));
  auto disabled = staff.sign_in("R1", "87654321", now, core::Config::Counter{});
  REQUIRE(disabled.ok());
  CHECK(std::holds_alternative<core::sign_in::Disabled>(*disabled));
}

TEST_CASE("scenario sandbox: a staff line replaces a demo account with the same number") {
  auto script = parse_ok(
      "data demo residents=5 months=1\n"
      "staff A01 name=测试员 pin=2468 role=admin\n"
      "start counter\n");
  auto box = sc::Sandbox::create();
  REQUIRE(box.ok());
  auto config = (*box)->prepare(script);
  REQUIRE_MESSAGE(config.ok(), (config.ok() ? std::string() : config.error().message));
  auto db = store::open_store((*box)->dir() / "store.db");
  REQUIRE(db.ok());
  store::StaffTable staff(*db);
  auto a = staff.account("A01");
  REQUIRE(a.ok());
  REQUIRE(a->has_value());
  CHECK((*a)->member.name == "测试员");
  CHECK((*a)->member.role == core::StaffRole::Admin);
  auto in = staff.sign_in("A01", "2468", core::CivilTime{2026, 11, 24, 9, 0, 0, 2}, core::Config::Counter{});
  REQUIRE(in.ok());
  CHECK(std::holds_alternative<core::sign_in::SignedIn>(*in));
}

TEST_CASE("scenario sandbox: staff needs a store") {
  auto script = parse_ok("store unavailable\nstaff A07 name=王 pin=1234\nstart\n");
  auto box = sc::Sandbox::create();
  REQUIRE(box.ok());
  auto config = (*box)->prepare(script);
  REQUIRE(!config.ok());
  CHECK(config.error().message.rfind("t.scn:2: staff:", 0) == 0);
}

TEST_CASE("scenario script: the resident-facing window's checks, screenshot and the X screen it needs") {
  auto rt = std::get<cmd::ExpectText>(step_of("expect resident text \"已受理\" within 2s"));
  CHECK(rt.resident);
  CHECK(!rt.absent);
  CHECK(rt.text == "已受理");
  CHECK(rt.within_ms == 2000);
  auto rn = std::get<cmd::ExpectText>(step_of("expect resident no text \"110105194912310021\""));
  CHECK(rn.resident);
  CHECK(rn.absent);
  CHECK(!std::get<cmd::ExpectText>(step_of("expect text \"resident\"")).resident);
  CHECK(std::get<cmd::ExpectResidentWindow>(step_of("expect resident window")).open);
  CHECK(!std::get<cmd::ExpectResidentWindow>(step_of("expect no resident window")).open);
  auto shot = std::get<cmd::Screenshot>(step_of("screenshot resident 2-outer"));
  CHECK(shot.resident);
  CHECK(shot.name == "2-outer");
  CHECK(!std::get<cmd::Screenshot>(step_of("screenshot resident")).resident);  // a shot named "resident"
  const auto parsed = parse_ok("start counter size=1280x800 screen=2560x900\n");  // outlives `st`
  const auto& st = std::get<cmd::Start>(parsed.start->command);
  CHECK(st.screen_width == 2560);
  CHECK(st.screen_height == 900);
  CHECK(parse_error("start counter screen=2560\n").find("screen must be WxH") != std::string::npos);
  CHECK(parse_error("start\nscreenshot resident a b\n").find("screenshot resident NAME") != std::string::npos);
}
