#include "app/qr/png_gray.h"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace app::qr {
namespace {

constexpr int kFastCompression = 3;  // zlib level: QR images are flat, level 3 is near level 9 in size

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// libpng reports errors by longjmp; the message is kept here so it can become an Error value.
struct PngErrors {
  std::string message;
};
void on_png_error(png_structp png, png_const_charp msg) {
  if (auto* e = static_cast<PngErrors*>(png_get_error_ptr(png))) e->message = msg;
  png_longjmp(png, 1);
}
void on_png_warning(png_structp, png_const_charp) {}

}  // namespace

base::Status write_gray_png(const std::filesystem::path& file, const GrayImage& image) {
  if (image.width <= 0 || image.height <= 0) return base::Error{"cannot write an empty image"};
  File f(std::fopen(file.c_str(), "wb"));
  if (!f) return base::Error{"cannot create " + file.string()};
  PngErrors errors;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &errors, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, &info);
    return base::Error{"libpng could not start writing " + file.string()};
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return base::Error{"writing " + file.string() + ": " + errors.message};
  }
  png_init_io(png, f.get());
  png_set_compression_level(png, kFastCompression);
  png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
               PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < image.height; ++y) {
    png_write_row(png, image.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width));
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  if (std::fflush(f.get()) != 0) return base::Error{"cannot write " + file.string()};
  return base::ok();
}

base::Result<GrayImage> read_png_as_gray(const std::filesystem::path& file) {
  File f(std::fopen(file.c_str(), "rb"));
  if (!f) return base::Error{"cannot open " + file.string()};
  png_byte signature[8] = {};
  if (std::fread(signature, 1, sizeof signature, f.get()) != sizeof signature || png_sig_cmp(signature, 0, 8) != 0) {
    return base::Error{file.string() + " is not a PNG file"};
  }
  PngErrors errors;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &errors, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{"libpng could not start reading " + file.string()};
  }
  GrayImage image;
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{"reading " + file.string() + ": " + errors.message};
  }
  png_init_io(png, f.get());
  png_set_sig_bytes(png, 8);
  png_read_info(png, info);
  const png_byte color = png_get_color_type(png, info);
  const png_byte depth = png_get_bit_depth(png, info);
  // Everything to 8-bit grey, transparency laid over white (a QR on a transparent background).
  if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (color == PNG_COLOR_TYPE_GRAY && depth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
  if (depth == 16) png_set_strip_16(png);
  if (color == PNG_COLOR_TYPE_RGB || color == PNG_COLOR_TYPE_RGB_ALPHA || color == PNG_COLOR_TYPE_PALETTE) {
    png_set_rgb_to_gray_fixed(png, 1, -1, -1);
  }
  png_color_16 white{};
  white.gray = 255;
  white.red = white.green = white.blue = 255;
  png_set_background(png, &white, PNG_BACKGROUND_GAMMA_SCREEN, 0, 1.0);
  const int passes = png_set_interlace_handling(png);
  (void)passes;  // png_read_image runs every pass itself
  png_read_update_info(png, info);
  image.width = static_cast<int>(png_get_image_width(png, info));
  image.height = static_cast<int>(png_get_image_height(png, info));
  const std::size_t row_bytes = png_get_rowbytes(png, info);
  if (row_bytes != static_cast<std::size_t>(image.width)) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{file.string() + ": unexpected pixel layout after conversion to grey"};
  }
  image.pixels.resize(row_bytes * static_cast<std::size_t>(image.height));
  std::vector<png_bytep> rows(static_cast<std::size_t>(image.height));
  for (std::size_t y = 0; y < rows.size(); ++y) rows[y] = image.pixels.data() + y * row_bytes;
  png_read_image(png, rows.data());
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return image;
}

}  // namespace app::qr
