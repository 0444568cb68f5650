#include "core/domain/declaration.h"

#include <doctest/doctest.h>

#include "core/domain/service_item.h"

namespace {

using core::DeclarationKind;

// declaration.problem.<what> with the field's label and values (tests/app/counter_text_test.cpp
// holds the shipped catalog's sentences to the words they had).
core::Message problem(const char* what, std::vector<std::string> values) {
  return core::Message{std::string("declaration.problem.") + what, std::move(values)};
}

core::DeclarationField money(const char* key, const char* label, const char* unit, bool required = true) {
  return core::DeclarationField{key, label, unit, DeclarationKind::Money, {}, required, {}};
}

// The 低保 declarations of the shipped catalog, built by hand so core is tested without the file.
core::ServiceItem dibao() {
  core::ServiceItem item;
  item.code = "dibao";
  item.name = "最低生活保障（低保）申请";
  item.declarations = {
      money("wage", "工资性收入", "元/月"),
      money("business", "经营净收入", "元/月"),
      money("property_income", "财产净收入", "元/月", false),
      money("savings", "存款及有价证券", "元"),
      core::DeclarationField{"vehicles", "机动车辆", "辆", DeclarationKind::Count, {}, true, {}},
      core::DeclarationField{"note", "备注", "", DeclarationKind::Text, {}, false, {}},
  };
  std::vector<std::string> income = {"wage", "business", "property_income"};
  item.totals = {
      core::DeclarationTotal{"monthly_income", "家庭月收入合计", "元/月", income, {}, false},
      core::DeclarationTotal{"per_member_income", "家庭人均月收入", "元/月", income, {}, true},
  };
  return item;
}

core::ServiceItem yiliao() {
  core::ServiceItem item;
  item.code = "yiliao";
  item.declarations = {money("total_cost", "医疗总费用", "元"), money("insurance", "医保报销", "元"),
                       money("critical_illness", "大病保险赔付", "元")};
  item.totals = {core::DeclarationTotal{"out_of_pocket", "个人自付", "元", {"total_cost"},
                                        {"insurance", "critical_illness"}, false}};
  return item;
}

core::ServiceItem linshi() {
  core::ServiceItem item;
  item.code = "linshi";
  item.declarations = {
      core::DeclarationField{"urgency", "紧急程度", "", DeclarationKind::Choice, {"一般", "紧急（先行救助）"}, true, {}},
      core::DeclarationField{"situation", "困难情况说明", "", DeclarationKind::Text, {}, true, {}},
  };
  return item;
}

}  // namespace

TEST_CASE("money is shown with thousands separators, two decimals and the unit") {
  CHECK(core::format_declared_money(0, "元") == "0.00 元");
  CHECK(core::format_declared_money(120000, "元/月") == "1,200.00 元/月");
  CHECK(core::format_declared_money(99999, "元") == "999.99 元");
  CHECK(core::format_declared_money(123456789, "元") == "1,234,567.89 元");
  CHECK(core::format_declared_money(-150050, "元") == "-1,500.50 元");
  CHECK(core::format_declared_money(5, "") == "0.05");
  CHECK(core::format_declared_count(2, "辆") == "2 辆");
}

TEST_CASE("an empty declaration names each required field with what to do") {
  auto problems = core::declaration_problems(dibao(), {});
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == problem("money_missing", {"工资性收入"}));
  CHECK(problems[1] == problem("money_missing", {"经营净收入"}));
  CHECK(problems[2] == problem("money_missing", {"存款及有价证券"}));
  CHECK(problems[3] == problem("count_missing", {"机动车辆"}));
  CHECK(core::declaration_problems(linshi(), {}) ==
        std::vector<core::Message>{problem("choice_missing", {"紧急程度"}), problem("text_missing", {"困难情况说明"})});
}

TEST_CASE("what is not a number or not a choice is named with what was typed") {
  core::DeclarationValues v{{"wage", "12a"}, {"business", "0"}, {"savings", "1,000"}, {"vehicles", "1.5"},
                            {"property_income", "-3"}};
  auto problems = core::declaration_problems(dibao(), v);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == problem("not_money", {"工资性收入", "12a"}));
  CHECK(problems[1] == problem("not_money", {"财产净收入", "-3"}));
  CHECK(problems[2] == problem("not_money", {"存款及有价证券", "1,000"}));
  CHECK(problems[3] == problem("not_count", {"机动车辆", "1.5"}));
  CHECK(core::declaration_problems(dibao(), {{"wage", "1.234"}, {"business", "0"}, {"savings", "0"}, {"vehicles", "0"}})
            .size() == 1);
  auto c = core::declaration_problems(linshi(), {{"urgency", "很急"}, {"situation", "房屋失火"}});
  REQUIRE(c.size() == 1);
  CHECK(c[0] == problem("not_a_choice", {"紧急程度", "很急", "一般、紧急（先行救助）"}));
  std::string long_text;
  for (std::size_t i = 0; i <= core::kMaxDeclaredTextChars; ++i) long_text += "火";
  auto t = core::declaration_problems(linshi(), {{"urgency", "一般"}, {"situation", long_text}});
  REQUIRE(t.size() == 1);
  CHECK(t[0] == problem("text_too_long", {"困难情况说明", "500"}));
}

TEST_CASE("a complete declaration has no problems and full-width digits and spaces are accepted") {
  core::DeclarationValues v{{"wage", " １２００．５ "}, {"business", "0"}, {"savings", "30000"}, {"vehicles", "０"},
                            {"unknown_key", "ignored"}};
  CHECK(core::declaration_problems(dibao(), v).empty());
  CHECK(core::declaration_problems(linshi(), {{"urgency", "紧急（先行救助）"}, {"situation", "房屋失火"}}).empty());
  auto lines = core::declaration_lines(dibao(), v, 2);
  REQUIRE(lines.size() >= 1);
  CHECK(lines[0] == "工资性收入：1,200.50 元/月");
}

TEST_CASE("totals add and subtract in fen and divide per household member with rounding") {
  core::DeclarationValues v{{"wage", "2000"}, {"business", "800.5"}, {"property_income", "399.51"}};
  auto totals = core::declaration_totals(dibao(), v, 3);
  REQUIRE(totals.size() == 2);
  CHECK(totals[0].label == "家庭月收入合计");
  CHECK(totals[0].value == "3,200.01 元/月");
  CHECK(totals[1].label == "家庭人均月收入");
  CHECK(totals[1].value == "1,066.67 元/月");  // 320001 / 3 = 106667.0 fen
  CHECK(core::declaration_totals(dibao(), {{"wage", "1000"}}, 3)[1].value == "333.33 元/月");
  CHECK(core::declaration_totals(dibao(), {{"wage", "0.03"}}, 2)[1].value == "0.02 元/月");  // half a fen rounds up
  // Empty fields count as zero while typing; a bad one makes the total unknown.
  CHECK(core::declaration_totals(dibao(), {}, 1)[0].value == "0.00 元/月");
  CHECK(core::declaration_totals(dibao(), {{"wage", "12a"}}, 1)[0].value == "—");
  // No household yet: the per-member total cannot be computed.
  CHECK(core::declaration_totals(dibao(), v, 0)[1].value == "—");
  CHECK(core::declaration_totals(dibao(), v, 0)[0].value == "3,200.01 元/月");

  auto bills = core::declaration_totals(yiliao(), {{"total_cost", "12500"}, {"insurance", "7000.5"}, {"critical_illness", "1200"}}, 4);
  REQUIRE(bills.size() == 1);
  CHECK(bills[0].value == "4,299.50 元");
}

TEST_CASE("a negative total is a problem naming the fields to check") {
  core::DeclarationValues v{{"total_cost", "1000"}, {"insurance", "900"}, {"critical_illness", "200"}};
  auto problems = core::declaration_problems(yiliao(), v);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == problem("total_negative", {"个人自付", "医疗总费用、医保报销、大病保险赔付"}));
  v["critical_illness"] = "100";
  CHECK(core::declaration_problems(yiliao(), v).empty());
  CHECK(core::declaration_totals(yiliao(), v, 1)[0].value == "0.00 元");
}

TEST_CASE("the stored lines list filled fields in catalog order, then the computable totals") {
  core::DeclarationValues v{{"vehicles", "1"}, {"wage", "1200"}, {"business", "0"}, {"savings", "52000.5"},
                            {"note", "  母亲长期卧床  "}};
  auto lines = core::declaration_lines(dibao(), v, 2);
  std::vector<std::string> expected = {
      "工资性收入：1,200.00 元/月", "经营净收入：0.00 元/月", "存款及有价证券：52,000.50 元", "机动车辆：1 辆",
      "备注：母亲长期卧床",          "家庭月收入合计：1,200.00 元/月", "家庭人均月收入：600.00 元/月"};
  CHECK(lines == expected);
  // Without a household the per-member line is left out rather than stored as "—".
  auto no_household = core::declaration_lines(dibao(), v, 0);
  CHECK(no_household.back() == "家庭月收入合计：1,200.00 元/月");
  CHECK(core::declaration_lines(linshi(), {{"urgency", "紧急（先行救助）"}}, 1) ==
        std::vector<std::string>{"紧急程度：紧急（先行救助）"});
  core::ServiceItem none;
  CHECK(core::declaration_lines(none, v, 1).empty());
  CHECK(core::declaration_problems(none, v).empty());
}
