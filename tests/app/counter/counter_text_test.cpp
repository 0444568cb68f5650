// The counter's sentences come from assets/i18n by key (issue 14); the shipped zh-CN catalog must
// read exactly as the code wrote them before, because staff know these words and some of them are
// stored (the 容缺受理 note) — core tests check keys and values, this file holds the words.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/i18n_file.h"
#include "core/counter/intake_form.h"
#include "core/text/message.h"

namespace {

const core::Catalog& shipped() {
  static const core::Catalog words = [] {
    auto c = app::load_catalog(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
    return *c;
  }();
  return words;
}

std::string zh(const core::Message& m) { return core::render(shipped(), core::Language::ZhCN, m); }
std::string zh(const core::FormProblem& p) { return core::render(shipped(), core::Language::ZhCN, p); }

core::Message says(std::string key, std::vector<std::string> values = {}) {
  return core::Message{std::move(key), std::move(values)};
}

}  // namespace

TEST_CASE("sign-in refusals read as before") {
  CHECK(zh(says("counter.sign_in.need_staff_no")) == "请输入工号（字母、数字）");
  CHECK(zh(says("counter.sign_in.need_pin")) == "请输入4至8位数字密码");
  CHECK(zh(says("counter.sign_in.store_down")) == "系统暂不可用，无法核对密码，请稍后再试");
  CHECK(zh(says("counter.sign_in.wrong_pin", {"2"})) == "密码不正确，再错2次该工号将被锁定");
  CHECK(zh(says("counter.sign_in.locked", {"09:15"})) == "该工号因多次输错密码已锁定，请于09:15后再试，或请管理员解锁");
  CHECK(zh(says("counter.sign_in.disabled")) == "该工号已停用，请联系管理员");
  CHECK(zh(says("counter.sign_in.unknown_staff")) == "没有这个工号，请核对");
  CHECK(zh(says("counter.sign_in.no_pin")) == "该工号还没有设置密码，请管理员设置（onewindow staff pin）");
}

TEST_CASE("what keeps an intake step from being done reads as before") {
  const core::Message applicant = says("counter.who.applicant");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.name_missing")}) == "申请人：请填写姓名");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_missing")}) == "申请人：请填写身份证号码");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_length", {"10"})}) ==
        "申请人：身份证号码应为18位（现为10位）");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_characters")}) ==
        "申请人：身份证号码只能是数字，最后一位可以是X");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_birth_date")}) ==
        "申请人：身份证号码中的出生日期不存在，请核对");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_check_character")}) ==
        "申请人：身份证号码校验位不对，请逐位核对");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.id_born_later")}) ==
        "申请人：身份证号码中的出生日期晚于今天，请核对");
  CHECK(zh(core::FormProblem{applicant, says("counter.problem.address_missing")}) == "申请人：请填写住址");
  CHECK(zh(core::FormProblem{says("counter.who.applicant_self"), says("counter.problem.income_not_money", {"12a"})}) ==
        "申请人本人：月收入「12a」不是金额（例：1200 或 1200.50）");
  CHECK(zh(core::FormProblem{says("counter.who.member", {"3"}), says("counter.problem.relation_missing")}) ==
        "家庭成员3：请选择与申请人关系");
  CHECK(zh(core::FormProblem{says("counter.who.member_named", {"2", "刘小"}), says("counter.problem.id_repeated")}) ==
        "家庭成员2（刘小）：身份证号码与前面的成员重复");
  CHECK(zh(core::FormProblem{{}, says("counter.problem.item_missing")}) == "请选择办理事项");
  CHECK(zh(core::FormProblem{{}, says("counter.problem.refusal_reason_missing")}) ==
        "不予受理：请选择或填写不予受理的理由");
}

TEST_CASE("declaration problems read as before") {
  CHECK(zh(says("declaration.problem.money_missing", {"工资性收入"})) == "工资性收入：请填写金额");
  CHECK(zh(says("declaration.problem.not_money", {"工资性收入", "12a"})) ==
        "工资性收入：「12a」不是金额（例：1200 或 1200.50）");
  CHECK(zh(says("declaration.problem.count_missing", {"机动车辆"})) == "机动车辆：请填写数量");
  CHECK(zh(says("declaration.problem.not_count", {"机动车辆", "1.5"})) == "机动车辆：「1.5」不是数量（填整数，例：0 或 2）");
  CHECK(zh(says("declaration.problem.text_missing", {"困难情况说明"})) == "困难情况说明：请填写");
  CHECK(zh(says("declaration.problem.text_too_long", {"困难情况说明", "500"})) == "困难情况说明：不能超过 500 字");
  CHECK(zh(says("declaration.problem.choice_missing", {"紧急程度"})) == "紧急程度：请选择");
  CHECK(zh(says("declaration.problem.not_a_choice", {"紧急程度", "很急", "一般、紧急（先行救助）"})) ==
        "紧急程度：「很急」不在可选项中（一般、紧急（先行救助））");
  CHECK(zh(says("declaration.problem.total_negative", {"个人自付", "医疗总费用、医保报销"})) ==
        "个人自付：算出来是负数，请核对医疗总费用、医保报销");
}

TEST_CASE("the ledger's messages and the failures staff can act on read as before") {
  CHECK(zh(says("counter.ledger.reprinting", {"320102-01-20261124-0001"})) == "正在重新打印：320102-01-20261124-0001");
  CHECK(zh(says("counter.ledger.reprinted", {"320102-01-20261124-0001"})) == "已重新打印：320102-01-20261124-0001");
  CHECK(zh(says("counter.ledger.reprint_failed", {"320102-01-20261124-0001"})) ==
        "重新打印失败：320102-01-20261124-0001");
  CHECK(zh(says("counter.ledger.exporting")) == "正在导出…");
  CHECK(zh(says("counter.ledger.exported", {"/tmp/a.csv"})) == "已导出：/tmp/a.csv");
  CHECK(zh(says("counter.export_failed.catalog")) == "导出失败：目录不可用");
  CHECK(zh(says("counter.reprint_failed.resources")) == "重新打印失败：目录、机构密钥或打印机配置不可用");
  CHECK(zh(says("counter.reprint_failed.not_found")) == "重新打印失败：找不到该申请");
  CHECK(zh(says("counter.intake_failed.resources")) ==
        "没有受理成功，申请未保存，请重试：目录、机构密钥或打印机配置不可用（见日志）");
  CHECK(zh(says("counter.intake_failed.item_unknown", {"nosuch"})) ==
        "没有受理成功，申请未保存，请重试：事项不在目录中：nosuch");
  // A database error is a plain sentence now; its words go to the log (issue 14).
  CHECK(zh(says("counter.intake_failed.store")) == "保存失败，申请未受理，请重试或联系管理员");
}

TEST_CASE("the 容缺受理 note is stored in the words it always had, whatever the screen's language") {
  core::ServiceItem item;
  item.code = "gaoling";
  item.name = "高龄津贴";
  item.required = {{"shenfenzheng", "居民身份证", ""}, {"hukoubu", "户口簿", ""}, {"shenqingshu", "申请书", ""}};
  core::ServiceCatalog catalog;
  catalog.items.push_back(item);
  core::IntakeForm f;
  f.uuid = "9b2d3c1e-0000-4000-8000-000000000001";
  f.applicant.id_number = "320102198007150028";
  core::complete_from_id_number(f.applicant);
  f.applicant.name = "刘𠀾芳";
  f.applicant.address = "南京市玄武区锁金村12号";
  f.item_code = "gaoling";
  f.received = {"shenfenzheng"};
  auto a = core::to_application(f, catalog, "A07", core::CivilTime{2026, 11, 24, 10, 0, 0, 2}, "2026-12-15", shipped());
  REQUIRE(a);
  REQUIRE(a->events.size() == 1);
  CHECK(a->events[0].note == "容缺受理，待补：户口簿、申请书");
}
