#pragma once
// A paper slip (receipt model, core/domain/acceptance_slip.h) sent to the hall's printer as print
// job `job`, on the job worker: its ESC/POS bytes from the configured print desk, then the device.
// Answered by ev::PrintDone / ev::PrintFailed for the job. Used by every room that hands out paper
// built in core (the kiosk's summary, the back office's notices and 公示名单).
#include <cstdint>

#include "app/service_context.h"
#include "core/domain/acceptance_slip.h"

namespace app {

void post_slip_print(ServiceContext& c, std::uint64_t job, core::AcceptanceSlip slip);

}  // namespace app
