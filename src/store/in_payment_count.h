#pragma once
// The statistics' benefits in payment now — households, people, benefits and money per month, in
// all, by benefit type and by village (the township and village kept on each resident, schema
// version 16) — counted in one pass over two ordered reads. Grouping the same rows three times in
// SQL with COUNT(DISTINCT …) took SQLite 250–300 ms for 50,000 recipients (bench/stats_bench).
// A person's household is the smallest household_no they are a member of; a person in none is a
// household of their own. Only the counts leave this file.
#include "base/result.h"
#include "core/backoffice/statistics.h"
#include "store/database.h"

namespace store {

base::Status count_in_payment(Database& db, core::StatisticsBuilder& into);

}  // namespace store
