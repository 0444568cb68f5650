#pragma once
// 补正收件 at the counter (issue 19): a resident whose application waits for materials (待补正)
// brings them. Staff scan the QR code on the acceptance slip (or type its number), see what the
// case still needs, tick each paper as it is handed over, and 材料已收齐 sends the case back to
// review. The case rules (core/backoffice/case_rules.h) let counter staff do exactly this to a
// case and nothing more; the store checks it again in the writing transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "core/text/message.h"

namespace core {

// One application as the counter's 补正收件 shows it.
struct SupplementCase {
  std::string acceptance_no;
  std::string item_name;
  std::string applicant_name;  // staff at the window see it in full
  ApplicationStatus status = ApplicationStatus::NeedsSupplement;
  std::vector<MaterialCheck> missing;  // required and not yet received
};

struct SupplementDesk {
  std::string typed_no;                 // the acceptance number typed or scanned
  bool busy = false;                    // finding the case, or saving
  std::optional<SupplementCase> found;  // the case on screen
  std::vector<std::string> handed;      // material codes ticked as handed over
  Message message;                      // not found, not waiting, refused, or done
  bool done = false;                    // the case went back to review
};

}  // namespace core
