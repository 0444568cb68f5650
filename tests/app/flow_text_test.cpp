// Words a person reads come from the catalog (assets/i18n) or the county's files under assets/,
// never from a flow's code (issue 14 item 4): the rooms' flow folders hold no Chinese in a string
// literal. Comments may speak Chinese (the domain's words explain the code); literals may not.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "app/source_scan.h"

namespace fs = std::filesystem;
using source_scan::has_chinese;
using source_scan::string_literals;

namespace {

// The rooms' flows and services speak only through the catalog.
constexpr std::string_view kFlowFolders[] = {"src/core/kiosk", "src/core/counter", "src/core/backoffice",
                                             "src/app/kiosk",  "src/app/counter", "src/app/backoffice"};

}  // namespace

TEST_CASE("the literal finder sees literals and skips comments") {
  const auto found = string_literals(
      "// \"注释\" in a line comment\n"
      "/* \"注释\"\n across lines */ auto a = \"申请人\";\n"
      "char q = '\"'; auto b = u8\"x\\\"y\"; auto n = 1'000;\n"
      "auto r = R\"x(原始 \"quoted\")x\"; auto s = \"last\";\n");
  REQUIRE(found.size() == 4);
  CHECK(found[0].line == 3);
  CHECK(found[0].text == "申请人");
  CHECK(found[1].text == "x\\\"y");
  CHECK(found[2].line == 5);
  CHECK(found[2].text == "原始 \"quoted\"");
  CHECK(found[3].text == "last");
  CHECK(has_chinese("请输入"));
  CHECK(has_chinese("："));
  CHECK(has_chinese("𠀾"));
  CHECK_FALSE(has_chinese("counter.sign_in.need_pin — {}…"));
}

TEST_CASE("the rooms' flow folders hold no Chinese in a string literal") {
  std::size_t literals = 0;
  for (std::string_view folder : kFlowFolders) {
    const fs::path dir = fs::path(ONEWINDOW_SOURCE_DIR) / folder;
    REQUIRE_MESSAGE(fs::is_directory(dir), dir.string());
    for (const auto& [file, l] : source_scan::literals_under(dir)) {
      ++literals;
      CHECK_MESSAGE(!has_chinese(l.text), std::string(folder) << "/" << file.filename().string() << ":" << l.line
                                                              << ": \"" << l.text
                                                              << "\" — a sentence belongs in assets/i18n");
    }
  }
  CHECK(literals > 100);  // the folders were read
}
