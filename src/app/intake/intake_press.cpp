#include "app/intake/intake_press.h"

#include <utility>

#include "app/slip/slip_source.h"

namespace app::intake {

store::IntakePlace intake_place(const core::Config& config, int year, int month, int day) {
  store::IntakePlace p;
  p.hall_code = config.hall.code;
  p.terminal = config.terminal.number;
  p.year = year;
  p.month = month;
  p.day = day;
  return p;
}

base::Result<PressOutcome> press_accept(IntakeDesk& desk, core::Application filled) {
  // 1. Commit (synchronous=FULL, one transaction with the number's sequence row). Until this
  //    returns nothing about the application exists outside this process.
  auto committed = store::commit_application(desk.db, desk.place, std::move(filled));
  if (!committed) return base::Error{"the application was not committed: " + committed.error().message};
  PressOutcome out;
  out.application = std::move(*committed);

  // 2. Only now the slip: its QR is signed over the number the store handed out.
  auto slip = app::slip::slip_for_application(out.application, desk.config, desk.catalog, desk.signer, desk.words);
  if (!slip) {
    out.slip_problem = "slip: " + slip.error().message;
    return out;
  }
  // A slip must point at the committed application and nothing else; check the payload the
  // printer will carry rather than trusting how it was built.
  const auto check = desk.signer.verify(slip->qr_payload);
  if (!check.ok() || check.acceptance_no != out.application.acceptance_no || slip->acceptance_no != out.application.acceptance_no) {
    out.slip_problem = "slip QR does not verify to the committed number " + out.application.acceptance_no;
    return out;
  }
  auto job = desk.print_desk.job_bytes(*slip);
  out.slip = std::move(*slip);
  if (!job) {
    out.slip_problem = "print job: " + job.error().message;
    return out;
  }
  out.job = std::move(*job);
  return out;
}

}  // namespace app::intake
