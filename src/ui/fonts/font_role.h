#pragma once
#include <array>
#include <cstddef>

namespace ui {

// Text styles by purpose; each is one ImFont at its own pixel size (set by the Theme).
enum class FontRole : std::size_t { Small = 0, Body, Heading, Title, Display };
constexpr std::size_t kFontRoles = 5;
constexpr std::array<FontRole, kFontRoles> kAllFontRoles = {FontRole::Small, FontRole::Body, FontRole::Heading,
                                                            FontRole::Title, FontRole::Display};

}  // namespace ui
