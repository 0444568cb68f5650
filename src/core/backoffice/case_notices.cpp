#include "core/backoffice/case_notices.h"

#include <algorithm>

#include "core/domain/masking.h"

namespace core {
namespace {

using S = ApplicationStatus;

std::string item_name_of(const Application& a, const ServiceCatalog& catalog) {
  const ServiceItem* item = catalog.find(a.item_code);
  return item ? item->name : a.item_code;
}

// The latest event that brought the application to `to`; nullptr when none did.
const ApplicationEvent* last_reaching(const Application& a, S to) {
  for (auto e = a.events.rbegin(); e != a.events.rend(); ++e)
    if (e->to == to) return &*e;
  return nullptr;
}

std::string day_of(const ApplicationEvent* e) { return e ? e->at.substr(0, 10) : std::string(); }

Message not_in(const Application& a, S wanted) {
  return Message{"notice.refused.status",
                 {a.acceptance_no, std::string(status_label(a.status)), std::string(status_label(wanted))}};
}

struct Words {
  const Catalog& catalog;
  Language language;
  std::string operator()(std::string_view key) const { return std::string(catalog.get(language, key)); }
  std::string operator()(std::string_view key, std::initializer_list<std::string_view> values) const {
    return format(catalog.get(language, key), values);
  }
};

SlipBlock paragraph(std::string text) { return slip_line(std::move(text), SlipAlign::Left, false, SlipSize::Normal, 0); }

void heading(std::vector<SlipBlock>& b, const NoticeContext& c, const std::string& title) {
  b.push_back(slip_line(c.hall_name, SlipAlign::Center, true));
  b.push_back(slip_line(title, SlipAlign::Center, true, SlipSize::Double));
}

void closing(std::vector<SlipBlock>& b, const NoticeContext& c, const Words& say) {
  b.push_back(slip_rule());
  b.push_back(slip_line(c.hall_name, SlipAlign::Right));
  b.push_back(slip_line(c.date, SlipAlign::Right));
  if (!c.hall_phone.empty()) b.push_back(slip_line(say("slip.phone", {c.hall_phone}), SlipAlign::Center));
}

std::string amount_text(Fen fen, const Words& say) {
  return fen > 0 ? format_yuan(fen) : say("notice.publicity.no_amount");
}

}  // namespace

std::variant<SupplementNotice, Message> supplement_notice_of(const Application& a, const ServiceCatalog& catalog) {
  if (a.status != S::NeedsSupplement) return not_in(a, S::NeedsSupplement);
  SupplementNotice n{a.acceptance_no, a.applicant_id, a.applicant_name, item_name_of(a, catalog), {}, day_of(last_reaching(a, S::NeedsSupplement))};
  for (const auto& m : a.materials)
    if (m.required && !m.received) n.missing.push_back(m.name);
  // Everything asked for has arrived: the case waits for a reviewer, not for the resident.
  if (n.missing.empty()) return Message{"notice.refused.materials_arrived", {a.acceptance_no}};
  return n;
}

std::variant<RejectionNotice, Message> rejection_notice_of(const Application& a, const ServiceCatalog& catalog) {
  if (a.status != S::Rejected) return not_in(a, S::Rejected);
  const ApplicationEvent* e = last_reaching(a, S::Rejected);
  return RejectionNotice{a.acceptance_no, a.applicant_id, a.applicant_name, item_name_of(a, catalog), e ? e->note : std::string(),
                         day_of(e)};
}

AcceptanceSlip make_supplement_slip(const SupplementNotice& n, const NoticeContext& c, const Catalog& words, Language l) {
  const Words say{words, l};
  AcceptanceSlip s;
  s.acceptance_no = n.acceptance_no;
  auto& b = s.blocks;
  heading(b, c, say("notice.supplement.title"));
  b.push_back(slip_line(say("slip.number", {n.acceptance_no}), SlipAlign::Center, true));
  b.push_back(slip_rule());
  b.push_back(slip_field(say("slip.applicant"), mask_name(n.applicant_name)));
  b.push_back(slip_field(say("slip.item"), n.item_name));
  if (!n.asked_on.empty()) b.push_back(slip_field(say("notice.supplement.asked_on"), n.asked_on));
  b.push_back(slip_rule());
  b.push_back(paragraph(say("notice.supplement.body")));
  if (n.missing.empty()) b.push_back(slip_line("  " + say("slip.none")));
  for (std::size_t i = 0; i < n.missing.size(); ++i)
    b.push_back(slip_line(say("notice.supplement.material", {std::to_string(i + 1), n.missing[i]}), SlipAlign::Left, true,
                          SlipSize::Normal, 6));
  b.push_back(paragraph(say("notice.supplement.where", {c.hall_name})));
  closing(b, c, say);
  return s;
}

AcceptanceSlip make_rejection_slip(const RejectionNotice& n, const NoticeContext& c, const Catalog& words, Language l) {
  const Words say{words, l};
  AcceptanceSlip s;
  s.acceptance_no = n.acceptance_no;
  s.accepted = false;
  auto& b = s.blocks;
  heading(b, c, say("notice.rejection.title"));
  b.push_back(slip_line(say("slip.number", {n.acceptance_no}), SlipAlign::Center, true));
  b.push_back(slip_rule());
  b.push_back(paragraph(say("notice.rejection.to", {n.applicant_name})));
  b.push_back(paragraph(say("notice.rejection.body", {n.item_name})));
  b.push_back(slip_line(say("notice.rejection.reason"), SlipAlign::Left, true));
  b.push_back(paragraph(n.reason.empty() ? say("slip.refusal_reason_unnoted") : n.reason));
  if (!n.decided_on.empty()) b.push_back(slip_field(say("notice.rejection.decided_on"), n.decided_on));
  b.push_back(slip_rule());
  b.push_back(paragraph(say("notice.rejection.appeal")));
  closing(b, c, say);
  return s;
}

namespace {

// The notice period the entries share: the first start and the last end.
std::pair<std::string, std::string> period_of(const std::vector<PublicityEntry>& entries) {
  std::string first, last;
  for (const auto& e : entries) {
    if (first.empty() || e.starts < first) first = e.starts;
    if (e.ends > last) last = e.ends;
  }
  return {first, last};
}

}  // namespace

AcceptanceSlip make_publicity_slip(const std::vector<PublicityEntry>& entries, const NoticeContext& c,
                                   const Catalog& words, Language l) {
  const Words say{words, l};
  const auto [first, last] = period_of(entries);
  AcceptanceSlip s;
  auto& b = s.blocks;
  heading(b, c, say("notice.publicity.title"));
  b.push_back(slip_line(say("notice.publicity.period", {first, last}), SlipAlign::Center));
  b.push_back(slip_rule());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    b.push_back(slip_line(say("notice.publicity.slip_entry", {std::to_string(i + 1), mask_name(e.applicant_name),
                                                              mask_id_number(e.applicant_id)}),
                          SlipAlign::Left, true, SlipSize::Normal, 4));
    b.push_back(slip_line("    " + say("notice.publicity.slip_detail", {e.item_name, amount_text(e.proposed_fen, say)}),
                          SlipAlign::Left, false, SlipSize::Normal, 4));
  }
  b.push_back(slip_rule());
  b.push_back(slip_line(say("notice.publicity.count", {std::to_string(entries.size())}), SlipAlign::Left));
  b.push_back(paragraph(say("notice.publicity.objection", {c.hall_phone})));
  b.push_back(slip_line(c.hall_name, SlipAlign::Right));
  b.push_back(slip_line(c.date, SlipAlign::Right));
  return s;
}

PublicitySheet publicity_sheet(const std::vector<PublicityEntry>& entries, const NoticeContext& c, const Catalog& words,
                               Language l) {
  const Words say{words, l};
  const auto [first, last] = period_of(entries);
  PublicitySheet p;
  p.title = say("notice.publicity.title");
  p.hall = c.hall_name;
  p.period = say("notice.publicity.period", {first, last});
  p.objection = say("notice.publicity.objection", {c.hall_phone});
  p.count = say("notice.publicity.count", {std::to_string(entries.size())});
  p.date = c.date;
  p.headers = {say("notice.publicity.col_no"), say("notice.publicity.col_name"), say("notice.publicity.col_id"),
               say("notice.publicity.col_item"), say("notice.publicity.col_amount")};
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    p.rows.push_back({std::to_string(i + 1), mask_name(e.applicant_name), mask_id_number(e.applicant_id), e.item_name,
                      amount_text(e.proposed_fen, say)});
  }
  p.page_pattern = say("notice.publicity.page");
  return p;
}

}  // namespace core
