#include "app/rating/rating_services.h"

#include "app/log.h"
#include "store/ratings_table.h"

namespace app {

void save_rating(ServiceContext& c, const core::fx::SaveRating& r) {
  c.store.post([rating = r.rating](store::Database& db) {
    auto put = store::RatingsTable(db).insert(rating);
    if (!put) log::error("rating", "rating " + rating.visit_key + " not stored: " + put.error().message);
    else if (!put.value()) log::info("rating", "rating " + rating.visit_key + " was already given: the first one stands");
  });
}

}  // namespace app
