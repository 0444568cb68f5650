#pragma once
// What the resident-facing screen at the counter (窗口外屏) shows, read from the counter's state:
// who serves at this window, a masked summary of the intake being entered with the materials still
// missing, 已受理 with the acceptance number at the end, and the hall's name between residents.
// Pure. Personal data leave here masked only: the full name or ID number never reaches that
// screen, and the phone, address and household members' details are not carried at all.
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/rating/rating_panel.h"

namespace core {

struct AppState;

enum class ResidentPhase {
  Closed,    // nobody signed in at this window: 本窗口暂停服务
  Away,      // the staff member stepped away (the counter is locked): 工作人员暂时离开
  Welcome,   // signed in, no intake under way: 欢迎办理
  Intake,    // an intake is being entered: the masked summary
  Accepted,  // 已受理 (or 容缺受理, with what is still owed) and the number
  Refused,   // 不予受理 was recorded, with its number
};

struct ResidentView {
  ResidentPhase phase = ResidentPhase::Closed;
  Language language = Language::ZhCN;
  std::string hall_name;
  int window_no = 1;  // the terminal number from the config
  std::string staff_name, staff_no;  // empty when nobody is signed in
  // Intake and after: the applicant as the kiosk shows a resident (张*三, 320102********1234).
  std::string name_masked, id_masked;
  std::string item_name;  // empty until an item is picked
  int household = 0;      // people in the household, once that step is reached (0: not yet)
  // Intake: required materials not yet ticked as received; Accepted: those still owed (待补正).
  std::vector<std::string> missing;
  std::string acceptance_no;  // Accepted / Refused
  // Accepted: the 好差评 panel for this application, asked here when the counter has this window
  // (AppState::resident_screen); it holds the number, item and staff number, nothing personal.
  std::optional<RatingPanel> rating;

  bool operator==(const ResidentView&) const = default;
};

ResidentView resident_view(const AppState& s);

}  // namespace core
