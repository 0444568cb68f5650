#include "store/audit_log.h"

namespace store {

base::Status AuditLog::record(const std::string& at, const std::string& who, const std::string& id_number,
                              const std::string& why) {
  auto st = db_.cached("INSERT INTO audit_log(at, who, whose_hash, why) VALUES(?1, ?2, ?3, ?4)");
  if (!st) return st.error();
  (*st)->bind_all(at, who, audit_hash_of_id(key_, id_number), why);
  return (*st)->run();
}

base::Result<long> AuditLog::count_for(const std::string& id_number) {
  auto st = db_.cached("SELECT count(*) FROM audit_log WHERE whose_hash = ?1");
  if (!st) return st.error();
  (*st)->bind(1, audit_hash_of_id(key_, id_number));
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

}  // namespace store
