#pragma once
// Runs the back office's effects (core/backoffice/backoffice_events.h) on the store worker: the
// queue read, claims and releases (store::CaseDesk); answers come back as events. On a hall store
// (PostgreSQL) a HallWatch, started with the first read, reports every change in the hall.
#include <cstdint>
#include <memory>

#include "app/backoffice/hall_watch.h"
#include "app/service_context.h"
#include "core/domain/acceptance_slip.h"
#include "core/backoffice/backoffice_events.h"
#include "store/database.h"

namespace app {

class BackofficeServices {
 public:
  explicit BackofficeServices(ServiceContext& c) : c_(c) {}

  void run(const core::fx::LoadQueue& l);
  void run(const core::fx::ClaimNextCase& c);
  void run(const core::fx::ClaimOneCase& c);
  void run(const core::fx::ReleaseClaim& r);
  // The case on screen (app/backoffice/case_services.cpp).
  void run(const core::fx::LoadCaseFile& l);
  void run(const core::fx::ClaimCase& c);
  void run(const core::fx::ActOnCase& a);
  void run(const core::fx::PrintCaseNotice& p);
  // 批量审批, 批量公示 and 打印公示名单 on the queue (app/backoffice/batch_services.cpp).
  void run(const core::fx::FindBulkBatch& f);
  void run(const core::fx::ApproveBulk& b);
  void run(const core::fx::PrintPublicity& p);
  // 年审 and 主动发现 (app/backoffice/review_services.cpp).
  void run(const core::fx::LoadReviews& l);
  void run(const core::fx::LoadReviewHistory& l);
  void run(const core::fx::RecordReview& r);
  void run(const core::fx::LoadDiscovery& l);
  void run(const core::fx::MarkDiscoveryEntry& m);
  // 导出花名册 (app/backoffice/roster_services.cpp).
  void run(const core::fx::ExportRoster& r);
  // 统计 (app/backoffice/statistics_services.cpp).
  void run(const core::fx::LoadStatistics& l);
  void run(const core::fx::ExportStatistics& e);
  void run(const core::fx::FindPublicizeBatch& f);
  void run(const core::fx::PublicizeBulk& b);

 private:
  // On the store worker: reads the case file (audited) and posts it, or why not.
  void post_case_file(store::Database& db, const std::string& acceptance_no, const std::string& staff_no,
                      const core::CivilTime& at);
  ServiceContext& c_;
  std::unique_ptr<HallWatch> watch_;  // PostgreSQL only, from the first queue read on
};

}  // namespace app
