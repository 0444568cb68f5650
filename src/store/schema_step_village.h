#pragma once
// Schema versions 16's and 18's SQLite steps (store/schema_steps.h lists every step), in a file of
// their own because the village rule in SQL takes its own helpers.

namespace store::sqlite_schema {

// Version 16 (issue 20): each resident's township and village (core/domain/address_village.h, the
// same rule in SQL; tests/store/stats_query_test checks the two agree) kept beside the address,
// so the statistics group benefits by village without reading every address again. Triggers keep
// them up to date for every writer, older code included (so the compatible version stays 9).
//
// The township's end in SQL, as core::address_village finds it: the first 街道; else the first
// 镇 (then 乡) that has no 市, 县 or 区 in the two characters after it, looking at two of them at
// most (镇江市…镇, 新乡市…乡). Built from string literals so the two triggers and the backfill say
// it once; SQLite allows no common table expression inside a trigger.
#define OW_AT1(M) "instr(address, '" M "')"
#define OW_REST1(M) "instr(substr(address, " OW_AT1(M) " + 1), '" M "')"
#define OW_AT2(M) "(" OW_AT1(M) " + " OW_REST1(M) ")"
#define OW_TOWN_OK(P)                                                                              \
  "(instr(substr(address, " P " + 1, 2), '市') = 0 AND instr(substr(address, " P " + 1, 2), '县') = 0 " \
  "AND instr(substr(address, " P " + 1, 2), '区') = 0)"
#define OW_TOWN_AT(M)                                                                               \
  "(CASE WHEN " OW_AT1(M) " > 0 AND " OW_TOWN_OK(OW_AT1(M)) " THEN " OW_AT1(M) " WHEN " OW_AT1(M) \
  " > 0 AND " OW_REST1(M) " > 0 AND " OW_TOWN_OK(OW_AT2(M)) " THEN " OW_AT2(M) " ELSE 0 END)"
#define OW_TOWNSHIP                                                                                  \
  "CASE WHEN instr(address, '街道') > 0 THEN substr(address, 1, instr(address, '街道') + 1) WHEN " \
  OW_TOWN_AT("镇") " > 0 THEN substr(address, 1, " OW_TOWN_AT("镇") ") WHEN " OW_TOWN_AT("乡")     \
  " > 0 THEN substr(address, 1, " OW_TOWN_AT("乡") ") ELSE '' END"
#define OW_VILLAGE                                                                                 \
  "CASE WHEN instr(substr(address, length(township) + 1), '社区') > 0 THEN substr(substr(address, " \
  "length(township) + 1), 1, instr(substr(address, length(township) + 1), '社区') + 1) WHEN "       \
  "instr(substr(address, length(township) + 1), '村') > 0 THEN substr(substr(address, "             \
  "length(township) + 1), 1, instr(substr(address, length(township) + 1), '村')) ELSE '' END"

// Every resident worked out by the rule, and the triggers that keep it for every writer; expanded
// where used, so each step says it with the rule (OW_TOWN_OK) in force there.
#define OW_VILLAGE_FILL_AND_TRIGGERS                                                 \
  "UPDATE residents SET township = " OW_TOWNSHIP ";\n"                               \
  "UPDATE residents SET village = " OW_VILLAGE ";\n"                                 \
  "CREATE TRIGGER residents_village_on_insert AFTER INSERT ON residents BEGIN\n"     \
  "  UPDATE residents SET township = " OW_TOWNSHIP " WHERE id = NEW.id;\n"           \
  "  UPDATE residents SET village = " OW_VILLAGE " WHERE id = NEW.id;\n"             \
  "END;\n"                                                                           \
  "CREATE TRIGGER residents_village_on_address AFTER UPDATE OF address ON residents BEGIN\n" \
  "  UPDATE residents SET township = " OW_TOWNSHIP " WHERE id = NEW.id;\n"           \
  "  UPDATE residents SET village = " OW_VILLAGE " WHERE id = NEW.id;\n"             \
  "END;\n"

inline constexpr const char* kVersion16 =
    "ALTER TABLE residents ADD COLUMN township TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE residents ADD COLUMN village TEXT NOT NULL DEFAULT '';\n"
    OW_VILLAGE_FILL_AND_TRIGGERS;

// Version 18 (issue 20): a 市 that begins 市场 is a market street, not a city (X镇市场路, X乡市场村):
// the township ends at that 镇 or 乡 after all. The triggers are made again with the rule (the
// macros above expand it where they are used), and every resident's township and village worked
// out again.
#undef OW_TOWN_OK
#define OW_TOWN_OK(P)                                                                             \
  "(instr(substr(address, " P " + 1, 2), '县') = 0 AND instr(substr(address, " P " + 1, 2), '区') = 0 " \
  "AND (instr(substr(address, " P " + 1, 2), '市') = 0 OR instr(substr(address, " P " + 1, 3), '市场') > 0))"

inline constexpr const char* kVersion18 =
    "DROP TRIGGER residents_village_on_insert;\n"
    "DROP TRIGGER residents_village_on_address;\n"
    OW_VILLAGE_FILL_AND_TRIGGERS;

#undef OW_VILLAGE_FILL_AND_TRIGGERS
#undef OW_VILLAGE
#undef OW_TOWNSHIP
#undef OW_TOWN_AT
#undef OW_TOWN_OK
#undef OW_AT2
#undef OW_REST1
#undef OW_AT1

}  // namespace store::sqlite_schema
