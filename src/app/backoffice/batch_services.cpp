// BackofficeServices for the queue's batch actions (core/backoffice/batch_events.h), on the store
// worker: the batch an approver may approve, the bulk approval itself (store::CaseDesk's
// approve_batch, one transaction per case), the cases a reviewer may publicize and the bulk 公示
// (publicize_batch, likewise), and the 公示名单 — of every case on notice or of one batch —
// audited, written as the A4 PDF into the export folder, then printed on the receipt printer as the
// case notices are.
#include <algorithm>

#include "app/backoffice/backoffice_services.h"

#include "app/log.h"
#include "app/print_job.h"
#include "app/slip/publicity_export.h"
#include "core/backoffice/case_notices.h"
#include "store/audit_log.h"
#include "store/applications_table.h"
#include "store/case_desk.h"
#include "store/case_notice_source.h"

namespace app {

void BackofficeServices::run(const core::fx::FindBulkBatch& f) {
  c_.store.post([this, f](store::Database& db) {
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("queue", "bulk batch: catalog files unavailable");
      c_.q.post(core::ev::BulkBatchFound{f.staff_no, {}, true, {}});
      return;
    }
    auto batch = store::CaseNoticeSource(db, a->catalog).notice_ended_before(f.day);
    if (!batch) {
      log::error("queue", "bulk batch: " + batch.error().message);
      c_.q.post(core::ev::BulkBatchFound{f.staff_no, {}, true, {}});
      return;
    }
    // An item that pays several benefit types (低保: 城市 or 农村) needs one chosen for the batch.
    std::vector<core::BulkBenefitChoice> choices;
    store::ApplicationsTable applications(db);
    for (const auto& no : *batch) {
      auto app = applications.find_by_acceptance_no(no);
      if (!app || !app.value()) continue;  // approve_batch will say why for this one
      const std::string& item = app.value()->item_code;
      if (std::any_of(choices.begin(), choices.end(), [&](const auto& c) { return c.item_code == item; })) continue;
      core::BulkBenefitChoice choice{item, item, {}, std::nullopt};
      if (const core::ServiceItem* it = a->catalog.find(item)) choice.item_name = it->name;
      for (core::BenefitType t : core::all_benefit_types())
        if (core::benefit_item_code(t) == item) choice.types.push_back(t);
      if (choice.types.size() > 1) choices.push_back(std::move(choice));
    }
    c_.q.post(core::ev::BulkBatchFound{f.staff_no, std::move(*batch), false, std::move(choices)});
  });
}

void BackofficeServices::run(const core::fx::ApproveBulk& b) {
  c_.store.post([this, b](store::Database& db) {
    core::ev::BulkApproved answer{b.staff_no, 0, {}, false};
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("queue", "bulk approval: catalog files unavailable");
      answer.stopped = true;
      c_.q.post(std::move(answer));
      return;
    }
    store::CaseDesk desk(db, a->catalog);
    auto actor = desk.actor(b.staff_no);
    if (!actor || !actor.value()) {
      log::error("queue", "bulk approval: no case actor " + b.staff_no +
                              (actor ? std::string() : ": " + actor.error().message));
      answer.stopped = true;
      c_.q.post(std::move(answer));
      return;
    }
    store::BulkApproval how;  // each case at its notice's proposed amount
    how.start_month = b.start_month;
    how.benefit_by_item = b.benefit_by_item;
    const store::BulkReport report = desk.approve_batch(b.acceptance_nos, **actor, how, b.now);
    answer.approved = static_cast<long>(report.done.size());
    for (const auto& no : report.refused) {
      log::info("queue", "bulk approval of " + no.acceptance_no + " refused: " + no.why.key);
      answer.refused.push_back(core::BulkRefused{no.acceptance_no, no.why});
    }
    answer.stopped = !report.stopped.empty();
    log::info("queue", b.staff_no + " bulk-approved " + std::to_string(answer.approved) + ", refused " +
                           std::to_string(answer.refused.size()) + " of " + std::to_string(b.acceptance_nos.size()));
    if (answer.stopped) log::error("queue", "bulk approval stopped at " + report.stopped);
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::PrintPublicity& p) {
  c_.store.post([this, p](store::Database& db) {
    auto give_up = [&](const std::string& why, core::Message problem) {
      log::error("queue", "publicity list not printed: " + why);
      c_.q.post(core::ev::PublicityReady{p.job, "", std::move(problem), false});
    };
    const CatalogAssets* assets = c_.resources.assets();
    const store::HallKey* key = c_.resources.hall_key();
    if (!assets || !key) return give_up("catalog or hall key unavailable", {"backoffice.publicity.store_failed", {}});
    auto entries = store::CaseNoticeSource(db, assets->catalog).on_notice("");
    if (!entries) return give_up(entries.error().message, {"backoffice.publicity.store_failed", {}});
    if (!p.only.empty())  // one batch's list: its cases alone (those still on notice)
      std::erase_if(*entries, [&](const core::PublicityEntry& e) {
        return std::find(p.only.begin(), p.only.end(), e.acceptance_no) == p.only.end();
      });
    if (entries->empty()) return give_up("nothing on notice", {"backoffice.publicity.none", {}});
    // The list names people: each is a look-up of their data, audited before any paper.
    store::AuditLog audit(db, *key);
    for (const auto& e : *entries)
      if (auto s = audit.record(p.now.iso_datetime(), p.staff_no, e.applicant_id, store::kWhyReview); !s)
        return give_up(s.error().message, {"backoffice.publicity.store_failed", {}});
    const core::NoticeContext context{c_.config.hall.name, c_.config.hall.phone, p.now.iso_date()};
    core::ev::PublicityReady ready{p.job, "", {}, true};
    if (p.write_pdf) {
      const auto dir = slip::export_folder(c_.config);
      // A batch's list beside the day's whole list, not over it: named by the time it was printed.
      const std::string batch_tag = p.only.empty() ? std::string() : p.now.iso_datetime().substr(11);
      auto written = slip::write_publicity_pdf(*entries, context, assets->words, c_.config.fonts.chain, dir,
                                               c_.config.terminal.number, batch_tag);
      if (written) {
        ready.pdf_path = written->string();
        log::info("queue", "publicity list written to " + ready.pdf_path);
      } else {
        log::error("queue", "publicity PDF: " + written.error().message);
        ready.problem = core::Message{"backoffice.publicity.pdf_failed", {dir.string()}};
      }
    }
    c_.q.post(std::move(ready));
    post_slip_print(c_, p.job, core::make_publicity_slip(*entries, context, assets->words, core::kRecordLanguage));
  });
}

void BackofficeServices::run(const core::fx::FindPublicizeBatch& f) {
  c_.store.post([this, f](store::Database& db) {
    core::ev::PublicizeBatchFound answer{f.staff_no, {}, false};
    const CatalogAssets* a = c_.resources.assets();
    auto fail = [&](const std::string& why) {
      log::error("queue", "publicize batch: " + why);
      answer.failed = true;
      c_.q.post(std::move(answer));
    };
    if (!a) return fail("catalog files unavailable");
    store::CaseDesk desk(db, a->catalog);
    auto actor = desk.actor(f.staff_no);
    if (!actor || !actor.value()) return fail("no case actor " + f.staff_no + (actor ? std::string() : ": " + actor.error().message));
    auto ready = desk.ready_for_publicity(**actor, f.now, a->holidays, core::kMaxPublicityBatch);
    if (!ready) return fail(ready.error().message);
    for (const auto& c : *ready) {
      core::PublicizeCase pc;
      pc.acceptance_no = c.acceptance_no;
      const core::ServiceItem* item = a->catalog.find(c.item_code);
      pc.item_name = item ? item->name : c.item_code;
      pc.applicant_name = c.applicant_name;
      pc.notice_ends = c.notice_ends;
      answer.cases.push_back(std::move(pc));
    }
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::PublicizeBulk& b) {
  c_.store.post([this, b](store::Database& db) {
    core::ev::BulkPublicized answer{b.staff_no, {}, {}, {}, false};
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      log::error("queue", "bulk publicity: catalog files unavailable");
      answer.stopped = true;
      c_.q.post(std::move(answer));
      return;
    }
    store::CaseDesk desk(db, a->catalog);
    auto actor = desk.actor(b.staff_no);
    if (!actor || !actor.value()) {
      log::error("queue", "bulk publicity: no case actor " + b.staff_no + (actor ? std::string() : ": " + actor.error().message));
      answer.stopped = true;
      c_.q.post(std::move(answer));
      return;
    }
    store::BulkPublicity how;
    how.calendar = &a->holidays;
    std::vector<std::string> numbers;
    for (const auto& [no, fen] : b.cases) {
      numbers.push_back(no);
      if (fen > 0) how.proposed_fen[no] = fen;
    }
    const store::BulkReport report = desk.publicize_batch(numbers, **actor, how, b.now);
    for (const auto& done : report.done) {
      answer.publicized.push_back(done.acceptance_no);
      answer.ends.push_back(done.notice_ends);
    }
    for (const auto& no : report.refused) {
      log::info("queue", "bulk publicity of " + no.acceptance_no + " refused: " + no.why.key);
      answer.refused.push_back(core::BulkRefused{no.acceptance_no, no.why});
    }
    answer.stopped = !report.stopped.empty();
    log::info("queue", b.staff_no + " publicized " + std::to_string(report.done.size()) + ", refused " +
                           std::to_string(report.refused.size()) + " of " + std::to_string(numbers.size()));
    if (answer.stopped) log::error("queue", "bulk publicity stopped at " + report.stopped);
    c_.q.post(std::move(answer));
  });
}

}  // namespace app
