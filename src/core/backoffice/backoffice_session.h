#pragma once
// The back office's state as AppState holds it (issue 19): who is signed in (the staff desks'
// sign-in, core/desk_sign_in.h), whether the screen is locked, the queue with its filters, a
// claim on its way and the case opened by a claim.
#include <optional>
#include <string>

#include "core/backoffice/batch_view.h"
#include "core/backoffice/case_view.h"
#include "core/backoffice/case_rules.h"
#include "core/backoffice/dynamic_view.h"
#include "core/backoffice/statistics_view.h"
#include "core/backoffice/work_queue.h"
#include "core/desk_events.h"
#include "core/domain/civil_time.h"
#include "core/domain/staff_member.h"
#include "core/screen.h"
#include "core/text/message.h"

namespace core {

struct BackofficeSession {
  std::optional<StaffMember> staff;  // signed in (reviewer, approver or admin)
  bool locked = false;               // 暂离 or idle: the PIN of `staff` unlocks, everything is kept
  SignInDraft sign_in;
  CivilTime last_activity;
  ScreenId screen_before_lock = ScreenId::BackofficeHome;
  // From the config ([backoffice]); kept across sign-outs.
  int lock_after_idle_s = 300;
  int refresh_s = 5;
  int lease_seconds = kDefaultLeaseSeconds;

  QueueFilter filter;
  int first_row = 0;               // the first row of the list shown (上一页 / 下一页)
  std::optional<WorkQueue> queue;  // read only while someone is signed in; dropped at sign-out
  bool loading = false;            // a read is on its way (no second one is asked for meanwhile)
  bool reload = false;             // the filter changed while reading: read again when it answers
  CivilTime last_read;             // when the last read was asked for

  bool claiming = false;  // 领取 / 释放 / 收回 pressed, the store has not answered
  Message notice;         // the last refusal or result of a claim, release or take-back
  std::optional<std::string> open_case_no;  // acceptance number of the case opened by a claim
  std::optional<QueueEntry> open_case;      // that case as the store had it when claimed
  CaseView case_view;                       // the case open on screen (core/backoffice/case_work.h)
  BatchView batch;                          // 批量审批 and 打印公示名单 (core/backoffice/batch_work.cpp)
  ReviewDesk reviews;                       // the 年审 tab (core/backoffice/review_work.cpp)
  DiscoveryDesk discovery;                  // the 主动发现 tab (core/backoffice/review_work.cpp)
  StatisticsView statistics;                // 统计 (core/backoffice/statistics_flow.cpp)
};

}  // namespace core
