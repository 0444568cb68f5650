#include "core/kiosk/kiosk_status.h"

#include <algorithm>
#include <utility>

namespace core {

namespace {

std::string date_part(const std::string& at) { return at.substr(0, std::min<std::size_t>(10, at.size())); }

bool on_main_line(ApplicationStatus s) {
  return std::find(std::begin(kProgressLine), std::end(kProgressLine), s) != std::end(kProgressLine);
}


}  // namespace

ApplicationProgress progress_of(const Application& a, const ServiceCatalog& catalog, const std::string& today) {
  ApplicationProgress p;
  p.acceptance_no = a.acceptance_no;
  p.item_code = a.item_code;
  const ServiceItem* item = catalog.find(a.item_code);
  p.item_name = item ? item->name : a.item_code;
  p.status = a.status;
  p.accepted_on = date_part(a.accepted_at);
  p.due = a.due;
  p.due_provisional = a.due_provisional;
  p.overdue = !today.empty() && !a.due.empty() && awaits_decision(a.status) && a.due < today;

  // The furthest main-line step reached: the current one if on the main line, otherwise the last
  // main-line status before the side path (待补正 goes back to 审核中 afterwards).
  ApplicationStatus furthest = ApplicationStatus::Accepted;
  for (const auto& e : a.events)
    if (on_main_line(e.to)) furthest = e.to;
  if (on_main_line(a.status)) furthest = a.status;

  for (ApplicationStatus step : kProgressLine) {
    ProgressStep ps;
    ps.status = step;
    for (const auto& e : a.events)
      if (e.to == step) {
        ps.reached_on = date_part(e.at);
        break;
      }
    if (step == ApplicationStatus::Accepted && ps.reached_on.empty()) ps.reached_on = p.accepted_on;
    ps.current = on_main_line(a.status) && step == a.status;
    p.steps.push_back(std::move(ps));
    if (step == furthest) {
      // Later steps are not reached, whatever dates a stale event might carry.
      for (ApplicationStatus later : kProgressLine)
        if (static_cast<int>(later) > static_cast<int>(step)) {
          ProgressStep next;
          next.status = later;
          p.steps.push_back(std::move(next));
        }
      break;
    }
  }

  if (!on_main_line(a.status)) {
    for (auto it = a.events.rbegin(); it != a.events.rend(); ++it)
      if (it->to == a.status) {
        p.side_on = date_part(it->at);
        p.note = it->note;
        break;
      }
    if (p.side_on.empty()) p.side_on = p.accepted_on;
  }

  if (item) {
    for (const auto& code : item->review_steps) {
      ReviewStepProgress rs;
      const ReviewStepDef* def = catalog.find_review_step(code);
      rs.name = def ? def->name : code;
      const std::string action = "record_step:" + code;
      for (const auto& e : a.events)
        if (e.action == action) rs.recorded_on = date_part(e.at);
      p.review_steps.push_back(std::move(rs));
    }
  }

  if (a.status == ApplicationStatus::NeedsSupplement || a.status == ApplicationStatus::Accepted) {
    for (const auto& m : a.materials) {
      if (!m.required || m.received) continue;
      const Material* known = nullptr;
      if (item)
        for (const auto& c : item->required)
          if (c.code == m.code) known = &c;
      p.missing_materials.push_back(known ? known->full_name() : m.name);
    }
  }
  return p;
}

std::vector<KioskHint> kiosk_hints(const std::vector<EligibilityHint>& hints, const ServiceCatalog& catalog) {
  std::vector<KioskHint> out;
  for (const auto& h : hints) {
    KioskHint k;
    k.item_code = h.item;
    k.reason = h.reason;
    if (const ServiceItem* item = catalog.find(h.item)) {
      k.item_name = item->name;
      for (const auto& m : item->required) k.materials.push_back(m.full_name());
    } else {
      k.item_name = h.item;
    }
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<KioskHint> card_hints(const std::vector<EligibilityRule>& rules, const std::string& birth,
                                  const std::string& today, const ServiceCatalog& catalog) {
  return kiosk_hints(eligibility_hints(rules, birth, today, {}), catalog);
}

KioskStatus kiosk_status(ResidentRecords records, const std::vector<EligibilityRule>& rules,
                         const std::string& today, const ServiceCatalog& catalog) {
  KioskStatus k;
  for (const auto& a : records.applications) k.applications.push_back(progress_of(a, catalog, today));
  ResidentStatus r = resident_status(std::move(records), rules, today);
  k.name_masked = std::move(r.name_masked);
  k.id_masked = std::move(r.id_masked);
  k.benefits = std::move(r.benefits);
  k.payments = std::move(r.payments);
  k.hints = kiosk_hints(r.hints, catalog);
  return k;
}

}  // namespace core
