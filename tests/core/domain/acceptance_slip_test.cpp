// The slip model: what it says, masked, and in which order (domain.md "Acceptance slip content").
#include <doctest/doctest.h>

#include <algorithm>

#include "core/domain/acceptance_slip.h"

namespace {

core::Application application() {
  core::Application a;
  a.acceptance_no = "320102-01-20261123-0042";
  a.item_code = "dibao";
  a.applicant_id = "320102198001011234";
  a.applicant_name = "欧阳小英";
  a.materials = {{"a", "户口簿", true, true}, {"b", "收入证明", true, false}, {"c", "照片", false, false}};
  a.accepted_at = "2026-11-23 10:32:05";
  a.due = "2026-12-21";
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A01", a.accepted_at, "").ok());
  return a;
}

core::SlipContext context() {
  core::SlipContext c;
  c.hall_name = "锁金村街道便民服务中心";
  c.hall_phone = "025-84000000";
  c.counter = "01号窗口";
  c.item_name = "最低生活保障（低保）申请";
  c.qr_payload = "OW1:320102-01-20261123-0042:MFRGGZDFMZTWQ2LK";
  return c;
}

// The slip's words as assets/i18n/zh-CN.toml has them (core tests do not read the file; the
// golden slips in tests/app hold the shipped catalog to these bytes).
const core::Catalog& words() {
  static const core::Catalog c = [] {
    core::Catalog w;
    w.set_table(core::kRecordLanguage,
                {{"slip.title_accepted", "受理回执"}, {"slip.title_refused", "不予受理告知书"},
                 {"slip.number", "编号：{}"}, {"slip.item", "办理事项"}, {"slip.applicant", "申 请 人"},
                 {"slip.id_number", "身份证号"}, {"slip.accepted_at", "受理时间"}, {"slip.registered_at", "登记时间"},
                 {"slip.staff_no", "工号 {}"}, {"slip.counter", "受理窗口"}, {"slip.due", "承诺办结"},
                 {"slip.refusal_reason", "不予受理理由："}, {"slip.refusal_reason_unnoted", "见窗口说明"},
                 {"slip.none", "无"}, {"slip.received", "已收材料："}, {"slip.missing", "尚缺材料（一次性告知）："},
                 {"slip.bring_missing", "请在补齐上述材料后到本窗口补交。"},
                 {"slip.apply_again", "补齐上述材料后可重新申请。"}, {"slip.qr_caption", "扫码查询办理进度"},
                 {"slip.qr_hint", "请凭本回执在自助终端或窗口查询"}, {"slip.phone", "咨询电话：{}"},
                 {"slip.applicant_phone", "联系电话"}, {"slip.due_provisional", "{}（预计）"}});
    return w;
  }();
  return c;
}

std::vector<std::string> texts(const core::AcceptanceSlip& s) {
  std::vector<std::string> out;
  for (const auto& b : s.blocks)
    if (b.kind == core::SlipBlock::Kind::Line) out.push_back(b.line.text);
  return out;
}

std::ptrdiff_t index_of(const std::vector<std::string>& lines, const std::string& text) {
  auto it = std::find(lines.begin(), lines.end(), text);
  return it == lines.end() ? -1 : it - lines.begin();
}

}  // namespace

TEST_CASE("acceptance slip: content in order, name and ID masked, staff from the creating event") {
  const auto s = core::make_acceptance_slip(application(), context(), words());
  const auto lines = texts(s);
  CHECK(s.accepted);
  CHECK(lines[0] == "锁金村街道便民服务中心");
  CHECK(lines[1] == "受理回执");
  CHECK(index_of(lines, "编号：320102-01-20261123-0042") == 2);
  CHECK(index_of(lines, "办理事项：最低生活保障（低保）申请") == 3);
  CHECK(index_of(lines, "申 请 人：欧**英") == 4);
  CHECK(index_of(lines, "身份证号：320102********1234") == 5);
  CHECK(index_of(lines, "受理时间：2026-11-23 10:32:05") == 6);
  CHECK(index_of(lines, "受理窗口：01号窗口  工号 A01") == 7);
  CHECK(index_of(lines, "承诺办结：2026-12-21") == 8);
  const auto received = index_of(lines, "  √ 户口簿");
  const auto missing = index_of(lines, "  □ 收入证明");
  CHECK(received > index_of(lines, "已收材料："));
  CHECK(missing > index_of(lines, "尚缺材料（一次性告知）："));
  CHECK(index_of(lines, "  □ 照片") == -1);  // optional and not brought: not "missing"
  const auto qr = std::find_if(s.blocks.begin(), s.blocks.end(),
                               [](const auto& b) { return b.kind == core::SlipBlock::Kind::Qr; });
  REQUIRE(qr != s.blocks.end());
  CHECK(qr->qr == context().qr_payload);
  CHECK(index_of(lines, "扫码查询办理进度") > missing);
  CHECK(index_of(lines, "咨询电话：025-84000000") > index_of(lines, "扫码查询办理进度"));
  for (const auto& l : lines) CHECK(l.find("198001011234") == std::string::npos);
}

TEST_CASE("acceptance slip: not accepted gives its own title and the reason, no due date") {
  auto a = application();
  a.status = core::ApplicationStatus::NotAccepted;
  a.events.front().note = "不属于本事项受理范围";
  const auto lines = texts(core::make_acceptance_slip(a, context(), words()));
  CHECK(lines[1] == "不予受理告知书");
  CHECK(index_of(lines, "不属于本事项受理范围") > 0);
  CHECK(index_of(lines, "承诺办结：2026-12-21") == -1);
  // Nothing to hand in later for a refused application: the missing paper is for a new one.
  CHECK(index_of(lines, "请在补齐上述材料后到本窗口补交。") == -1);
  CHECK(index_of(lines, "补齐上述材料后可重新申请。") > index_of(lines, "  □ 收入证明"));
}

TEST_CASE("acceptance slip: no payload, no QR block") {
  auto c = context();
  c.qr_payload.clear();
  const auto s = core::make_acceptance_slip(application(), c, words());
  CHECK(std::none_of(s.blocks.begin(), s.blocks.end(), [](const auto& b) { return b.kind == core::SlipBlock::Kind::Qr; }));
}

TEST_CASE("acceptance slip: the applicant's phone masked, a provisional date marked 预计") {
  auto a = application();
  a.applicant_phone = "13812345678";
  a.due_provisional = true;
  const auto lines = texts(core::make_acceptance_slip(a, context(), words()));
  auto has = [&](const std::string& needle) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
  };
  CHECK(has("联系电话"));
  CHECK(has("138****5678"));
  CHECK_FALSE(has("13812345678"));
  CHECK(has("2026-12-21（预计）"));
  // Without them: no phone line, the date alone.
  const auto plain = texts(core::make_acceptance_slip(application(), context(), words()));
  CHECK(std::none_of(plain.begin(), plain.end(), [](const std::string& l) { return l.find("联系电话") != std::string::npos; }));
  CHECK(std::none_of(plain.begin(), plain.end(), [](const std::string& l) { return l.find("预计") != std::string::npos; }));
}
