#pragma once
// The 公示名单's A4 PDF written into the terminal's export folder (issue 19), as the back office's
// 打印公示名单 writes it: the same folder as the counter's 导出台账 ([counter] export_dir, or
// <data dir>/exports), one file per day and terminal, drawn whole before anything is written.
#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/backoffice/case_notices.h"
#include "core/config.h"

namespace app::slip {

// Where a terminal writes what it exports.
std::filesystem::path export_folder(const core::Config& config);

// 公示名单-YYYY-MM-DD-NN.pdf (the day, the terminal's number); one batch's list adds its tag
// (公示名单-YYYY-MM-DD-NN-批次HH-MM-SS.pdf, the time it was printed).
std::string publicity_file_name(const std::string& date, int terminal_number, const std::string& batch_tag = {});

// Draws the sheet of `entries` and writes it (atomically) into `dir`, made if missing; the path
// written.
base::Result<std::filesystem::path> write_publicity_pdf(const std::vector<core::PublicityEntry>& entries,
                                                        const core::NoticeContext& context, const core::Catalog& words,
                                                        const std::vector<core::FontFace>& fonts,
                                                        const std::filesystem::path& dir, int terminal_number,
                                                        const std::string& batch_tag = {});

}  // namespace app::slip
