#pragma once
// The data behind lunar_calendar.h (lunar_table.cpp says what each number holds and where it was checked).
#include <array>
#include <cstdint>

namespace core {

inline constexpr int kLunarTableYears = 201;  // 1900–2100
extern const std::array<std::uint32_t, kLunarTableYears> kLunarTable;

}  // namespace core
