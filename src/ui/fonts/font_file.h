#pragma once
// A font file mapped read-only into memory. The CJK collection is 19 MB; mapping it means only the
// pages FreeType actually touches become resident, and ImGui can borrow the bytes without a copy.
#include <cstddef>
#include <memory>
#include <string>

#include "base/result.h"

namespace ui {

class FontFile {
 public:
  static base::Result<std::shared_ptr<FontFile>> map(const std::string& path);
  ~FontFile();
  FontFile(const FontFile&) = delete;
  FontFile& operator=(const FontFile&) = delete;

  const unsigned char* data() const { return data_; }
  std::size_t size() const { return size_; }
  const std::string& path() const { return path_; }

 private:
  FontFile() = default;
  unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
  std::string path_;
};

}  // namespace ui
