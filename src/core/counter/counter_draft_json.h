#pragma once
// The counter's autosaved form as JSON text (issue 15): what app/counter/draft_file.h writes to and
// reads from disk. Reading is a parser over bytes with a size limit: every field must be present
// with its type, or the draft is refused with the field named (never half used). Fuzzed
// (fuzz/counter_draft_fuzz.cpp).
#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "core/counter/counter_session.h"

namespace core {

inline constexpr std::size_t kMaxDraftBytes = 1 << 20;  // a form of a hundred members is ~40 kB

std::string draft_to_json(const CounterDraft& d);
base::Result<CounterDraft> draft_from_json(std::string_view text);

}  // namespace core
