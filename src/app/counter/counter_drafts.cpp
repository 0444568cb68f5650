// The counter's draft autosave (issue 15): written, looked up and deleted on the job worker, in the
// order the flow asked, so a delete after 受理 always comes after the last save.
#include "app/counter/counter_services.h"
#include "app/counter/draft_file.h"
#include "app/log.h"
#include "app/paths.h"

namespace app {

namespace {
std::filesystem::path this_counters_draft(const core::Config& config) {
  return draft_file(paths::data_dir(), config.terminal.number);
}
}  // namespace

void CounterServices::run(const core::fx::SaveDraft& d) {
  c_.jobs.post([this, d] {
    if (auto s = write_draft(this_counters_draft(c_.config), d.draft); !s)
      log::error("counter", "draft not saved: " + s.error().message);
  });
}

void CounterServices::run(const core::fx::LoadDraft& l) {
  c_.jobs.post([this, l] {
    const auto file = this_counters_draft(c_.config);
    auto found = read_draft(file);
    std::error_code ec;
    if (!found) {
      log::warn("counter", "draft dropped: " + found.error().message);
      std::filesystem::remove(file, ec);
      return;
    }
    if (!found.value()) return;
    const core::CounterDraft& d = *found.value();
    if (d.saved_at.substr(0, 10) != l.today) {
      // Drafts do not outlive their day: the applicant has gone home.
      log::info("counter", "draft of " + d.staff_no + " from " + d.saved_at + " dropped (not today's)");
      std::filesystem::remove(file, ec);
      return;
    }
    if (d.staff_no != l.staff_no) return;  // someone else's: kept for them, today
    log::info("counter", "unfinished intake of " + d.staff_no + " found (form " + d.form.uuid + ")");
    c_.q.post(core::ev::DraftFound{std::move(*found.value())});
  });
}

void CounterServices::run(const core::fx::DiscardDraft&) {
  c_.jobs.post([this] {
    std::error_code ec;
    std::filesystem::remove(this_counters_draft(c_.config), ec);
    if (ec) log::error("counter", "draft not deleted: " + ec.message());
  });
}

}  // namespace app
