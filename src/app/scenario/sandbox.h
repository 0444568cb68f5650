#pragma once
// Everything a scenario owns on disk: a temporary folder that holds its store, its config and its
// XDG folders (so the demo hall key and any cache are private to it), removed when it ends.
#include <filesystem>
#include <memory>

#include "app/scenario/script.h"
#include "base/result.h"
#include "core/domain/civil_time.h"

namespace app::scenario {

// The local time a scenario's terminal starts at (a Wednesday, nine days after the demo data's day,
// 2026-11-23): fixed so that a script's due dates and 公示 periods read the same on any day.
inline constexpr core::CivilTime kScenarioClockStart{2026, 12, 2, 9, 30, 0, 3};

class Sandbox {
 public:
  // Makes the folder and points XDG_{CACHE,CONFIG,DATA,STATE}_HOME into it (process-wide).
  static base::Result<std::unique_ptr<Sandbox>> create();
  ~Sandbox();  // removes the folder
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

  // Pins the clock to kScenarioClockStart, builds the store the setup lines ask for and writes the config file; returns the config path.
  // Errors carry the script line of the setup step that failed ("FILE:LINE: …").
  base::Result<std::filesystem::path> prepare(const Script& script);

 private:
  explicit Sandbox(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::filesystem::path dir_;
};

}  // namespace app::scenario
