#pragma once
// Builds the acceptance slip of an application with everything around it: the hall from the
// config, the item's name from the catalog, the counter from the terminal number, the signed QR
// payload from the hall key, and its words from `words` (assets/i18n, in core::kRecordLanguage).
#include <string_view>

#include "app/qr/slip_signer.h"
#include "core/domain/acceptance_slip.h"
#include "core/config.h"
#include "base/result.h"
#include "core/domain/service_item.h"
#include "core/text/i18n.h"
#include "store/database.h"

namespace app::slip {

// "01号窗口" for terminal 1 (slip.counter_name).
std::string counter_name(int terminal_number, const core::Catalog& words);

base::Result<core::AcceptanceSlip> slip_for_application(const core::Application& application,
                                                        const core::Config& config,
                                                        const core::ServiceCatalog& catalog,
                                                        const app::qr::SlipSigner& signer, const core::Catalog& words);

// Looks the application up; error "no application with acceptance number …" when absent.
base::Result<core::AcceptanceSlip> slip_for_acceptance_no(store::Database& db, std::string_view acceptance_no,
                                                          const core::Config& config,
                                                          const core::ServiceCatalog& catalog,
                                                          const app::qr::SlipSigner& signer,
                                                          const core::Catalog& words);

}  // namespace app::slip
