// BackofficeServices for the 年审 and 主动发现 tabs (core/backoffice/dynamic_events.h), on the store
// worker: the due list, a benefit's review history, recording a review (store::BenefitReviews, one
// transaction), the 主动发现 list by the eligibility rules and a mark on one entry.
#include "app/backoffice/backoffice_services.h"

#include "app/log.h"
#include "store/benefit_reviews.h"
#include "store/discovery_list.h"

namespace app {

void BackofficeServices::run(const core::fx::LoadReviews& l) {
  c_.store.post([this, l](store::Database& db) {
    store::ReviewDueFilter f;
    f.today = l.today;
    f.until = core::review_due_until(l.today, l.filter.within_days);
    f.village = l.filter.village;
    f.item_code = l.filter.item_code;
    auto due = store::BenefitReviews(db).due(f);
    if (!due) {
      log::error("reviews", "due list: " + due.error().message);
      c_.q.post(core::ev::ReviewsLoaded{l.filter, {}, true});
      return;
    }
    c_.q.post(core::ev::ReviewsLoaded{l.filter, std::move(due.value()), false});
  });
}

void BackofficeServices::run(const core::fx::LoadReviewHistory& l) {
  c_.store.post([this, l](store::Database& db) {
    auto history = store::BenefitReviews(db).history(l.id_number, l.type);
    if (!history) log::error("reviews", "history: " + history.error().message);
    core::ev::ReviewHistoryLoaded answer{l.id_number, l.type,
                                         history ? std::move(history.value()) : std::vector<core::AnnualReview>{}, {}};
    if (const CatalogAssets* a = c_.resources.assets())
      if (const core::ServiceItem* item = a->catalog.find(std::string(core::benefit_item_code(l.type))))
        for (const auto& code : item->annual_review_steps)
          if (const core::ReviewStepDef* def = a->catalog.find_review_step(code)) answer.steps.push_back(*def);
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::RecordReview& r) {
  c_.store.post([this, r](store::Database& db) {
    core::ev::ReviewRecorded answer{r.review.id_number, r.review.type, std::nullopt, {}};
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("reviews", "record: catalog files unavailable");
      answer.problems.push_back(core::Message{"backoffice.review.save_failed", {}});
      c_.q.post(std::move(answer));
      return;
    }
    auto done = store::BenefitReviews(db).record(r.review, a->catalog, r.today);
    if (!done) {
      log::error("reviews", "record a review of " + std::string(core::benefit_type_name(r.review.type)) + ": " + done.error().message);
      answer.problems.push_back(core::Message{"backoffice.review.save_failed", {}});
    } else {
      answer.applied = std::move(done->applied);
      answer.problems = std::move(done->problems);
    }
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::LoadDiscovery& l) {
  c_.store.post([this, l](store::Database& db) {
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("discovery", "catalog files unavailable");
      c_.q.post(core::ev::DiscoveryLoaded{{}, true});
      return;
    }
    auto found = store::DiscoveryList(db).find(a->eligibility, l.today);
    if (!found) {
      log::error("discovery", found.error().message);
      c_.q.post(core::ev::DiscoveryLoaded{{}, true});
      return;
    }
    c_.q.post(core::ev::DiscoveryLoaded{std::move(found.value()), false});
  });
}

void BackofficeServices::run(const core::fx::MarkDiscoveryEntry& m) {
  c_.store.post([this, m](store::Database& db) {
    auto s = store::DiscoveryList(db).mark({m.rule, m.id_number, m.period, m.mark, m.who, m.at, ""});
    if (!s) log::error("discovery", "mark on " + m.rule + ": " + s.error().message);
    c_.q.post(core::ev::DiscoveryMarked{!s.ok()});
  });
}

}  // namespace app
