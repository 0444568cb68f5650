#include "ui/texture_cache.h"

#include <GLFW/glfw3.h>

#include <cstdint>

namespace ui {

TextureCache::~TextureCache() { release(); }

void TextureCache::release() {
  if (texture_) {
    GLuint t = texture_;
    glDeleteTextures(1, &t);
  }
  texture_ = 0;
  uploaded_.reset();
}

void* TextureCache::texture_for(const core::PaperPreview& paper) {
  if (!paper.gray || paper.width <= 0 || paper.height <= 0) return nullptr;
  if (paper.gray != uploaded_) {
    release();
    // Gray to RGBA on upload: GL 1.1 calls only, and a slip is at most a few MB.
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(paper.width) * static_cast<std::size_t>(paper.height) * 4);
    for (std::size_t i = 0; i < paper.gray->size() && i * 4 + 3 < rgba.size(); ++i) {
      const std::uint8_t g = (*paper.gray)[i];
      rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = g;
      rgba[i * 4 + 3] = 255;
    }
    GLuint t = 0;
    glGenTextures(1, &t);
    glBindTexture(GL_TEXTURE_2D, t);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, paper.width, paper.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    texture_ = t;
    uploaded_ = paper.gray;
  }
  return reinterpret_cast<void*>(static_cast<std::uintptr_t>(texture_));
}

}  // namespace ui
