#pragma once
// What writing one roster row did, so a second import of the same file can say "nothing changed".
namespace store {
enum class Upsert { Inserted, Updated, Unchanged };
}  // namespace store
