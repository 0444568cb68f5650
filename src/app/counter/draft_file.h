#pragma once
// The counter's autosaved intake form on disk (issue 15): one JSON file per counter,
// <data dir>/drafts/counter-NN.json, readable by the hall's account only, holding the staff number,
// the form key (its UUID), the step and everything typed. Written whole and renamed into place, so a
// crash mid-write leaves the previous draft; read back with limits, and a file that does not parse
// is reported, not half used.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "core/counter/counter_draft_json.h"
#include "core/counter/counter_session.h"

namespace app {

using core::draft_from_json;
using core::draft_to_json;
using core::kMaxDraftBytes;

std::filesystem::path draft_file(const std::filesystem::path& data_dir, int terminal);

base::Status write_draft(const std::filesystem::path& file, const core::CounterDraft& d);
// Empty when there is no file.
base::Result<std::optional<core::CounterDraft>> read_draft(const std::filesystem::path& file);

}  // namespace app
