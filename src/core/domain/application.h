#pragma once
// An application (申请) and its life cycle (domain.md "An application's life"):
//   accepted → reviewing → publicized → approved → paying
//   side paths: needs_supplement (from review or at the counter, back to reviewing), rejected,
//   withdrawn, not_accepted (refused at the counter, still numbered and printed).
// Every transition is an ApplicationEvent with who, when and a note; an illegal one is an error
// naming both states.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/resident.h"
#include "base/result.h"

namespace core {

enum class ApplicationStatus {
  Accepted,         // accepted 已受理
  Reviewing,        // reviewing 审核中
  Publicized,       // publicized 公示中
  Approved,         // approved 已审批
  Paying,           // paying 发放中
  NeedsSupplement,  // needs_supplement 待补正
  Rejected,         // rejected 不予批准
  Withdrawn,        // withdrawn 已撤回
  NotAccepted,      // not_accepted 不予受理
};

std::span<const ApplicationStatus> all_application_statuses();
std::string_view status_code(ApplicationStatus s);   // the stored value, e.g. "needs_supplement"
std::string_view status_label(ApplicationStatus s);  // Chinese, e.g. "待补正"
std::optional<ApplicationStatus> status_from_code(std::string_view code);
// Open applications: what the kiosk lists and the back office works on.
bool is_open(ApplicationStatus s);
// Open and not decided yet: its due date (办结时限) can pass. An approved application stays open
// until it pays, but its decision was made in time or not — it is never overdue again.
bool awaits_decision(ApplicationStatus s);
// The status an application may start in at the counter.
bool is_initial(ApplicationStatus s);
bool is_legal_transition(ApplicationStatus from, ApplicationStatus to);

struct ApplicationEvent {
  std::optional<ApplicationStatus> from;  // none for the creating event
  ApplicationStatus to = ApplicationStatus::Accepted;
  std::string who;  // staff number, "kiosk-01", "system"
  std::string at;   // local time "YYYY-MM-DD HH:MM:SS"
  std::string note;
  // What was done (core::case_action_code: record_step, publicize, …; with the step's code after a
  // ':' for record_step); empty for the counter's events.
  std::string action;
};

struct MaterialCheck {
  std::string code;  // catalog material code, e.g. "hukoubu"
  std::string name;  // 户口簿
  bool required = true;
  bool received = false;
};

struct Application {
  std::string uuid;           // idempotency key for sync
  std::string acceptance_no;  // 320102-01-20261123-0042
  std::string item_code;      // catalog ServiceItem code
  std::string applicant_id;   // ID number
  std::string applicant_name;
  std::vector<HouseholdMember> members;
  std::vector<std::string> declarations;  // declared facts (income, property …) as text lines
  std::vector<MaterialCheck> materials;
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::string accepted_at;  // YYYY-MM-DD HH:MM:SS
  std::string due;          // YYYY-MM-DD (promised completion)
  bool due_provisional = false;  // 预计: counted a day of a year whose holiday notice was not loaded
  std::string applicant_phone;   // optional; full to staff, masked on public screens and paper
  std::vector<ApplicationEvent> events;
};

// Starts an application in an initial status with its creating event.
base::Status open_application(Application& app, ApplicationStatus initial, const std::string& who, const std::string& at,
                        const std::string& note);
// Moves the application on and records the event, or says why not (both states named).
base::Status transition(Application& app, ApplicationStatus to, const std::string& who, const std::string& at,
                  const std::string& note);

}  // namespace core
