#pragma once
// The hall store's change notices (issue 19): every statement that changes applications, review
// steps or notices sends a NOTIFY on one channel (triggers made by schema step 11,
// store/pg/schema_ddl.h), so back-office terminals listening on it refresh their queue within a
// second of a change anywhere in the hall instead of polling. The payload is the table's name;
// PostgreSQL folds identical notices of one transaction into one.
namespace store::pg {

inline constexpr const char* kHallChangesChannel = "onewindow_hall";

}  // namespace store::pg
