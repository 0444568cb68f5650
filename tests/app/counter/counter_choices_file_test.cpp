// assets/catalog/counter.toml: the words the counter offers as buttons. They are stored as picked,
// so the shipped lists hold the very words the counter offered before they moved out of the code.
#include "app/counter/counter_choices_file.h"

#include <doctest/doctest.h>

#include <filesystem>

TEST_CASE("the shipped counter choices are the relations and 不予受理 reasons the counter always offered") {
  auto c = app::load_counter_choices_file(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/catalog/counter.toml");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  CHECK(c->relations == std::vector<std::string>{"配偶", "子女", "父母", "兄弟姐妹", "孙子女", "祖父母", "其他"});
  CHECK(c->refusal_reasons == std::vector<std::string>{"不属于本事项受理范围", "申请人不符合申请条件",
                                                       "非本辖区户籍或居住", "已在办理中，不重复受理"});
  CHECK(c->rejection_reasons.size() == 5);  // 不予批准, offered in the back office
}

TEST_CASE("不予批准 reasons are optional: without them the approver writes the reason") {
  auto c = app::parse_counter_choices_text("relations = [\"配偶\"]\nrefusal_reasons = [\"x\"]\n", "counter.toml");
  REQUIRE(c.ok());
  CHECK(c->rejection_reasons.empty());
  auto bad = app::parse_counter_choices_text("relations = [\"配偶\"]\nrefusal_reasons = [\"x\"]\nrejection_reasons = []\n",
                                             "counter.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("key 'rejection_reasons': must not be empty") != std::string::npos);
}

TEST_CASE("a bad counter choices file is refused with the key named") {
  auto error_of = [](const char* text) {
    auto r = app::parse_counter_choices_text(text, "counter.toml");
    REQUIRE_FALSE(r.ok());
    return r.error().message;
  };
  CHECK(error_of("relations = [\"配偶\"]\n").find("key 'refusal_reasons': missing") != std::string::npos);
  CHECK(error_of("relations = []\nrefusal_reasons = [\"x\"]\n").find("key 'relations': must not be empty") !=
        std::string::npos);
  CHECK(error_of("relations = [\"配偶\", \"配偶\"]\nrefusal_reasons = [\"x\"]\n").find("appears twice") !=
        std::string::npos);
  CHECK(error_of("relations = [\"配偶\"]\nrefusal_reasons = [\"\"]\n").find("non-empty strings") != std::string::npos);
  CHECK(error_of("relations = [\"配偶\"]\nrefusal_reasons = [\"x\"]\nreasons = 1\n").find("key 'reasons': unknown") !=
        std::string::npos);
  CHECK(error_of("relations = \"配偶\"\nrefusal_reasons = [\"x\"]\n").find("must be an array") != std::string::npos);
  CHECK(error_of("relations = [").find("counter.toml:1") != std::string::npos);
}
