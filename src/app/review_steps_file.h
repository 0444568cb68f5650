#pragma once
// The catalog's [[review_step]] tables (assets/catalog/items.toml): the review steps the back office
// records and their fields. Read by app/catalog_file.cpp; a bad table is refused with the step and
// key named.
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "app/toml_fields.h"
#include "base/result.h"
#include "core/domain/review_step.h"

namespace app {

base::Result<std::vector<core::ReviewStepDef>> read_review_steps(const toml::table& root, const toml_fields::Where& w);

}  // namespace app
