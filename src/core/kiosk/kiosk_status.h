#pragma once
// What the kiosk shows a resident: their benefits, payments, open applications as progress
// timelines and eligibility hints with the materials to bring (KioskStatus, after a card read), or
// one application's progress alone (ApplicationProgress, after a slip scan: no amounts, no
// address, no ID number). Built off the UI thread from the store's rows (resident_records.h) and the
// service catalog; the screens only draw it.
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/eligibility.h"
#include "core/domain/service_item.h"
#include "core/kiosk/resident_records.h"
#include "core/kiosk/resident_status.h"

namespace core {

// One step of the main line 已受理 → 审核中 → 公示中 → 已审批 → 发放中.
struct ProgressStep {
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::string reached_on;  // YYYY-MM-DD of the first event that reached it; empty: not yet
  bool current = false;    // the step the application stands at (highlighted)
  bool operator==(const ProgressStep&) const = default;
};

// One review step of the item (入户调查 …) and the day its result was recorded.
struct ReviewStepProgress {
  std::string name;         // the catalog's name of the step
  std::string recorded_on;  // YYYY-MM-DD of its latest recorded result; empty: not yet
  bool operator==(const ReviewStepProgress&) const = default;
};

struct ApplicationProgress {
  std::string acceptance_no;
  std::string item_code;
  std::string item_name;  // the catalog's name; the code if the catalog lacks it
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::string accepted_on;  // YYYY-MM-DD
  std::string due;          // promised completion date, YYYY-MM-DD
  bool due_provisional = false;  // 预计: its year's holiday notice was not loaded when it was counted
  bool overdue = false;          // still open on a day after `due`
  std::vector<ProgressStep> steps;  // always the five main steps, in order
  // Side path the application is on (待补正, 不予批准, 已撤回, 不予受理), with its date; empty
  // `side_on` when it is on the main line.
  std::string side_on;
  // 待补正 / 容缺受理: the materials still to bring, names in full (with the catalog note).
  std::vector<std::string> missing_materials;
  std::string note;  // the latest event's note (a refusal's reason), for side paths only
  // The item's review steps in the catalog's order, each dated from the history as soon as the
  // back office records it (the 审核中 step's details on the timeline).
  std::vector<ReviewStepProgress> review_steps;
  bool operator==(const ApplicationProgress&) const = default;
};

// The main line, for the timeline.
inline constexpr ApplicationStatus kProgressLine[] = {ApplicationStatus::Accepted, ApplicationStatus::Reviewing,
                                                       ApplicationStatus::Publicized, ApplicationStatus::Approved,
                                                       ApplicationStatus::Paying};

// The timeline of `a` from its events: the date each main step was first reached, the current
// step, the side path if any, and what is still missing; overdue if still open after its promised
// date as of `today` (YYYY-MM-DD; empty: not judged).
ApplicationProgress progress_of(const Application& a, const ServiceCatalog& catalog, const std::string& today = {});

struct KioskHint {
  std::string item_code;
  std::string item_name;               // catalog name
  std::string reason;                  // e.g. 年满90周岁，可申请高龄津贴（90–99 周岁）
  std::vector<std::string> materials;  // required materials to bring, names in full
  bool operator==(const KioskHint&) const = default;
};

std::vector<KioskHint> kiosk_hints(const std::vector<EligibilityHint>& hints, const ServiceCatalog& catalog);

// For a person the store does not know: the hints their card's birth date (YYYY-MM-DD) alone gives
// on `today`, to take to the counter.
std::vector<KioskHint> card_hints(const std::vector<EligibilityRule>& rules, const std::string& birth,
                                  const std::string& today, const ServiceCatalog& catalog);

struct KioskStatus {
  std::string name_masked;  // 张*三
  std::string id_masked;
  std::vector<Benefit> benefits;
  std::vector<PaymentRecord> payments;  // newest first, at most kStatusPaymentsShown
  std::vector<ApplicationProgress> applications;  // open ones
  std::vector<KioskHint> hints;
  bool operator==(const KioskStatus&) const = default;
};

// What the kiosk shows after a card read: the masked view `onewindow status` prints
// (resident_status()), its hints with the materials to bring, and each open application as a
// timeline. Takes the rows to keep, as resident_status() does.
KioskStatus kiosk_status(ResidentRecords records, const std::vector<EligibilityRule>& rules,
                         const std::string& today, const ServiceCatalog& catalog);

}  // namespace core
