// BackofficeServices for the case on screen (core/backoffice/case_events.h): read the case file,
// claim or renew, act — each on the store worker, answered as events. A store failure is
// logged in full and reaches staff as one sentence (case.store_failed); what they typed stays on
// their screen whatever the answer (core keeps the form).
#include "app/backoffice/backoffice_services.h"

#include "app/log.h"
#include "app/print_job.h"
#include "core/backoffice/case_notices.h"
#include "store/case_desk.h"
#include "store/case_notice_source.h"
#include "store/case_file.h"

namespace app {
namespace {

core::Message store_failed(const std::string& no) { return core::Message{"case.store_failed", {no}}; }

// The staff member as the rules see them, or the sentence why not.
std::variant<core::CaseActor, core::Message> actor_of(store::CaseDesk& desk, const std::string& staff_no,
                                                      const std::string& no) {
  auto a = desk.actor(staff_no);
  if (!a) {
    log::error("case", "staff " + staff_no + ": " + a.error().message);
    return store_failed(no);
  }
  if (!a.value()) return core::Message{"case.refused.unknown_staff", {staff_no}};
  return **a;
}

}  // namespace

void BackofficeServices::post_case_file(store::Database& db, const std::string& no, const std::string& staff_no,
                                        const core::CivilTime& at) {
  const CatalogAssets* a = c_.resources.assets();
  const store::HallKey* k = c_.resources.hall_key();
  if (!a || !k) {
    log::error("case", "case file " + no + ": catalog or hall key unavailable (see log)");
    c_.q.post(core::ev::CaseFileFailed{no, store_failed(no)});
    return;
  }
  auto f = store::CaseFileReader(db, *k, a->catalog).read(store::CaseFileRead{no, staff_no, at.iso_datetime()});
  if (!f) {
    log::error("case", "case file " + no + ": " + f.error().message);
    c_.q.post(core::ev::CaseFileFailed{no, store_failed(no)});
    return;
  }
  if (!f.value()) {
    c_.q.post(core::ev::CaseFileFailed{no, core::Message{"case.refused.unknown_case", {no}}});
    return;
  }
  f.value()->rejection_reasons = a->counter_choices.rejection_reasons;
  c_.q.post(core::ev::CaseFileLoaded{std::move(*f.value())});
}

void BackofficeServices::run(const core::fx::LoadCaseFile& l) {
  c_.store.post([this, l](store::Database& db) { post_case_file(db, l.acceptance_no, l.staff_no, l.at); });
}

void BackofficeServices::run(const core::fx::ClaimCase& cl) {
  c_.store.post([this, cl](store::Database& db) {
    core::ev::CaseClaimAnswered answer{cl.acceptance_no, cl.renewal, false, {}, {}, {}};
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      answer.refusal = store_failed(cl.acceptance_no);
      c_.q.post(std::move(answer));
      return;
    }
    store::CaseDesk desk(db, a->catalog);
    auto who = actor_of(desk, cl.staff_no, cl.acceptance_no);
    if (auto* no = std::get_if<core::Message>(&who)) {
      answer.refusal = *no;
      c_.q.post(std::move(answer));
      return;
    }
    auto r = desk.claim(cl.acceptance_no, std::get<core::CaseActor>(who), cl.at, cl.lease_seconds);
    if (!r) {
      log::error("case", "claim " + cl.acceptance_no + ": " + r.error().message);
      answer.refusal = store_failed(cl.acceptance_no);
    } else if (auto* refusal = std::get_if<store::Refusal>(&r.value())) {
      answer.refusal = *refusal;
      if (refusal->key == "case.refused.claimed_by" && refusal->params.size() > 1) answer.holder = refusal->params[1];
    } else {
      answer.granted = true;
      answer.lease_until = std::get<store::CaseClaim>(r.value()).lease_until;
    }
    c_.q.post(std::move(answer));
  });
}

void BackofficeServices::run(const core::fx::ActOnCase& act) {
  c_.store.post([this, act](store::Database& db) {
    const std::string& no = act.acceptance_no;
    const core::CaseAction action = act.submission.request.action;
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      c_.q.post(core::ev::CaseActionFailed{no, action, store_failed(no)});
      return;
    }
    store::CaseDesk desk(db, a->catalog);
    auto who = actor_of(desk, act.staff_no, no);
    if (auto* refusal = std::get_if<core::Message>(&who)) {
      c_.q.post(core::ev::CaseActionRefused{no, action, *refusal});
      post_case_file(db, no, act.staff_no, act.at);
      return;
    }
    store::CaseWork work;
    work.request = act.submission.request;
    work.values = act.submission.values;
    work.benefit = act.submission.benefit;
    work.proposed_fen = act.submission.proposed_fen;
    work.calendar = &a->holidays;  // the notice runs the item's working days from today
    auto r = desk.act(no, std::get<core::CaseActor>(who), work, act.at);
    if (!r) {
      log::error("case", std::string(core::case_action_code(action)) + " " + no + ": " + r.error().message);
      c_.q.post(core::ev::CaseActionFailed{no, action, store_failed(no)});
      return;
    }
    if (auto* refusal = std::get_if<store::Refusal>(&r.value())) {
      c_.q.post(core::ev::CaseActionRefused{no, action, *refusal});
    } else {
      const auto& done = std::get<store::CaseDone>(r.value());
      c_.q.post(core::ev::CaseActed{no, action, done.from, done.to});
    }
    post_case_file(db, no, act.staff_no, act.at);
  });
}

void BackofficeServices::run(const core::fx::PrintCaseNotice& p) {
  // The decision is committed before this runs: a paper that does not come out only means 重新打印.
  c_.store.post([this, p](store::Database& db) {
    auto fail = [&](const std::string& why) {
      log::error("case", "notice for " + p.acceptance_no + " not printed: " + why);
      c_.q.post(core::ev::PrintFailed{p.job, core::PrinterTrouble::None, why});
    };
    const CatalogAssets* assets = c_.resources.assets();
    if (!assets) return fail("catalog files unavailable");
    store::CaseNoticeSource source(db, assets->catalog);
    const core::NoticeContext context{c_.config.hall.name, c_.config.hall.phone, p.at.iso_date()};
    std::optional<core::AcceptanceSlip> slip;
    auto build = [&](auto facts, auto make) {
      if (!facts) return fail(facts.error().message);
      if (const auto* m = std::get_if<core::Message>(&facts.value()))
        return fail(core::render(assets->words, core::kRecordLanguage, *m));
      slip = make(std::get<0>(facts.value()), context, assets->words, core::kRecordLanguage);
    };
    if (p.paper == core::CaseNoticePaper::Supplement)
      build(source.supplement(p.acceptance_no), core::make_supplement_slip);
    else
      build(source.rejection(p.acceptance_no), core::make_rejection_slip);
    if (!slip) return;
    post_slip_print(c_, p.job, std::move(*slip));
  });
}

}  // namespace app
