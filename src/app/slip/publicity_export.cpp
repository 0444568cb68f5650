#include "app/slip/publicity_export.h"

#include <cstdio>
#include <system_error>

#include "app/file_write.h"
#include "app/paths.h"
#include "app/slip/publicity_pdf.h"

namespace app::slip {

std::filesystem::path export_folder(const core::Config& config) {
  return config.counter.export_dir.empty() ? paths::data_dir() / "exports"
                                           : std::filesystem::path(config.counter.export_dir);
}

std::string publicity_file_name(const std::string& date, int terminal_number, const std::string& batch_tag) {
  char number[16];
  std::snprintf(number, sizeof number, "-%02d", terminal_number);
  std::string tag = batch_tag;
  for (char& c : tag)
    if (c == ':') c = '-';  // a file name every system takes
  return "公示名单-" + date + number + (tag.empty() ? "" : "-批次" + tag) + ".pdf";
}

base::Result<std::filesystem::path> write_publicity_pdf(const std::vector<core::PublicityEntry>& entries,
                                                        const core::NoticeContext& context, const core::Catalog& words,
                                                        const std::vector<core::FontFace>& fonts,
                                                        const std::filesystem::path& dir, int terminal_number,
                                                        const std::string& batch_tag) {
  auto pdf = publicity_pdf(core::publicity_sheet(entries, context, words, core::kRecordLanguage), fonts);
  if (!pdf) return pdf.error();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return base::Error{"cannot make " + dir.string() + ": " + ec.message()};
  const auto path = dir / publicity_file_name(context.date, terminal_number, batch_tag);
  if (auto w = write_file_atomically(path, pdf->bytes); !w) return w.error();
  return path;
}

}  // namespace app::slip
