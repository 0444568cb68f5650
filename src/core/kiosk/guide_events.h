#pragma once
// 办事指南 at the kiosk (issue 22): the catalog's service items browsed without a card, and an
// item's 一次性告知单 printed on the kiosk printer. Nothing personal is involved; the flow is in
// core/kiosk/guide_flow.h, the paper in core/kiosk/guide_notice_slip.h.
#include <cstdint>
#include <memory>
#include <string>

#include "core/domain/civil_time.h"
#include "core/domain/service_item.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The service catalog for the guide, loaded once (kept after the visit: it holds nothing personal).
struct GuideLoaded {
  std::shared_ptr<const ServiceCatalog> catalog;
};
struct GuideUnavailable {
  std::string reason;  // for the log
};
}  // namespace ev

namespace intent {
// 办事指南 on the welcome screen; an item's button on the list; 返回 (item → list);
// 打印一次性告知单 on an item.
struct OpenGuide {};
struct OpenGuideItem {
  std::string code;
};
struct GuideBack {};
struct PrintGuideNotice {};
}  // namespace intent

namespace fx {
// Load the service catalog for the guide (ev::GuideLoaded or ev::GuideUnavailable).
struct LoadGuide {};
// Print `item`'s 一次性告知单 as job `job` (ev::PrintDone / ev::PrintFailed).
struct PrintGuideNotice {
  std::uint64_t job = 0;
  ServiceItem item;
  CivilTime at;
};
}  // namespace fx

using GuideEvents = TypeList<ev::GuideLoaded, ev::GuideUnavailable, intent::OpenGuide, intent::OpenGuideItem,
                             intent::GuideBack, intent::PrintGuideNotice>;
using GuideEffects = TypeList<fx::LoadGuide, fx::PrintGuideNotice>;

}  // namespace core
