#pragma once
// Free space of the font texture handed out to glyphs added after a build. The space is a few
// rectangles (the reserve ImGui packed for us, the rows below ImGui's own glyphs); each is filled in
// shelves: a glyph goes on the first shelf tall enough with room left, else opens a new shelf.
// Glyphs of one size fill a shelf without waste, which is what a card's name brings. Pure: no ImGui.
#include <optional>
#include <vector>

namespace ui {

struct PackRect {
  int x = 0, y = 0, w = 0, h = 0;
};

class ShelfPacker {
 public:
  // `padding` empty texels are kept left of and above every glyph (as ImGui's own packer does),
  // so sampling at a glyph's edge never picks up a neighbour.
  explicit ShelfPacker(int padding = 1) : pad_(padding) {}

  void reset() { regions_.clear(); }
  void add_region(PackRect r);
  // Where a w × h glyph's pixels go (padding excluded), or nullopt if no region has room.
  std::optional<PackRect> place(int w, int h);
  // Rows not yet opened as shelves, summed over regions whose width fits a `w`-wide glyph.
  int free_rows(int w = 1) const;
  long free_texels() const;

 private:
  struct Shelf {
    int y = 0, h = 0, x = 0;  // x: next free column
  };
  struct Region {
    PackRect r;
    int next_y = 0;  // first row not yet given to a shelf
    std::vector<Shelf> shelves;
  };
  int pad_;
  std::vector<Region> regions_;
};

}  // namespace ui
