// The 一次性告知单 the kiosk's 办事指南 prints: the item, its materials, the time limit, where to
// go and the date, nothing personal.
#include <doctest/doctest.h>

#include "core/kiosk/guide_notice_slip.h"
#include "guide_strings.h"

using namespace core;

namespace {

std::string all_text(const AcceptanceSlip& s) {
  std::string out;
  for (const auto& b : s.blocks)
    if (b.kind == SlipBlock::Kind::Line) out += b.line.text + "\n";
  return out;
}

ServiceItem linshi() {
  ServiceItem i;
  i.code = "linshi";
  i.name = "临时救助申请";
  i.who_may_apply = "因突发事件导致基本生活暂时出现严重困难的家庭或个人";
  i.conditions = {"家里遇到急事"};
  i.required = {{"shenfenzheng", "居民身份证", ""}, {"shenqingshu", "申请书", ""}};
  i.optional = {{"hukoubu", "户口簿", "原件及复印件"}};
  i.promised_working_days = 10;
  return i;
}

}  // namespace

TEST_CASE("一次性告知单: item, numbered materials, time limit, hall, window, address, phone and the date") {
  const auto slip = make_guide_notice_slip(linshi(), {"锁金村街道便民服务中心", "025-84000000", "南京市玄武区龙蟠路8号", {2026, 12, 2, 9, 30, 0, 3}},
                                           test_support::guide_strings(), Language::ZhCN);
  const std::string text = all_text(slip);
  CHECK(slip.blocks.front().line.text == "锁金村街道便民服务中心");
  CHECK(text.find("一次性告知单\n") != std::string::npos);
  CHECK(text.find("办理事项：临时救助申请") != std::string::npos);
  CHECK(text.find("承诺时限：受理后10个工作日") != std::string::npos);
  CHECK(text.find("申请对象：因突发事件") != std::string::npos);
  // Required first, then those to bring if they have them, each list numbered from 1.
  const auto required = text.find("须带材料：\n  1. 居民身份证\n  2. 申请书\n");
  const auto optional = text.find("如有请一并带来：\n  1. 户口簿（原件及复印件）\n");
  CHECK(required != std::string::npos);
  CHECK(optional != std::string::npos);
  CHECK(required < optional);
  CHECK(text.find("办理地点：锁金村街道便民服务中心综合受理窗口") != std::string::npos);
  CHECK(text.find("地址：南京市玄武区龙蟠路8号\n咨询电话：025-84000000") != std::string::npos);
  CHECK(text.find("告知日期：2026年12月2日") != std::string::npos);
  CHECK(text.find("请带齐以上材料到窗口办理") != std::string::npos);
  CHECK(slip.qr_payload.empty());
  for (const auto& b : slip.blocks) CHECK(b.kind != SlipBlock::Kind::Qr);
}

TEST_CASE("一次性告知单: no optional list when the item has none, no address or phone line without them") {
  ServiceItem item = linshi();
  item.optional.clear();
  const auto slip = make_guide_notice_slip(item, {"便民服务中心", "", "", {2026, 12, 2, 9, 30, 0, 3}},
                                           test_support::guide_strings(), Language::ZhCN);
  const std::string text = all_text(slip);
  CHECK(text.find("如有请一并带来") == std::string::npos);
  CHECK(text.find("咨询电话") == std::string::npos);
  CHECK(text.find("地址") == std::string::npos);
  CHECK(text.find("2. 申请书") != std::string::npos);
}
