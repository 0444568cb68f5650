// The shipped string catalog: both languages complete, and every key a screen asks for exists.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/i18n_file.h"

namespace fs = std::filesystem;

namespace {
core::Catalog shipped() {
  auto c = app::load_catalog(fs::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  return *c;
}
}  // namespace

TEST_CASE("zh-CN and en have the same keys") {
  auto c = shipped();
  std::set<std::string> zh, en;
  for (auto& [k, v] : c.table(core::Language::ZhCN)) zh.insert(k);
  for (auto& [k, v] : c.table(core::Language::En)) en.insert(k);
  CHECK(zh.size() > 10);
  for (auto& k : zh) CHECK_MESSAGE(en.count(k), "en lacks " << k);
  for (auto& k : en) CHECK_MESSAGE(zh.count(k), "zh-CN lacks " << k);
}

TEST_CASE("every tr(\"key\") in the screens exists in both languages") {
  auto c = shipped();
  const std::regex call(R"re(tr\("([a-z0-9_.]+)"\))re");
  size_t keys_seen = 0;
  for (auto& entry : fs::recursive_directory_iterator(fs::path(ONEWINDOW_SOURCE_DIR) / "src/ui")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
      const std::string key = (*it)[1];
      ++keys_seen;
      CHECK_MESSAGE(c.has(core::Language::ZhCN, key), entry.path().filename().string() << ": zh-CN lacks " << key);
      CHECK_MESSAGE(c.has(core::Language::En, key), entry.path().filename().string() << ": en lacks " << key);
    }
  }
  CHECK(keys_seen > 5);
}

TEST_CASE("no Chinese literal text in screen code: UI text comes from the catalog") {
  for (auto& entry : fs::recursive_directory_iterator(fs::path(ONEWINDOW_SOURCE_DIR) / "src/ui/screens")) {
    std::ifstream in(entry.path());
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      const auto code = line.substr(0, line.find("//"));
      // A CJK character inside a string literal (U+4E00..U+9FFF encode as E4..E9 lead bytes).
      const auto q = code.find('"');
      if (q == std::string::npos) continue;
      for (size_t i = q; i < code.size(); ++i) {
        const auto b = static_cast<unsigned char>(code[i]);
        CHECK_MESSAGE(!(b >= 0xE4 && b <= 0xE9), entry.path().filename().string() << ":" << n << ": " << line);
        if (b >= 0xE4 && b <= 0xE9) break;
      }
    }
  }
}
