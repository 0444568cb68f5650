// The devices layer depends on nothing above it: the linker sees only onewindow_base, and this test
// catches what the linker cannot — an include of a header-only part of core, store, ui or app.
#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

TEST_CASE("devices layer: no file includes core, store, ui, app or ImGui") {
  constexpr std::array<std::string_view, 5> kAbove = {"#include \"core/", "#include \"store/", "#include \"ui/",
                                                      "#include \"app/", "imgui.h"};
  const std::filesystem::path root = std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "devices";
  int files = 0;
  std::string found;  // "devices/x.h:12: #include "core/event.h"" lines
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    const auto ext = entry.path().extension();
    if (ext != ".h" && ext != ".cpp") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
      for (auto above : kAbove)
        if (line.find(above) != std::string::npos)
          found += entry.path().string() + ":" + std::to_string(n) + ": " + line + "\n";
  }
  CHECK(found == "");
  CHECK(files > 50);  // the walk found the sources
}
