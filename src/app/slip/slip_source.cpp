#include "app/slip/slip_source.h"

#include <cstdio>

#include "store/applications_table.h"

namespace app::slip {

std::string counter_name(int terminal_number, const core::Catalog& words) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d", terminal_number);
  return core::format(words.get(core::kRecordLanguage, "slip.counter_name"), {buf});
}

base::Result<core::AcceptanceSlip> slip_for_application(const core::Application& a, const core::Config& config,
                                                        const core::ServiceCatalog& catalog,
                                                        const app::qr::SlipSigner& signer, const core::Catalog& words) {
  auto payload = signer.sign(a.acceptance_no);
  if (!payload) return payload.error();
  core::SlipContext c;
  c.hall_name = config.hall.name;
  c.hall_phone = config.hall.phone;
  c.counter = counter_name(config.terminal.number, words);
  if (const auto* item = catalog.find(a.item_code)) c.item_name = item->name;
  c.qr_payload = *payload;
  return core::make_acceptance_slip(a, c, words);
}

base::Result<core::AcceptanceSlip> slip_for_acceptance_no(store::Database& db, std::string_view acceptance_no,
                                                          const core::Config& config,
                                                          const core::ServiceCatalog& catalog,
                                                          const app::qr::SlipSigner& signer,
                                                          const core::Catalog& words) {
  store::ApplicationsTable table(db);
  auto found = table.find_by_acceptance_no(std::string(acceptance_no));
  if (!found) return found.error();
  if (!*found) return base::Error{"no application with acceptance number " + std::string(acceptance_no)};
  return slip_for_application(**found, config, catalog, signer, words);
}

}  // namespace app::slip
