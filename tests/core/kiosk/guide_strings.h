#pragma once
// The zh-CN sentences the 一次性告知单 is composed with, as assets/i18n/zh-CN.toml ships them: core
// tests read no TOML, and tests/app/kiosk/guide_text_test.cpp checks this copy against the shipped
// file.
#include "core/text/i18n.h"

namespace test_support {

inline core::Catalog guide_strings() {
  core::Catalog::Table zh = {
      {"kiosk.guide_slip.title", "一次性告知单"},
      {"kiosk.guide_slip.item", "办理事项"},
      {"kiosk.guide_slip.time_limit", "承诺时限"},
      {"kiosk.guide_slip.working_days", "受理后{}个工作日"},
      {"kiosk.guide_slip.who", "申请对象"},
      {"kiosk.guide_slip.required", "须带材料："},
      {"kiosk.guide_slip.optional", "如有请一并带来："},
      {"kiosk.guide_slip.numbered", "{}. {}"},
      {"kiosk.guide_slip.where", "办理地点"},
      {"kiosk.guide_slip.place", "{}综合受理窗口"},
      {"kiosk.guide_slip.phone", "咨询电话"},
      {"kiosk.guide_slip.address", "地址"},
      {"kiosk.guide_slip.date", "告知日期"},
      {"kiosk.guide_slip.footer", "请带齐以上材料到窗口办理"},
      {"date.long", "{}年{}月{}日"},
  };
  core::Catalog c;
  c.set_table(core::Language::ZhCN, std::move(zh));
  return c;
}

}  // namespace test_support
