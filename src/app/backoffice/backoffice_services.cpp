#include "app/backoffice/backoffice_services.h"

#include "app/log.h"
#include "store/case_desk.h"
#include "store/work_queue.h"

namespace app {

namespace {

// The catalog's names for the codes the store returns (the code stays when an item is unknown).
void name_items(const CatalogAssets* a, core::QueueEntry& e) {
  if (!a) return;
  if (const core::ServiceItem* item = a->catalog.find(e.item_code)) e.item_name = item->name;
}

// Runs `work(desk, actor, assets)` on the store worker's connection with the staff member as the
// rules see them now (a role or an account may have changed since the sign-in) and posts the event
// it returns; posts `failed` when the catalog or the account cannot be read.
template <class Event, class Work>
void on_desk(ServiceContext& c, store::Database& db, const std::string& staff_no, Event failed, Work work) {
  const CatalogAssets* a = c.resources.assets();
  if (!a) {
    c.q.post(std::move(failed));
    return;
  }
  store::CaseDesk desk(db, a->catalog);
  auto actor = desk.actor(staff_no);
  if (!actor || !actor.value()) {
    log::error("queue", "no case actor " + staff_no + (actor ? std::string() : ": " + actor.error().message));
    c.q.post(std::move(failed));
    return;
  }
  c.q.post(work(desk, **actor, *a));
}

// The case a claim took, as the queue shows it (ev::ClaimAnswered).
core::ev::ClaimAnswered opened(store::Database& db, const CatalogAssets& a, const std::string& acceptance_no,
                               const core::CivilTime& now) {
  auto entry = store::WorkQueue(db).entry(acceptance_no, now.iso_date(), now.iso_datetime());
  if (!entry || !entry.value()) {
    log::error("queue", "claimed " + acceptance_no + " but could not read it back" +
                            (entry ? std::string() : ": " + entry.error().message));
    return {std::nullopt, core::Message{"backoffice.claim_failed", {}}};
  }
  name_items(&a, **entry);
  return {std::move(*entry), {}};
}

core::ev::ClaimAnswered claim_failed() { return {std::nullopt, core::Message{"backoffice.claim_failed", {}}}; }

}  // namespace

void BackofficeServices::run(const core::fx::LoadQueue& l) {
  c_.store.post([this, l](store::Database& db) {
    store::QueueQuery q{l.now.iso_date(), l.now.iso_datetime(), l.staff_no, l.filter, store::kDefaultQueueLimit};
    auto queue = store::WorkQueue(db).read(q);
    if (!queue) {
      log::error("queue", queue.error().message);
      c_.q.post(core::ev::QueueFailed{});
      return;
    }
    const CatalogAssets* a = c_.resources.assets();
    for (auto& e : queue->entries) name_items(a, e);
    if (a)
      for (auto& i : queue->by_item)
        if (const core::ServiceItem* item = a->catalog.find(i.item_code)) i.item_name = item->name;
    c_.q.post(core::ev::QueueLoaded{std::move(*queue), l.staff_no});
  });
}

void BackofficeServices::run(const core::fx::ClaimNextCase& c) {
  c_.store.post([this, c](store::Database& db) {
    on_desk(c_, db, c.staff_no, claim_failed(), [&](store::CaseDesk& desk, const core::CaseActor& actor, const CatalogAssets& a) {
      auto claimed = desk.claim_next(actor, c.now, c.lease_seconds);
      if (!claimed) {
        log::error("queue", "claim by " + c.staff_no + " failed: " + claimed.error().message);
        return claim_failed();
      }
      if (!claimed.value()) return core::ev::ClaimAnswered{};  // nothing left to claim
      log::info("queue", c.staff_no + " claimed " + (*claimed)->acceptance_no);
      return opened(db, a, (*claimed)->acceptance_no, c.now);
    });
  });
}

void BackofficeServices::run(const core::fx::ClaimOneCase& c) {
  c_.store.post([this, c](store::Database& db) {
    on_desk(c_, db, c.staff_no, claim_failed(), [&](store::CaseDesk& desk, const core::CaseActor& actor, const CatalogAssets& a) {
      auto claimed = desk.claim(c.acceptance_no, actor, c.now, c.lease_seconds);
      if (!claimed) {
        log::error("queue", "claim of " + c.acceptance_no + " by " + c.staff_no + " failed: " + claimed.error().message);
        return claim_failed();
      }
      if (auto* no = std::get_if<store::Refusal>(&claimed.value())) return core::ev::ClaimAnswered{std::nullopt, *no};
      log::info("queue", c.staff_no + " claimed " + c.acceptance_no);
      return opened(db, a, c.acceptance_no, c.now);
    });
  });
}

void BackofficeServices::run(const core::fx::ReleaseClaim& r) {
  c_.store.post([this, r](store::Database& db) {
    const core::ev::ReleaseAnswered failed{r.acceptance_no, core::Message{"backoffice.claim_failed", {}}};
    on_desk(c_, db, r.staff_no, failed, [&](store::CaseDesk& desk, const core::CaseActor& actor, const CatalogAssets&) {
      auto released = desk.release(r.acceptance_no, actor, r.now);
      if (!released) {
        log::error("queue", "release of " + r.acceptance_no + " by " + r.staff_no + " failed: " + released.error().message);
        return failed;
      }
      if (auto* no = std::get_if<store::Refusal>(&released.value())) return core::ev::ReleaseAnswered{r.acceptance_no, *no};
      log::info("queue", r.staff_no + " released " + r.acceptance_no);
      return core::ev::ReleaseAnswered{r.acceptance_no, {}};
    });
  });
}

}  // namespace app
