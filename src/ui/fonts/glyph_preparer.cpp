#include "ui/fonts/glyph_preparer.h"

namespace ui {

GlyphPreparer::~GlyphPreparer() {
  {
    std::lock_guard<std::mutex> lk(m_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void GlyphPreparer::request(const std::vector<GlyphKey>& keys) {
  if (keys.empty()) return;
  {
    std::lock_guard<std::mutex> lk(m_);
    for (const GlyphKey& k : keys)
      if (!done_.count(k)) queue_.push_back(k);
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
  }
  cv_.notify_one();
}

bool GlyphPreparer::take(const GlyphKey& k, std::optional<GlyphBitmap>& out) {
  std::lock_guard<std::mutex> lk(m_);
  auto it = done_.find(k);
  if (it == done_.end()) return false;
  out = std::move(it->second);
  done_.erase(it);
  return true;
}

void GlyphPreparer::clear() {
  std::lock_guard<std::mutex> lk(m_);
  queue_.clear();
  done_.clear();
  ++generation_;  // a glyph being rasterised now is not kept
}

std::size_t GlyphPreparer::prepared() const {
  std::lock_guard<std::mutex> lk(m_);
  return prepared_;
}

void GlyphPreparer::run() {
  GlyphRaster raster(faces_);  // FreeType state of this thread only
  std::unique_lock<std::mutex> lk(m_);
  for (;;) {
    cv_.wait(lk, [this] { return stop_ || !queue_.empty(); });
    if (stop_) return;
    const GlyphKey k = queue_.front();
    queue_.pop_front();
    if (done_.count(k)) continue;
    const std::uint64_t gen = generation_;
    lk.unlock();
    auto g = raster.rasterize(k.face, k.pixel_height, k.cp);
    lk.lock();
    if (gen == generation_) done_.emplace(k, std::move(g));
    ++prepared_;
  }
}

}  // namespace ui
