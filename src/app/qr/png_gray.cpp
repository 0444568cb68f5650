#include "app/qr/png_gray.h"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/file_write.h"
#include "app/input_file.h"
#include "base/printable.h"

namespace app::qr {
namespace {

constexpr int kFastCompression = 3;  // zlib level: QR images are flat, level 3 is near level 9 in size

// libpng reports errors by longjmp; the message is kept here so it can become an Error value.
struct PngErrors {
  std::string message;
};
void on_png_error(png_structp png, png_const_charp msg) {
  if (auto* e = static_cast<PngErrors*>(png_get_error_ptr(png))) e->message = msg;
  png_longjmp(png, 1);
}
void on_png_warning(png_structp, png_const_charp) {}

// Reads from memory: libpng's read callback over a byte span.
struct MemoryReader {
  std::string_view bytes;
  std::size_t at = 0;
};
void read_from_memory(png_structp png, png_bytep out, png_size_t n) {
  auto* m = static_cast<MemoryReader*>(png_get_io_ptr(png));
  if (n > m->bytes.size() - m->at) png_error(png, "the file ends in the middle of the picture");
  std::memcpy(out, m->bytes.data() + m->at, n);
  m->at += n;
}

void write_to_string(png_structp png, png_bytep data, png_size_t n) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), n);
}
void flush_nothing(png_structp) {}

std::uint32_t big_endian32(std::string_view b, std::size_t at) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

// Walks the chunk list before libpng sees it. libpng allocates what a chunk's length claims before it
// reads the data (an sPLT claiming 1.9 GB in a 120-byte file was allocated whole), so every chunk
// must fit in the bytes we hold, and one that is not picture data must stay under kMaxPngChunkBytes.
base::Status check_png_chunks(std::string_view bytes, const std::string& name) {
  std::size_t at = 8;
  while (at + 8 <= bytes.size()) {
    const std::uint64_t length = big_endian32(bytes, at);
    const std::string_view type = bytes.substr(at + 4, 4);
    if (length > bytes.size() - at - 8 || bytes.size() - at - 8 - length < 4) {
      return base::Error{name + ": a chunk claims " + std::to_string(length) +
                         " bytes but the file ends before them; the file is damaged"};
    }
    if (type != "IDAT" && length > kMaxPngChunkBytes) {
      return base::Error{name + ": a chunk claims " + std::to_string(length) + " bytes; at most " +
                         std::to_string(kMaxPngChunkBytes >> 20) + " MB besides the picture data are read"};
    }
    if (type == "IEND") return base::ok();
    at += 12 + static_cast<std::size_t>(length);
  }
  return base::ok();  // no IEND: libpng says where the file ends
}

}  // namespace

base::Result<std::string> encode_gray_png(const GrayImage& image) {
  if (image.width <= 0 || image.height <= 0) return base::Error{"cannot write an empty image"};
  PngErrors errors;
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &errors, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, &info);
    return base::Error{"libpng could not start writing"};
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return base::Error{"encoding PNG: " + errors.message};
  }
  png_set_write_fn(png, &out, write_to_string, flush_nothing);
  png_set_compression_level(png, kFastCompression);
  png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
               PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < image.height; ++y) {
    png_write_row(png, image.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width));
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

base::Status write_gray_png(const std::filesystem::path& file, const GrayImage& image) {
  auto bytes = encode_gray_png(image);
  if (!bytes) return bytes.error();
  return write_file_atomically(file, *bytes);
}

base::Result<GrayImage> decode_png_as_gray(std::string_view bytes, const std::string& name) {
  // Signature (8), then the IHDR chunk: length (4), "IHDR", width (4), height (4).
  constexpr std::size_t kIhdrEnd = 24;
  if (bytes.size() < 8 || png_sig_cmp(reinterpret_cast<png_const_bytep>(bytes.data()), 0, 8) != 0) {
    return base::Error{name + " is not a PNG file"};
  }
  if (bytes.size() < kIhdrEnd || bytes.substr(12, 4) != "IHDR") return base::Error{name + ": the PNG header is missing"};
  const std::uint64_t w = big_endian32(bytes, 16), h = big_endian32(bytes, 20);
  if (w == 0 || h == 0 || w > kMaxPngSide || h > kMaxPngSide || w * h > kMaxPngPixels) {
    return base::Error{name + ": the picture claims " + std::to_string(w) + "×" + std::to_string(h) +
                       " pixels; at most " + std::to_string(kMaxPngSide) + " on a side and " +
                       std::to_string(kMaxPngPixels / 1000000) + " million in all are read"};
  }
  if (auto chunks = check_png_chunks(bytes, name); !chunks.ok()) return chunks.error();
  PngErrors errors;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &errors, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{"libpng could not start reading " + name};
  }
  GrayImage image;
  std::vector<png_bytep> rows;
  MemoryReader reader{bytes, 8};
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{"reading " + name + ": " + errors.message};
  }
  png_set_read_fn(png, &reader, read_from_memory);
  png_set_sig_bytes(png, 8);
  // The same limits inside libpng, and a cap on what one ancillary chunk (iCCP, zTXt…) may inflate to.
  png_set_user_limits(png, kMaxPngSide, kMaxPngSide);
  png_set_chunk_malloc_max(png, kMaxPngChunkBytes);
  // Text, palettes-for-display and colour profiles say nothing about a QR code: skipped unread.
  static constexpr png_byte kIgnored[] = "sPLT\0iCCP\0zTXt\0iTXt\0tEXt\0tIME\0pCAL\0sCAL\0eXIf\0hIST\0";
  png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, kIgnored, static_cast<int>(sizeof kIgnored / 5));
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
  if (row_bytes != static_cast<std::size_t>(image.width) ||
      static_cast<std::uint64_t>(image.width) * static_cast<std::uint64_t>(image.height) > kMaxPngPixels) {
    png_destroy_read_struct(&png, &info, nullptr);
    return base::Error{name + ": unexpected pixel layout after conversion to grey"};
  }
  image.pixels.resize(row_bytes * static_cast<std::size_t>(image.height));
  rows.resize(static_cast<std::size_t>(image.height));
  for (std::size_t y = 0; y < rows.size(); ++y) rows[y] = image.pixels.data() + y * row_bytes;
  png_read_image(png, rows.data());
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return image;
}

base::Result<GrayImage> read_png_as_gray(const std::filesystem::path& file) {
  auto bytes = read_input_file(file.string(), kMaxPngBytes, "a picture of a QR code");
  if (!bytes) return bytes.error();
  return decode_png_as_gray(*bytes, base::printable(file.string(), 120));
}

}  // namespace app::qr
