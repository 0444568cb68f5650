#include "core/counter/item_search.h"

#include <doctest/doctest.h>

namespace {

// Enough of the shipped table for the names below (the real one is checked in tests/app).
const char* kTable = R"(# test table
b 保报兵补
d 低待
f 抚
g 高
h 恤
j 救金津
l 临龄
q 期请
s 生申
sh 定
)";

const char* kGoodTable = R"(# test table
b 保 报 兵 补
d 低待定殡
f 抚
g 高
h 活
j 救津
l 临龄
q 请期
s 生申
w 务
x 恤许
y 医优义
z 最助
y 疗
)";

core::ServiceCatalog catalog() {
  core::ServiceCatalog c;
  for (auto [code, name] : {std::pair{"dibao", "最低生活保障（低保）申请"}, std::pair{"linshi", "临时救助申请"},
                            std::pair{"yiliao", "医疗救助申请"}, std::pair{"gaoling", "高龄津贴"},
                            std::pair{"youfu", "优抚（义务兵家属优待金、定期抚恤补助）"}}) {
    core::ServiceItem item;
    item.code = code;
    item.name = name;
    c.items.push_back(item);
  }
  return c;
}

core::PinyinInitials table() {
  auto t = core::PinyinInitials::parse(
      "b 保报兵补\nd 低待定\nf 抚\ng 高\nh 活\nx 恤\nj 救金津家\nl 临龄疗\nq 期请\nr\ns 生申时属\nt 贴\nw 务\n"
      "y 医优义\nz 最助障\n");
  REQUIRE_MESSAGE(t.ok(), (t.ok() ? "" : t.error().message));
  return t.value();
}

std::vector<std::string> codes(const std::vector<const core::ServiceItem*>& items) {
  std::vector<std::string> out;
  for (const auto* i : items) out.push_back(i->code);
  return out;
}

}  // namespace

TEST_CASE("the initials table is read letter by letter and rejects mistakes by line") {
  auto t = core::PinyinInitials::parse(kGoodTable);
  REQUIRE_MESSAGE(t.ok(), (t.ok() ? "" : t.error().message));
  CHECK(t->initial(U'保') == 'b');
  CHECK(t->initial(U'疗') == 'y');  // a letter may have several lines
  CHECK(t->initial(U'障') == 0);
  CHECK(t->size() == 28);

  auto two_letters = core::PinyinInitials::parse(kTable);  // "sh 定": an initial is one letter
  REQUIRE_FALSE(two_letters.ok());
  CHECK(two_letters.error().message.find("line 11:") == 0);
  auto dup = core::PinyinInitials::parse("c 长\nz 长\n");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.error().message == "line 2: 长 is already listed under c on line 1; give each character one initial");
  auto not_han = core::PinyinInitials::parse("b 保，\n");
  REQUIRE_FALSE(not_han.ok());
  CHECK(not_han.error().message == "line 1: '，' is not a Han character");
  auto no_u = core::PinyinInitials::parse("u 保\n");
  REQUIRE_FALSE(no_u.ok());
  CHECK(no_u.error().message.find("line 1: must start with a pinyin initial letter") == 0);
  CHECK(core::PinyinInitials::parse("").ok());
  CHECK(core::PinyinInitials::parse("# only a comment\r\n\r\nB 保 # trailing comment\r\n")->initial(U'保') == 'b');
}

TEST_CASE("initials keep ASCII letters and digits and drop punctuation") {
  auto t = table();
  CHECK(t.initials_of("最低生活保障（低保）申请") == "zdshbzdbsq");
  CHECK(t.initials_of("优抚（义务兵家属优待金、定期抚恤补助）") == "yfywbjsydjdqfxbz");
  CHECK(t.initials_of("A3 低保 / X") == "a3dbx");
  CHECK(t.initials_of("低𠀀保") == "db");  // not in the table: dropped, but reported by uncovered
  CHECK(t.uncovered("低𠀀保鑫鑫") == std::vector<char32_t>{U'𠀀', U'鑫'});
  CHECK(t.uncovered("最低生活保障（低保）申请 A1").empty());
  CHECK(core::is_han(U'低'));
  CHECK(core::is_han(U'𠀀'));
  CHECK_FALSE(core::is_han(U'（'));
  CHECK_FALSE(core::is_han(U'a'));
}

TEST_CASE("items are found by name, code prefix and pinyin initials, ranked") {
  auto c = catalog();
  auto t = table();
  CHECK(codes(core::find_items(c, "dbsq", t)) == std::vector<std::string>{"dibao"});
  CHECK(codes(core::find_items(c, "DBSQ", t)) == std::vector<std::string>{"dibao"});
  CHECK(codes(core::find_items(c, " d b ", t)) == std::vector<std::string>{"dibao"});
  CHECK(codes(core::find_items(c, "低保", t)) == std::vector<std::string>{"dibao"});
  CHECK(codes(core::find_items(c, "lsjz", t)) == std::vector<std::string>{"linshi"});
  CHECK(codes(core::find_items(c, "yljz", t)) == std::vector<std::string>{"yiliao"});
  // "jz" is a substring of the initials of 临时救助申请 and 医疗救助申请: catalog order.
  CHECK(codes(core::find_items(c, "jzsq", t)) == std::vector<std::string>{"linshi", "yiliao"});
  // Name match first, then code or initials prefix, then initials substring.
  // "救助": the name of 临时救助 and 医疗救助; "yf" is the initials prefix of 优抚 and the code prefix of
  // youfu; "gl" starts 高龄 (initials) and gaoling (code).
  CHECK(codes(core::find_items(c, "救助", t)) == std::vector<std::string>{"linshi", "yiliao"});
  CHECK(codes(core::find_items(c, "gao", t)) == std::vector<std::string>{"gaoling"});
  CHECK(codes(core::find_items(c, "yi", t)) == std::vector<std::string>{"yiliao"});
  // "y": prefix of yiliao and youfu (code and initials) and substring of nothing else; "bz": initials
  // prefix of none, substring of 最低生活保障 (zdshbz…) and 优抚…补助 (…fxbz).
  CHECK(codes(core::find_items(c, "y", t)) == std::vector<std::string>{"yiliao", "youfu"});
  CHECK(codes(core::find_items(c, "bz", t)) == std::vector<std::string>{"dibao", "youfu"});
  // "d" starts dibao's code and is inside youfu's initials.
  CHECK(codes(core::find_items(c, "d", t)) == std::vector<std::string>{"dibao", "youfu"});
  CHECK(codes(core::find_items(c, "申请", t)) == std::vector<std::string>{"dibao", "linshi", "yiliao"});
  CHECK(codes(core::find_items(c, "津", t)) == std::vector<std::string>{"gaoling"});
}

TEST_CASE("ranking puts name matches first, then prefixes, then substrings, whatever the catalog order") {
  core::ServiceCatalog c;
  for (auto [code, name] : {std::pair{"linshi", "临时救助申请"},  // initials lsjzsq: "sq" inside
                            std::pair{"shenqing", "申请表"},      // initials sq (表 not in the table)
                            std::pair{"zm", "SQ 证明"}}) {        // "sq" in the name itself
    core::ServiceItem item;
    item.code = code;
    item.name = name;
    c.items.push_back(item);
  }
  CHECK(codes(core::find_items(c, "sq", table())) == std::vector<std::string>{"zm", "shenqing", "linshi"});
  CHECK(codes(core::find_items(c, "sh", table())) == std::vector<std::string>{"shenqing"});  // code prefix
}

TEST_CASE("an empty query lists every item in catalog order and nonsense finds nothing") {
  auto c = catalog();
  auto t = table();
  CHECK(codes(core::find_items(c, "", t)) == std::vector<std::string>{"dibao", "linshi", "yiliao", "gaoling", "youfu"});
  CHECK(codes(core::find_items(c, "  ", t)).size() == 5);
  CHECK(core::find_items(c, "xyzq", t).empty());
  CHECK(core::find_items(c, "婚姻", t).empty());
  CHECK(core::find_items(core::ServiceCatalog{}, "db", t).empty());
}
