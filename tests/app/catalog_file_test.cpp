#include "app/catalog_file.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <fstream>
#include <iterator>

#include "app/i18n_file.h"
#include "core/domain/declaration.h"
#include "core/counter/item_search.h"
#include "core/domain/working_days.h"
#include "core/text/message.h"

namespace {
const std::filesystem::path kAssets = std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets";

const core::Catalog& shipped_words() {
  static const core::Catalog words = [] {
    auto c = app::load_catalog(kAssets / "i18n");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
    return *c;
  }();
  return words;
}

const char* kMinimal = R"(
[materials]
shenfenzheng = "居民身份证"
[[item]]
code = "laonian"
name = "老年人优待证"
description = "60周岁以上可办理"
who_may_apply = "年满60周岁的老年人"
required = ["shenfenzheng"]
promised_working_days = 1
stages = ["受理", "制证"]
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  return text.replace(pos, from.size(), to);
}

std::string error_of(const std::string& text) {
  auto r = app::parse_catalog_text(text, "items.toml");
  REQUIRE_FALSE(r.ok());
  return r.error().message;
}
}  // namespace

TEST_CASE("the shipped catalog has the ten items of domain.md with materials and stages") {
  auto assets = app::load_catalog_assets(kAssets);
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? "" : assets.error().message));
  const auto& c = assets->catalog;
  REQUIRE(c.items.size() == 10);
  for (const char* code : {"dibao", "tekun", "linshi", "yiliao", "gaoling", "canji", "ertong", "youfu", "binzang", "laonian"}) {
    INFO(code);
    const core::ServiceItem* item = c.find(code);
    REQUIRE(item != nullptr);
    CHECK_FALSE(item->description.empty());
    CHECK_FALSE(item->required.empty());
    CHECK(item->promised_working_days > 0);
    CHECK_FALSE(item->stages.empty());
    CHECK_FALSE(item->conditions.empty());  // the kiosk's 办事指南 shows them
  }
  CHECK(c.find("canji")->required[2].name == "残疾人证");
  CHECK(c.find("gaoling")->conditions[1] == "年满80周岁（按身份证上的出生日期算）");
  CHECK(assets->eligibility.size() >= 3);
  // 2026 holidays and make-up days are loaded.
  CHECK_FALSE(assets->holidays.is_working_day(core::parse_iso_date("2026-10-05").value()));
  CHECK(assets->holidays.is_working_day(core::parse_iso_date("2026-10-10").value()));
  CHECK(core::format_iso_date(core::due_date(assets->holidays, "2026-09-29", 2).value().day) == "2026-10-08");
  CHECK(assets->holidays.has_notice(2026));
  CHECK(assets->holidays.notice_years() == std::set<int>{2026});
}

TEST_CASE("a year listed twice in the holiday file is refused") {
  auto twice = app::parse_holidays_text("[[year]]\nyear = 2026\n[[year]]\nyear = 2026\n", "holidays.toml");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().message.find("listed twice") != std::string::npos);
}

TEST_CASE("a bad catalog is refused with the item and the key named") {
  REQUIRE(app::parse_catalog_text(kMinimal, "items.toml").ok());
  auto e1 = error_of(with(kMinimal, "promised_working_days = 1", "promised_working_days = \"one\""));
  CHECK(e1.find("item 'laonian'") != std::string::npos);
  CHECK(e1.find("key 'promised_working_days'") != std::string::npos);
  auto e2 = error_of(with(kMinimal, "required = [\"shenfenzheng\"]", "required = [\"hukoubu\"]"));
  CHECK(e2.find("item 'laonian': key 'required': material 'hukoubu'") != std::string::npos);
  auto e3 = error_of(with(kMinimal, "stages = [\"受理\", \"制证\"]", "stages = [\"受理\"]\nstagse = []"));
  CHECK(e3.find("item 'laonian': key 'stagse': unknown key") != std::string::npos);
  auto e4 = error_of(with(kMinimal, "name = \"老年人优待证\"\n", ""));
  CHECK(e4.find("item 'laonian': key 'name': missing") != std::string::npos);
  auto e5 = error_of(std::string(kMinimal) + with(kMinimal, "[materials]\nshenfenzheng = \"居民身份证\"\n", ""));
  CHECK(e5.find("item 'laonian': key 'code': appears twice") != std::string::npos);
  auto e6 = error_of("[[item]\ncode = 1");
  CHECK(e6.find("items.toml:1") != std::string::npos);
  auto e7 = error_of(with(kMinimal, "promised_working_days = 1", "promised_working_days = 0"));
  CHECK(e7.find("between 1 and 365") != std::string::npos);
}

TEST_CASE("办理条件 are read in order, optional, and never an empty list or an empty sentence") {
  auto none = app::parse_catalog_text(kMinimal, "items.toml");
  REQUIRE(none.ok());
  CHECK(none->items[0].conditions.empty());
  const std::string who = "who_may_apply = \"年满60周岁的老年人\"\n";
  auto two = app::parse_catalog_text(with(kMinimal, who, who + "conditions = [\"年满60周岁\", \"本人或家属申请\"]\n"),
                                     "items.toml");
  REQUIRE(two.ok());
  CHECK(two->items[0].conditions == std::vector<std::string>{"年满60周岁", "本人或家属申请"});
  auto empty = error_of(with(kMinimal, who, who + "conditions = []\n"));
  CHECK(empty.find("item 'laonian': key 'conditions': must not be empty") != std::string::npos);
  auto blank = error_of(with(kMinimal, who, who + "conditions = [\"\"]\n"));
  CHECK(blank.find("item 'laonian': key 'conditions': must be an array of non-empty strings") != std::string::npos);
  auto text = error_of(with(kMinimal, who, who + "conditions = \"年满60周岁\"\n"));
  CHECK(text.find("key 'conditions': must be an array") != std::string::npos);
}

TEST_CASE("bad eligibility rules and holiday files are refused with the key named") {
  auto r1 = app::parse_eligibility_text("[[rule]]\nitem = \"gaoling\"\nreason = \"x\"\nmin_age = 90\nmax_age = 80\n", "e");
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.error().message.find("key 'max_age'") != std::string::npos);
  auto r2 = app::parse_eligibility_text("[[rule]]\nitem = \"gaoling\"\nreason = \"x\"\nunless_holding = [\"低保\"]\n", "e");
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().message.find("'低保' is not a benefit name") != std::string::npos);
  auto h1 = app::parse_holidays_text("[[year]]\nyear = 2026\nholidays = [\"2026-02-30\"]\n", "h");
  REQUIRE_FALSE(h1.ok());
  CHECK(h1.error().message.find("year 2026: key 'holidays'") != std::string::npos);
  auto h2 = app::parse_holidays_text("[[year]]\nyear = 2026\nworkdays = [\"2027-01-04\"]\n", "h");
  REQUIRE_FALSE(h2.ok());
  CHECK(h2.error().message.find("not in that year") != std::string::npos);
}

namespace {
const char* kDeclared = R"(
[[item.declare]]
key = "wage"
label = "工资性收入"
kind = "money"
unit = "元/月"
required = true
hint = "月平均"

[[item.declare]]
key = "cars"
label = "机动车辆"
kind = "count"
unit = "辆"

[[item.declare]]
key = "urgency"
label = "紧急程度"
kind = "choice"
choices = ["一般", "紧急（先行救助）"]
required = true

[[item.total]]
key = "per_member"
label = "家庭人均月收入"
unit = "元/月"
plus = ["wage"]
per_member = true
)";

std::string declared() { return std::string(kMinimal) + kDeclared; }
}  // namespace

TEST_CASE("declarations and totals are read in order with their kinds, units and choices") {
  auto c = app::parse_catalog_text(declared(), "items.toml");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().message));
  const auto& item = c->items.at(0);
  REQUIRE(item.declarations.size() == 3);
  CHECK(item.declarations[0].key == "wage");
  CHECK(item.declarations[0].kind == core::DeclarationKind::Money);
  CHECK(item.declarations[0].unit == "元/月");
  CHECK(item.declarations[0].required);
  CHECK(item.declarations[0].hint == "月平均");
  CHECK(item.declarations[1].kind == core::DeclarationKind::Count);
  CHECK_FALSE(item.declarations[1].required);
  CHECK(item.declarations[2].choices == std::vector<std::string>{"一般", "紧急（先行救助）"});
  REQUIRE(item.totals.size() == 1);
  CHECK(item.totals[0].plus == std::vector<std::string>{"wage"});
  CHECK(item.totals[0].minus.empty());
  CHECK(item.totals[0].per_member);
  // An item without declarations is fine.
  CHECK(app::parse_catalog_text(kMinimal, "items.toml")->items.at(0).declarations.empty());
}

TEST_CASE("bad declarations are refused naming the item, the declaration and the key") {
  auto e = [](const std::string& from, const std::string& to) { return error_of(with(declared(), from, to)); };
  CHECK(e("hint = \"月平均\"", "hnit = \"月平均\"") ==
        "catalog items.toml: item 'laonian': declare 'wage': key 'hnit': unknown key");
  CHECK(e("plus = [\"wage\"]", "plus = [\"wages\"]") ==
        "catalog items.toml: item 'laonian': total 'per_member': key 'plus': 'wages' is not a [[item.declare]] key of "
        "this item");
  CHECK(e("choices = [\"一般\", \"紧急（先行救助）\"]\n", "") ==
        "catalog items.toml: item 'laonian': declare 'urgency': key 'choices': missing");
  CHECK(e("key = \"cars\"", "key = \"wage\"") ==
        "catalog items.toml: item 'laonian': declare 'wage': key 'key': appears twice in this item");
  CHECK(e("key = \"per_member\"", "key = \"urgency\"") ==
        "catalog items.toml: item 'laonian': total 'urgency': key 'key': appears twice in this item");
  CHECK(e("kind = \"count\"", "kind = \"number\"") ==
        "catalog items.toml: item 'laonian': declare 'cars': key 'kind': 'number' is not one of money, count, text, "
        "choice");
  CHECK(e("unit = \"辆\"\n", "") == "catalog items.toml: item 'laonian': declare 'cars': key 'unit': missing");
  CHECK(e("kind = \"count\"\nunit = \"辆\"", "kind = \"text\"\nunit = \"辆\"") ==
        "catalog items.toml: item 'laonian': declare 'cars': key 'unit': only money and count fields have a unit");
  CHECK(e("unit = \"辆\"", "unit = \"辆\"\nchoices = [\"1\"]") ==
        "catalog items.toml: item 'laonian': declare 'cars': key 'choices': only a choice field has choices");
  CHECK(e("choices = [\"一般\", \"紧急（先行救助）\"]", "choices = [\"一般\", \"一般\"]") ==
        "catalog items.toml: item 'laonian': declare 'urgency': key 'choices': '一般' appears twice");
  CHECK(e("required = true\nhint", "required = \"yes\"\nhint") ==
        "catalog items.toml: item 'laonian': declare 'wage': key 'required': must be true or false");
  CHECK(e("plus = [\"wage\"]", "plus = [\"wage\", \"cars\"]") ==
        "catalog items.toml: item 'laonian': total 'per_member': key 'plus': mixes money and count fields");
  CHECK(e("plus = [\"wage\"]", "plus = [\"urgency\"]") ==
        "catalog items.toml: item 'laonian': total 'per_member': key 'plus': 'urgency' is not a money or count field");
  CHECK(e("plus = [\"wage\"]", "plus = []") ==
        "catalog items.toml: item 'laonian': total 'per_member': key 'plus': must not be empty");
  CHECK(e("key = \"cars\"", "key = \"Cars\"") ==
        "catalog items.toml: item 'laonian': declare 'Cars': key 'key': use lower-case letters, digits and _ only");
  CHECK(e("key = \"cars\"\n", "") == "catalog items.toml: item 'laonian': declare #2: key 'key': missing");
  CHECK(error_of(std::string(kMinimal) + "declare = 3\n") ==
        "catalog items.toml: item 'laonian': key 'declare': must be written as [[item.declare]] tables");
}

TEST_CASE("the shipped catalog declares income for 低保, bills for 医疗救助, urgency and guardians") {
  auto assets = app::load_catalog_assets(kAssets);
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? "" : assets.error().message));
  const auto& c = assets->catalog;
  const core::ServiceItem* dibao = c.find("dibao");
  core::DeclarationValues income{{"wage", "2400"}, {"business", "600"}, {"property_income", "0"},
                                 {"transfer", "200"}, {"savings", "15000"}, {"vehicles", "0"}, {"houses", "1"}};
  CHECK(core::declaration_problems(*dibao, income).empty());
  auto totals = core::declaration_totals(*dibao, income, 2);
  REQUIRE(totals.size() == 2);
  CHECK(totals[0].label == "家庭月收入合计");
  CHECK(totals[0].value == "3,200.00 元/月");
  CHECK(totals[1].label == "家庭人均月收入");
  CHECK(totals[1].value == "1,600.00 元/月");
  CHECK(core::declaration_problems(*dibao, {}).size() == 7);

  const core::ServiceItem* yiliao = c.find("yiliao");
  core::DeclarationValues bills{{"visit", "住院"}, {"total_cost", "23000"}, {"insurance", "12000"},
                                {"critical_illness", "3000.5"}};
  CHECK(core::declaration_problems(*yiliao, bills).empty());
  CHECK(core::declaration_lines(*yiliao, bills, 1).back() == "个人自付：7,999.50 元");

  std::vector<std::string> linshi_problems;
  for (const auto& m : core::declaration_problems(*c.find("linshi"), {}))
    linshi_problems.push_back(core::render(shipped_words(), core::Language::ZhCN, m));
  CHECK(linshi_problems == std::vector<std::string>{"困难类型：请选择", "紧急程度：请选择", "困难情况说明：请填写"});
  std::vector<std::string> guardian;
  for (const auto& f : c.find("ertong")->declarations) guardian.push_back(f.label);
  CHECK(guardian == std::vector<std::string>{"儿童类别", "监护人姓名", "监护人身份证号", "与儿童关系"});
  auto canji = c.find("canji")->declarations;
  REQUIRE(canji.size() == 2);
  CHECK(canji[1].choices.size() == 4);
}

TEST_CASE("every item name of the shipped catalog is covered by the pinyin initials table") {
  auto assets = app::load_catalog_assets(kAssets);
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? "" : assets.error().message));
  CHECK(assets->initials.size() > 300);
  for (const auto& item : assets->catalog.items) {
    INFO(item.name);
    CHECK(assets->initials.uncovered(item.name).empty());
    CHECK(assets->initials.initials_of(item.name).size() >= 2);
  }
  CHECK(assets->initials.initials_of("最低生活保障（低保）申请") == "zdshbzdbsq");
  CHECK(assets->initials.initials_of("残疾人两项补贴") == "cjrlxbt");
  CHECK(assets->initials.initials_of("长期护理") == "cqhl");
  const auto& c = assets->catalog;
  auto first = [&](const char* q) {
    auto found = core::find_items(c, q, assets->initials);
    return found.empty() ? std::string{} : found.front()->code;
  };
  CHECK(first("dbsq") == "dibao");
  CHECK(first("lsjz") == "linshi");
  CHECK(first("yljz") == "yiliao");
  CHECK(first("gljt") == "gaoling");
  CHECK(first("tkry") == "tekun");
  CHECK(first("hmbz") == "binzang");
  CHECK(first("lnryd") == "laonian");
  CHECK(first("ge") == "ertong");
  CHECK(first("swrfy") == "ertong");  // 事实无人抚养, inside the initials
  CHECK(first("cjr") == "canji");
  CHECK(first("YF") == "youfu");
}

TEST_CASE("an item name with a character missing from the initials table is refused at load") {
  auto dir = std::filesystem::temp_directory_path() / ("onewindow-catalog-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "catalog");
  std::filesystem::create_directories(dir / "calendar");
  for (const char* f : {"catalog/items.toml", "catalog/eligibility.toml", "calendar/holidays.toml"})
    std::filesystem::copy_file(kAssets / f, dir / f);
  // The shipped table without 殡 (惠民殡葬补贴) and 葬.
  std::ifstream in(kAssets / "catalog" / "pinyin_initials.txt", std::ios::binary);
  std::string table((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const std::string ch : {"殡", "葬"}) {
    auto pos = table.find(ch);
    REQUIRE(pos != std::string::npos);
    table.erase(pos, ch.size());
  }
  std::ofstream(dir / "catalog" / "pinyin_initials.txt", std::ios::binary) << table;
  auto assets = app::load_catalog_assets(dir);
  REQUIRE_FALSE(assets.ok());
  CHECK(assets.error().message.find("catalog: item 'binzang': name 惠民殡葬补贴: 殡葬 not in ") == 0);
  CHECK(assets.error().message.find("pinyin_initials.txt") != std::string::npos);

  std::ofstream(dir / "catalog" / "pinyin_initials.txt", std::ios::binary) << "b 保\nx 保\n";
  auto bad = app::load_catalog_assets(dir);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("pinyin_initials.txt: line 2: 保 is already listed under b") != std::string::npos);
  std::filesystem::remove_all(dir);
}
