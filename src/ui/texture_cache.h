#pragma once
// Images the screens show (a printed slip), uploaded to the GPU once and kept while they are on
// screen. Lives on the UI thread with the GL context; a new image replaces the old texture.
#include <cstdint>
#include <memory>
#include <vector>

#include "core/paper_preview.h"

namespace ui {

class TextureCache {
 public:
  TextureCache() = default;
  ~TextureCache();
  TextureCache(const TextureCache&) = delete;
  TextureCache& operator=(const TextureCache&) = delete;

  // The texture of `paper` as an ImGui texture id (0 if the image is empty).
  void* texture_for(const core::PaperPreview& paper);

 private:
  void release();
  std::shared_ptr<const std::vector<std::uint8_t>> uploaded_;
  unsigned texture_ = 0;
};

}  // namespace ui
