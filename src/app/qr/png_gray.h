#pragma once
// 8-bit grey PNG files for QR images (libpng): written with a low compression level because QR
// images are mostly flat runs that compress well anyway; read from any PNG a person might send
// (RGB, palette, alpha, 16-bit), converted to grey.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "app/qr/qr_image.h"
#include "base/result.h"

namespace app::qr {

// Limits on what is read: a phone photo of a slip is ~12 million pixels. A header claiming more is
// refused before anything is allocated.
inline constexpr std::uint32_t kMaxPngSide = 16384;
inline constexpr std::uint64_t kMaxPngPixels = 40'000'000;
inline constexpr std::size_t kMaxPngBytes = 64u << 20;
inline constexpr std::size_t kMaxPngChunkBytes = 8u << 20;

base::Result<std::string> encode_gray_png(const GrayImage& image);
// Written beside the target and renamed into place (app::write_file_atomically).
base::Status write_gray_png(const std::filesystem::path& file, const GrayImage& image);
// `name` is only for messages.
base::Result<GrayImage> decode_png_as_gray(std::string_view bytes, const std::string& name);
base::Result<GrayImage> read_png_as_gray(const std::filesystem::path& file);

}  // namespace app::qr
