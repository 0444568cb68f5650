#pragma once
// What the counter's 受理 button does (issue 9, "Never lose an application"): commit the filled
// application first, and only then build its slip — the signed QR of the committed acceptance
// number — and the printer's ESC/POS job. A slip therefore never points at an application that is
// not in the store. The UUID is the idempotency key: pressing again with the same UUID after a
// crash, a power cut or a lost reply gives back the stored application with its original number
// and a slip for it, never a second application.
#include <optional>
#include <string>

#include "app/qr/slip_signer.h"
#include "app/slip/print_desk.h"
#include "core/domain/acceptance_slip.h"
#include "core/domain/application.h"
#include "core/config.h"
#include "base/result.h"
#include "core/domain/service_item.h"
#include "devices/printer/protocol.h"
#include "store/database.h"
#include "store/intake_commit.h"

namespace app::intake {

// Everything one counter needs to accept applications; opened once per session, used on the
// store worker thread (PrintDesk is not shared between threads).
struct IntakeDesk {
  store::Database& db;
  store::IntakePlace place;  // hall code, this terminal, today's local date
  const core::Config& config;  // hall name and phone, counter name for the slip
  const core::ServiceCatalog& catalog;
  const core::Catalog& words;  // the slip's sentences (assets/i18n)
  const app::qr::SlipSigner& signer;
  app::slip::PrintDesk& print_desk;
};

// The place of this counter on a given local date, from the config's hall code and terminal.
store::IntakePlace intake_place(const core::Config& config, int year, int month, int day);

struct PressOutcome {
  core::Application application;  // as committed: acceptance_no set
  // The slip and its print job. Empty when building them failed *after* the commit: the
  // application stays accepted and the screen offers a reprint (slip_problem says why).
  std::optional<core::AcceptanceSlip> slip;
  std::optional<devices::printer::Bytes> job;
  std::string slip_problem;
};

// `filled` must carry its UUID, item, applicant and opening event (core::open_application).
// Error = nothing was committed (the message says why); otherwise the application is committed.
base::Result<PressOutcome> press_accept(IntakeDesk& desk, core::Application filled);

}  // namespace app::intake
