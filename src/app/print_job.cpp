#include "app/print_job.h"

#include "app/slip/print_desk.h"
#include "core/event.h"

namespace app {

void post_slip_print(ServiceContext& c, std::uint64_t job, core::AcceptanceSlip slip) {
  c.jobs.post([&c, job, slip = std::move(slip)] {
    base::Result<devices::printer::Bytes> bytes = base::Error{"no printer profile (see log)"};
    c.resources.with_print_desk([&](slip::PrintDesk& desk) { bytes = desk.job_bytes(slip); });
    if (!bytes) {
      c.q.post(core::ev::PrintFailed{job, core::PrinterTrouble::None, bytes.error().message});
      return;
    }
    c.devices.print(job, std::move(*bytes));
  });
}

}  // namespace app
