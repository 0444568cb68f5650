#include "app/counter/draft_file.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "app/file_write.h"

namespace app {

std::filesystem::path draft_file(const std::filesystem::path& data_dir, int terminal) {
  char name[32];
  std::snprintf(name, sizeof name, "counter-%02d.json", terminal);
  return data_dir / "drafts" / name;
}

base::Status write_draft(const std::filesystem::path& file, const core::CounterDraft& d) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return base::Error{"cannot make " + file.parent_path().string() + ": " + ec.message()};
  // Names and ID numbers: the folder is the hall's account's only, so the file is never readable
  // by others, not even before its own mode is set.
  ::chmod(file.parent_path().c_str(), 0700);
  return write_file_atomically(file, draft_to_json(d), 0600);
}

base::Result<std::optional<core::CounterDraft>> read_draft(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return std::optional<core::CounterDraft>{};
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return base::Error{"cannot read " + file.string() + ": " + ec.message()};
  if (size > kMaxDraftBytes) return base::Error{file.string() + ": larger than a draft can be"};
  std::ifstream in(file, std::ios::binary);
  if (!in) return base::Error{"cannot read " + file.string()};
  std::ostringstream text;
  text << in.rdbuf();
  auto d = draft_from_json(text.str());
  if (!d) return base::Error{file.string() + ": " + d.error().message};
  return std::optional<core::CounterDraft>(std::move(d.value()));
}

}  // namespace app
