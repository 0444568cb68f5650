#pragma once
// A roster into the PostgreSQL hall store in a handful of round trips instead of one or two a row
// (5,000–17,000 rows/s over the Unix socket): the rows stream into a temporary table with COPY,
// then set-based statements add the new residents, report the names that differ from the stored
// ones and upsert the benefits or payments, counting new, updated and unchanged rows as the row-
// by-row import does. Runs inside the caller's transaction (store::RosterWriter): all or nothing.
#include <memory>
#include <optional>
#include <string>

#include "base/result.h"
#include "core/domain/roster.h"
#include "store/pg/session.h"
#include "store/roster_import.h"

namespace store::pg {

class RosterCopy {
 public:
  explicit RosterCopy(Session& session) : s_(session) {}
  ~RosterCopy();  // a copy still open is abandoned (the caller's transaction then rolls back)
  RosterCopy(const RosterCopy&) = delete;
  RosterCopy& operator=(const RosterCopy&) = delete;

  base::Status add(const core::BenefitRollRow& row);
  base::Status add(const core::PaymentRosterRow& row);
  // Ends the copy and writes the rows; the caller commits.
  base::Result<RosterImportReport> finish();

 private:
  base::Status begin(core::RosterKind kind);
  base::Status row_start(core::RosterKind kind, int line, const std::string& id, const std::string& name);
  base::Status flush_if_full();
  base::Result<RosterImportReport> write_rows();
  template <typename Upsert>
  std::string refused_line(const Upsert& upsert);

  Session& s_;
  std::optional<core::RosterKind> kind_;
  std::string buffer_;
  long rows_ = 0;
};

}  // namespace store::pg
