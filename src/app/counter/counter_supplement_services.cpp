// 补正收件 at the counter (core/counter/supplement_desk.h): find the case and record that its
// materials arrived. Cases live where the back office works them: the terminal's store, or — for
// a counter in a hall, whose own file only holds what it accepted — the hall store, reached on the
// job worker over a connection of its own (opened on first use, kept, reopened after a failure).
#include <algorithm>

#include "app/counter/counter_services.h"
#include "app/log.h"
#include "app/store_target.h"
#include "store/audit_log.h"
#include "store/case_desk.h"
#include "store/status_query.h"

namespace app {
namespace {

core::SupplementCase supplement_case(const core::Application& a, const core::ServiceCatalog& catalog) {
  core::SupplementCase c;
  c.acceptance_no = a.acceptance_no;
  const core::ServiceItem* item = catalog.find(a.item_code);
  c.item_name = item ? item->name : a.item_code;
  c.applicant_name = a.applicant_name;
  c.status = a.status;
  for (const auto& m : a.materials)
    if (m.required && !m.received) c.missing.push_back(m);
  return c;
}

}  // namespace

void CounterServices::with_case_store(std::function<void(store::Database*)> work) {
  if (!c_.config.store.has_hall()) {
    c_.store.post([work = std::move(work)](store::Database& db) { work(&db); });
    return;
  }
  c_.jobs.post([this, work = std::move(work)] {
    if (!hall_) {
      auto opened = open_store_target(c_.config.store.url, StoreUse::MustExist);
      if (!opened) {
        log::warn("counter", "hall store for missing materials: " + opened.error().message);
        work(nullptr);
        return;
      }
      hall_ = std::make_unique<store::Database>(std::move(opened.value()));
    }
    work(hall_.get());
  });
}

void CounterServices::run(const core::fx::FindSupplementCase& f) {
  with_case_store([this, f](store::Database* db) {
    auto fail = [&](std::string key, const std::string& detail) {
      if (!detail.empty()) log::error("counter", "missing materials of " + f.acceptance_no + ": " + detail);
      c_.q.post(core::ev::SupplementCaseFound{f.acceptance_no, std::nullopt, core::Message{std::move(key), {}}});
    };
    if (!db) return fail("counter.supplement.hall_down", "");
    const CatalogAssets* assets = c_.resources.assets();
    const store::HallKey* key = c_.resources.hall_key();
    if (!assets || !key) return fail("counter.supplement.store_failed", "catalog files or hall key unavailable");
    auto found = store::StatusQuery(*db, *key)
                     .look_up_application({f.acceptance_no, f.staff_no, store::kWhyIntake, f.now.iso_datetime()});
    if (!found) {
      if (c_.config.store.has_hall()) hall_.reset();  // a lost hall connection is opened afresh next time
      return fail("counter.supplement.store_failed", found.error().message);
    }
    if (!found.value()) {
      c_.q.post(core::ev::SupplementCaseFound{f.acceptance_no, std::nullopt,
                                              core::Message{"counter.supplement.not_found", {f.acceptance_no}}});
      return;
    }
    c_.q.post(core::ev::SupplementCaseFound{f.acceptance_no, supplement_case(*found.value(), assets->catalog), {}});
  });
}

void CounterServices::run(const core::fx::ReceiveSupplement& r) {
  with_case_store([this, r](store::Database* db) {
    auto answer = [&](core::Message problem) {
      c_.q.post(core::ev::SupplementReceived{r.acceptance_no, std::move(problem)});
    };
    if (!db) return answer(core::Message{"counter.supplement.hall_down", {}});
    const CatalogAssets* assets = c_.resources.assets();
    if (!assets) return answer(core::Message{"counter.supplement.store_failed", {}});
    store::CaseDesk desk(*db, assets->catalog);
    auto failed = [&](const std::string& detail) {
      log::error("counter", "missing materials of " + r.acceptance_no + " not recorded: " + detail);
      if (c_.config.store.has_hall()) hall_.reset();
      answer(core::Message{"counter.supplement.store_failed", {}});
    };
    auto actor = desk.actor(r.staff_no);
    if (!actor) return failed(actor.error().message);
    if (!actor.value()) return answer(core::Message{"case.refused.inactive", {r.staff_no}});
    store::CaseWork work;
    work.request.action = core::CaseAction::SupplementArrived;
    auto done = desk.act(r.acceptance_no, **actor, work, r.now);
    if (!done) return failed(done.error().message);
    if (const auto* refusal = std::get_if<store::Refusal>(&done.value())) return answer(*refusal);
    log::info("counter", "missing materials of " + r.acceptance_no + " received, back in review (" + r.staff_no + ")");
    answer({});
  });
}

}  // namespace app
