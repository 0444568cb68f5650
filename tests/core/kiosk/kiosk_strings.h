#pragma once
// The zh-CN sentences core/kiosk composes `onewindow status` and the printed summary with, as
// assets/i18n/zh-CN.toml ships them: core tests read no TOML, and tests/app/kiosk/kiosk_text_test.cpp
// checks this copy against the shipped file, so these tests see the words residents see.
#include "core/text/i18n.h"

namespace test_support {

inline core::Catalog kiosk_strings() {
  core::Catalog::Table zh = {
      {"kiosk.status_text.identity", "姓名 {}  身份证号 {}"},
      {"kiosk.status_text.benefits", "救助待遇:"},
      {"kiosk.status_text.benefit", "{}  {}  每月 {} 元  起始 {}  下次年审 {}"},
      {"kiosk.status_text.payments", "最近发放:"},
      {"kiosk.status_text.payment", "{}  {}  {} 元  {}  {}  {}"},
      {"kiosk.status_text.applications", "办理中的申请:"},
      {"kiosk.status_text.application", "{}  {}  {}  承诺办结 {}"},
      {"kiosk.status_text.hints", "可能符合的事项:"},
      {"kiosk.status_text.none", "(无)"},
      {"kiosk.summary_slip.title", "救助信息查询单"},
      {"kiosk.summary_slip.name", "姓    名"},
      {"kiosk.summary_slip.id_number", "身份证号"},
      {"kiosk.summary_slip.looked_up_at", "查询时间"},
      {"kiosk.summary_slip.benefits", "享受待遇："},
      {"kiosk.summary_slip.benefit", "{}  {}  每月{}元"},
      {"kiosk.summary_slip.benefit_dates", "起始 {}  年审 {}"},
      {"kiosk.summary_slip.payments", "最近发放："},
      {"kiosk.summary_slip.payment", "{} {} {}元 {}"},
      {"kiosk.summary_slip.applications", "在办事项："},
      {"kiosk.summary_slip.application_status", "{}  承诺办结 {}"},
      {"kiosk.summary_slip.missing", "需补交：{}"},
      {"kiosk.summary_slip.list_separator", "、"},
      {"kiosk.summary_slip.none", "无"},
      {"kiosk.summary_slip.disclaimer", "本单仅供参考，以窗口核实为准"},
      {"kiosk.summary_slip.phone", "咨询电话：{}"},
  };
  core::Catalog c;
  c.set_table(core::Language::ZhCN, std::move(zh));
  return c;
}

}  // namespace test_support
