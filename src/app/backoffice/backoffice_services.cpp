#include "app/backoffice/backoffice_services.h"

#include "app/log.h"
#include "store/work_queue.h"

namespace app {

void BackofficeServices::run(const core::fx::LoadQueue& l) {
  c_.store.post([this, today = l.today](store::Database& db) {
    auto queue = store::WorkQueue(db).open_applications(today);
    if (!queue) {
      log::error("queue", queue.error().message);
      return;
    }
    if (const CatalogAssets* a = c_.resources.assets())
      for (auto& e : queue->entries)
        if (const core::ServiceItem* item = a->catalog.find(e.item_code)) e.item_name = item->name;
    c_.q.post(core::ev::QueueLoaded{std::move(*queue)});
  });
}

}  // namespace app
