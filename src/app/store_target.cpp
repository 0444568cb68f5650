#include "app/store_target.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "app/paths.h"
#include "base/printable.h"
#include "store/schema.h"

namespace app {

namespace {

std::string shown(const std::filesystem::path& p) { return base::printable(p.string(), 120); }

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

base::Status check_file(const std::filesystem::path& file, StoreUse use, const std::string& label) {
  const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return base::Error{label + ": the folder " + shown(folder) + " does not exist"};
  }
  if (::stat(file.c_str(), &st) != 0) {
    if (errno != ENOENT) return base::Error{label + ": " + std::strerror(errno)};
    if (use == StoreUse::MustExist) {
      return base::Error{label + ": no such store (check the name; `onewindow db migrate --db FILE` makes a new one, as do demo-data and roster import)"};
    }
    return base::ok();
  }
  if (!S_ISREG(st.st_mode)) return base::Error{label + " is not a regular file"};
  return base::ok();
}

}  // namespace

bool is_read_only_store_error(const base::Error& e) {
  return e.message.find("readonly database") != std::string::npos ||
         e.message.find("read-only") != std::string::npos;
}

base::Result<StoreTarget> classify_store_argument(std::string_view arg) {
  if (arg.empty()) return base::Error{"--db needs a file name; an empty name would keep nothing"};
  if (arg == ":memory:" || starts_with(arg, "file::memory:")) {
    return base::Error{"--db :memory: keeps nothing after the command ends; name a file"};
  }
  if (starts_with(arg, "postgresql://") || starts_with(arg, "postgres://")) {
    return StoreTarget{StoreKind::ServerUri, {}, std::string(arg)};
  }
  if (arg.find("://") != std::string_view::npos) {
    return base::Error{"--db " + base::printable(arg, 120) + ": only a file or a postgresql:// URI is understood"};
  }
  return StoreTarget{StoreKind::SqliteFile, std::filesystem::path(arg), {}};
}

base::Result<store::Database> open_store_target(const std::optional<std::string>& arg, StoreUse use,
                                                std::string_view what) {
  StoreTarget target;
  if (arg) {
    auto t = classify_store_argument(*arg);
    if (!t) return t.error();
    target = std::move(*t);
  } else {
    target.file = paths::default_db();
    if (use == StoreUse::MayCreate) {
      std::error_code ec;
      std::filesystem::create_directories(target.file.parent_path(), ec);
      if (ec) return base::Error{"cannot create folder " + shown(target.file.parent_path()) + ": " + ec.message()};
    }
  }
  // The server names itself in its errors (without the password); nothing to check beforehand.
  if (target.kind == StoreKind::ServerUri) return store::open_store(target.uri);
  const std::string label = (arg ? std::string(what) + " " : std::string("the default store ")) + shown(target.file);
  if (auto s = check_file(target.file, use, label); !s) return s.error();
  return store::open_store(target.file);
}

}  // namespace app
