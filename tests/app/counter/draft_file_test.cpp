// The counter's draft file: everything typed comes back, the file is the hall account's only, and
// a damaged or foreign file is refused with a reason, never half read.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "app/counter/draft_file.h"

using namespace app;

namespace {
core::CounterDraft sample() {
  core::CounterDraft d;
  d.staff_no = "A07";
  d.step = core::IntakeStep::Household;
  d.saved_at = "2026-12-02 10:15:00";
  core::IntakeForm& f = d.form;
  f.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
  f.applicant = {"张𠀾", "女", "汉", "1949-12-31", "北京市朝阳区建国路88号", "11010519491231002X", true};
  f.phone = "138 0013 8000";
  f.item_code = "dibao";
  core::MemberRow m;
  m.person.name = "王䶮";
  m.person.id_number = "320102193505080015";
  m.relation = "配偶";
  m.lives_in_household = false;
  m.monthly_income = "1200.50";
  f.members = {m, core::MemberRow{}};
  f.applicant_row.disability_cert_no = "12345678901234567890";
  f.declarations = {{"wage", "800"}, {"house", "1"}};
  f.received = {"shenfenzheng", "hukoubu"};
  f.decision = core::IntakeDecision::Refuse;
  f.refusal_reason = "不属于本事项受理范围";
  return d;
}

std::filesystem::path temp_dir() {
  auto d = std::filesystem::temp_directory_path() / ("onewindow_draft_" + std::to_string(::getpid()));
  std::filesystem::remove_all(d);
  return d;
}
}  // namespace

TEST_CASE("draft file: written and read back whole, readable by the hall account only") {
  const auto dir = temp_dir();
  const auto file = draft_file(dir, 3);
  CHECK(file.filename() == "counter-03.json");
  CHECK_FALSE(read_draft(file).value().has_value());
  const core::CounterDraft d = sample();
  REQUIRE(write_draft(file, d).ok());
  struct stat st{};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0077) == 0);
  REQUIRE(::stat(file.parent_path().c_str(), &st) == 0);
  CHECK((st.st_mode & 0077) == 0);
  auto back = read_draft(file);
  REQUIRE(back.ok());
  REQUIRE(back->has_value());
  const core::CounterDraft& r = **back;
  CHECK(r.staff_no == "A07");
  CHECK(r.step == core::IntakeStep::Household);
  CHECK(r.saved_at == d.saved_at);
  CHECK(r.form.uuid == d.form.uuid);
  CHECK(r.form.applicant.name == "张𠀾");
  CHECK(r.form.applicant.from_card);
  CHECK(r.form.phone == "138 0013 8000");
  REQUIRE(r.form.members.size() == 2);
  CHECK(r.form.members[0].person.name == "王䶮");
  CHECK(r.form.members[0].relation == "配偶");
  CHECK_FALSE(r.form.members[0].lives_in_household);
  CHECK(r.form.members[0].monthly_income == "1200.50");
  CHECK(r.form.applicant_row.disability_cert_no == "12345678901234567890");
  CHECK(r.form.declarations == d.form.declarations);
  CHECK(r.form.received == d.form.received);
  CHECK(r.form.decision == core::IntakeDecision::Refuse);
  CHECK(r.form.refusal_reason == "不属于本事项受理范围");
  std::filesystem::remove_all(dir);
}

TEST_CASE("draft file: damaged, foreign or oversized text is refused with where") {
  CHECK_FALSE(draft_from_json("").ok());
  CHECK_FALSE(draft_from_json("{").ok());
  CHECK_FALSE(draft_from_json("[]").ok());
  CHECK_FALSE(draft_from_json(R"({"format": 2})").ok());
  std::string good = draft_to_json(sample());
  REQUIRE(draft_from_json(good).ok());
  // Each field removed in turn, or of the wrong type, is named.
  auto without = [&](const std::string& key) {
    std::string t = good;
    const auto at = t.find("\"" + key + "\"");
    REQUIRE(at != std::string::npos);
    t.replace(at, key.size() + 2, "\"x" + key + "\"");
    return draft_from_json(t);
  };
  for (const char* key : {"staff_no", "form_key", "step", "applicant", "members", "received", "refusal_reason"}) {
    CAPTURE(key);
    auto r = without(key);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find(key) != std::string::npos);
  }
  std::string bad_step = good;
  bad_step.replace(bad_step.find("\"step\": 2"), 9, "\"step\": 9");
  CHECK_FALSE(draft_from_json(bad_step).ok());
  CHECK_FALSE(draft_from_json(std::string(kMaxDraftBytes + 1, ' ')).ok());
}
