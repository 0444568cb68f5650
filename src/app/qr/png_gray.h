#pragma once
// 8-bit grey PNG files for QR images (libpng): written with a low compression level because QR
// images are mostly flat runs that compress well anyway; read from any PNG a person might send
// (RGB, palette, alpha, 16-bit), converted to grey.
#include <filesystem>

#include "app/qr/qr_image.h"
#include "base/result.h"

namespace app::qr {

base::Status write_gray_png(const std::filesystem::path& file, const GrayImage& image);
base::Result<GrayImage> read_png_as_gray(const std::filesystem::path& file);

}  // namespace app::qr
