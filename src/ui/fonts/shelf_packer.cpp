#include "ui/fonts/shelf_packer.h"

namespace ui {

void ShelfPacker::add_region(PackRect r) {
  if (r.w <= pad_ || r.h <= pad_) return;
  regions_.push_back({r, r.y, {}});
}

std::optional<PackRect> ShelfPacker::place(int w, int h) {
  const int bw = w + pad_, bh = h + pad_;  // the box a glyph takes, with its padding
  for (Region& g : regions_) {
    if (bw > g.r.w) continue;
    // The best-fitting open shelf: tall enough, wasting the fewest rows.
    Shelf* best = nullptr;
    for (Shelf& s : g.shelves)
      if (s.h >= bh && g.r.w - (s.x - g.r.x) >= bw && (!best || s.h < best->h)) best = &s;
    // A shelf much taller than the glyph wastes rows: open a snug one instead while there is room.
    if (best && best->h > bh + bh / 2 && g.r.y + g.r.h - g.next_y >= bh) best = nullptr;
    if (!best) {
      if (g.r.y + g.r.h - g.next_y < bh) continue;
      g.shelves.push_back({g.next_y, bh, g.r.x});
      g.next_y += bh;
      best = &g.shelves.back();
    }
    PackRect out{best->x + pad_, best->y + pad_, w, h};
    best->x += bw;
    return out;
  }
  return std::nullopt;
}

int ShelfPacker::free_rows(int w) const {
  int rows = 0;
  for (const Region& g : regions_)
    if (g.r.w >= w + pad_) rows += g.r.y + g.r.h - g.next_y;
  return rows;
}

long ShelfPacker::free_texels() const {
  long n = 0;
  for (const Region& g : regions_) {
    n += static_cast<long>(g.r.w) * (g.r.y + g.r.h - g.next_y);
    for (const Shelf& s : g.shelves) n += static_cast<long>(g.r.x + g.r.w - s.x) * s.h;
  }
  return n;
}

}  // namespace ui
