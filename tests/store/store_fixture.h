#pragma once
// A migrated store in a temp folder, plus small builders for test rows.
#include <doctest/doctest.h>

#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/resident.h"
#include "store/schema.h"
#include "store/temp_dir.h"

namespace test_support {

inline store::Database open_test_store(const std::filesystem::path& file) {
  auto db = store::open_store(file);
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  return std::move(db.value());
}

inline core::Resident resident(const std::string& id, const std::string& name, const std::string& birth) {
  return core::Resident{id, name, "男", birth, "江苏省南京市玄武区锁金村街道1号", "13812345678"};
}

// Valid ID numbers (check characters computed by hand with GB 11643).
inline constexpr const char* kIdZhang = "11010519491231002X";
inline constexpr const char* kIdOld = "320102194501011236";

}  // namespace test_support
