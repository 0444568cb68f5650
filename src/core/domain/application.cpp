#include "core/domain/application.h"

#include <array>

namespace core {
namespace {

using S = ApplicationStatus;

struct StatusRow {
  S status;
  std::string_view code;
  std::string_view label;
};
constexpr std::array kStatuses = {
    StatusRow{S::Accepted, "accepted", "已受理"},         StatusRow{S::Reviewing, "reviewing", "审核中"},
    StatusRow{S::Publicized, "publicized", "公示中"},     StatusRow{S::Approved, "approved", "已审批"},
    StatusRow{S::Paying, "paying", "发放中"},             StatusRow{S::NeedsSupplement, "needs_supplement", "待补正"},
    StatusRow{S::Rejected, "rejected", "不予批准"},       StatusRow{S::Withdrawn, "withdrawn", "已撤回"},
    StatusRow{S::NotAccepted, "not_accepted", "不予受理"},
};
constexpr std::array kStatusList = [] {
  std::array<S, kStatuses.size()> out{};
  for (std::size_t i = 0; i < kStatuses.size(); ++i) out[i] = kStatuses[i].status;
  return out;
}();

struct Edge {
  S from, to;
};
// Review may approve directly for items without a publicity stage (老年人优待证, 惠民殡葬补贴).
constexpr std::array kEdges = {
    Edge{S::Accepted, S::Reviewing},        Edge{S::Accepted, S::NeedsSupplement}, Edge{S::Accepted, S::Withdrawn},
    Edge{S::Reviewing, S::Publicized},      Edge{S::Reviewing, S::Approved},       Edge{S::Reviewing, S::NeedsSupplement},
    Edge{S::Reviewing, S::Rejected},        Edge{S::Reviewing, S::Withdrawn},      Edge{S::NeedsSupplement, S::Reviewing},
    Edge{S::NeedsSupplement, S::Withdrawn}, Edge{S::Publicized, S::Approved},      Edge{S::Publicized, S::Rejected},
    Edge{S::Publicized, S::Withdrawn},      Edge{S::Approved, S::Paying},
};

}  // namespace

std::span<const ApplicationStatus> all_application_statuses() { return kStatusList; }
std::string_view status_code(ApplicationStatus s) { return kStatuses[static_cast<std::size_t>(s)].code; }
std::string_view status_label(ApplicationStatus s) { return kStatuses[static_cast<std::size_t>(s)].label; }

std::optional<ApplicationStatus> status_from_code(std::string_view code) {
  for (const auto& row : kStatuses)
    if (row.code == code) return row.status;
  return std::nullopt;
}

bool is_open(ApplicationStatus s) {
  return s == S::Accepted || s == S::Reviewing || s == S::NeedsSupplement || s == S::Publicized || s == S::Approved;
}

bool awaits_decision(ApplicationStatus s) { return is_open(s) && s != S::Approved; }

bool is_initial(ApplicationStatus s) { return s == S::Accepted || s == S::NeedsSupplement || s == S::NotAccepted; }

bool is_legal_transition(ApplicationStatus from, ApplicationStatus to) {
  for (const auto& e : kEdges)
    if (e.from == from && e.to == to) return true;
  return false;
}

base::Status open_application(Application& app, ApplicationStatus initial, const std::string& who, const std::string& at,
                        const std::string& note) {
  if (!app.events.empty()) return base::Error{"application " + app.acceptance_no + " has already been opened"};
  if (!is_initial(initial))
    return base::Error{"an application cannot start as " + std::string(status_code(initial)) +
                 "; it starts as accepted, needs_supplement or not_accepted"};
  if (initial == S::NotAccepted && note.empty())
    return base::Error{"application " + app.acceptance_no + " cannot be not_accepted without a reason in the note"};
  app.status = initial;
  app.events.push_back(ApplicationEvent{std::nullopt, initial, who, at, note, {}});
  return base::ok();
}

base::Status transition(Application& app, ApplicationStatus to, const std::string& who, const std::string& at,
                  const std::string& note) {
  if (!is_legal_transition(app.status, to))
    return base::Error{"application " + app.acceptance_no + " cannot go from " + std::string(status_code(app.status)) + " (" +
                 std::string(status_label(app.status)) + ") to " + std::string(status_code(to)) + " (" +
                 std::string(status_label(to)) + ")"};
  if ((to == S::Rejected || to == S::NotAccepted) && note.empty())
    return base::Error{"application " + app.acceptance_no + " cannot go to " + std::string(status_code(to)) +
                 " without a reason in the note"};
  app.events.push_back(ApplicationEvent{app.status, to, who, at, note, {}});
  app.status = to;
  return base::ok();
}

}  // namespace core
