#pragma once
// Schema versions on a PostgreSQL store: the same meta table (version, compatible_version) and the
// same rules as the SQLite store (store/schema.h). A new database gets the baseline tables
// (pg/schema_ddl.h) in one transaction; two terminals starting together serialise on an advisory
// lock, so only one creates them.
#include "base/result.h"
#include "store/database.h"
#include "store/schema.h"

namespace store::pg {

base::Result<SchemaVersion> read_pg_schema_version(Database& db);
base::Status migrate_pg(Database& db, int target);

}  // namespace store::pg
