#pragma once
// What a scenario's lines name and its failures print: the sample cards and screens a script may
// use, and a frame's visible text on one line.
#include <optional>
#include <string>
#include <vector>

namespace app::scenario {

// Where a sample card sits in devices::idcard::sample_cards(), by its Chinese or English name.
std::optional<int> sample_card_slot(const std::string& name);
std::string sample_card_names();  // all of them, for the message that names an unknown one
// Every screen name the program knows (core::kAllScreens), so new screens need no change here.
std::vector<std::string> known_screens();
// Lines joined with " | " ("(none)" for no text).
std::string one_line(const std::string& text);

}  // namespace app::scenario
