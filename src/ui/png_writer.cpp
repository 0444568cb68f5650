#include "ui/png_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <png.h>
#include <vector>

namespace ui {

base::Status write_png_rows(const std::string& path, int width, int height, const RowSource& source,
                            int compression_level) {
  constexpr int kBandRows = 64;
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return base::Error{"cannot write " + path + ": " + std::strerror(errno)};
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, &info);
    std::fclose(f);
    return base::Error{"cannot write " + path + ": libpng could not start"};
  }
  const size_t stride = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> band(stride * kBandRows);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    std::fclose(f);
    return base::Error{"cannot write " + path + ": PNG encoding failed (disk full?)"};
  }
  png_init_io(png, f);
  png_set_compression_level(png, compression_level);
  png_set_filter(png, 0, PNG_FILTER_SUB);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < height; y += kBandRows) {
    const int rows = std::min(kBandRows, height - y);
    source(y, rows, band.data());
    for (int r = 0; r < rows; ++r) png_write_row(png, band.data() + static_cast<size_t>(r) * stride);
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  if (std::fclose(f) != 0) return base::Error{"cannot write " + path + ": " + std::strerror(errno)};
  return base::ok();
}

}  // namespace ui
