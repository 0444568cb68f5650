#pragma once
// What the monthly payment roster out (core/domain/payment_roster.h) is made from: every benefit
// in payment in a month — status active and granted on or before the month's last day — with the
// person's name and address, on either store.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/payment_roster.h"
#include "store/database.h"

namespace store {

// `month` is YYYY-MM (checked by the caller). In no particular order: make_payment_roster sorts.
base::Result<std::vector<core::PaymentSource>> payment_sources(Database& db, const std::string& month);

}  // namespace store
