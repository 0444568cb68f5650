#pragma once
#include <optional>
#include <string_view>

namespace core {

// The three faces of the one program.
enum class Mode { Kiosk, Counter, Backoffice };

std::optional<Mode> parse_mode(std::string_view s);
std::string_view mode_name(Mode m);

}  // namespace core
