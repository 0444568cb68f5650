#pragma once
// Rasterises glyphs on a thread of its own, ahead of the frame that will need them: when a card is
// read, the characters of its text are rasterised while the store looks the resident up. The frame
// then only packs and uploads them. Results wait here until taken; what no frame takes is dropped
// by clear() (so nothing is added to the atlas that was not shown). The thread starts on the first
// request and sleeps when there is nothing to do.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#include <vector>

#include "ui/fonts/glyph_raster.h"

namespace ui {

struct GlyphKey {
  std::size_t face = 0;
  int pixel_height = 0;
  char32_t cp = 0;
  bool operator<(const GlyphKey& o) const {
    return std::tie(face, pixel_height, cp) < std::tie(o.face, o.pixel_height, o.cp);
  }
};

class GlyphPreparer {
 public:
  explicit GlyphPreparer(std::vector<GlyphCoverage::Face> faces) : faces_(std::move(faces)) {}
  ~GlyphPreparer();
  GlyphPreparer(const GlyphPreparer&) = delete;
  GlyphPreparer& operator=(const GlyphPreparer&) = delete;

  void request(const std::vector<GlyphKey>& keys);
  // True and the result (nullopt if FreeType could not draw it) if it is ready; false if not (the
  // caller rasterises it itself).
  bool take(const GlyphKey& k, std::optional<GlyphBitmap>& out);
  // Forgets queued requests and unclaimed results.
  void clear();
  std::size_t prepared() const;  // results done so far (benchmarks)

 private:
  void run();
  std::vector<GlyphCoverage::Face> faces_;
  mutable std::mutex m_;
  std::condition_variable cv_;
  std::deque<GlyphKey> queue_;
  std::map<GlyphKey, std::optional<GlyphBitmap>> done_;
  std::size_t prepared_ = 0;
  std::uint64_t generation_ = 0;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace ui
