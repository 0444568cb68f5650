#include "core/domain/payment_roster.h"

#include <algorithm>
#include <map>

#include "core/domain/ledger.h"
#include "core/domain/address_village.h"

namespace core {
namespace {

std::size_t type_order(BenefitType t) {
  const auto all = all_benefit_types();
  return static_cast<std::size_t>(std::find(all.begin(), all.end(), t) - all.begin());
}

}  // namespace

PaymentRoster make_payment_roster(std::string month, std::vector<PaymentSource> sources) {
  PaymentRoster r;
  r.month = std::move(month);
  r.lines.reserve(sources.size());
  // Many lines share an address's village: parse each distinct address once.
  std::map<std::string, std::string, std::less<>> villages;
  for (auto& s : sources) {
    auto v = villages.find(s.address);
    if (v == villages.end()) v = villages.emplace(s.address, address_village_label(address_village(s.address))).first;
    r.lines.push_back(PaymentLine{std::move(s.name), std::move(s.id_number), s.type, s.monthly_amount_fen,
                                  std::move(s.account), std::move(s.bank), v->second});
  }
  std::sort(r.lines.begin(), r.lines.end(), [](const PaymentLine& a, const PaymentLine& b) {
    if (a.village != b.village) return a.village < b.village;
    if (a.id_number != b.id_number) return a.id_number < b.id_number;
    return type_order(a.type) < type_order(b.type);
  });
  std::vector<PaymentTypeTotal> per_type(all_benefit_types().size());
  for (const auto& l : r.lines) {
    auto& t = per_type[type_order(l.type)];
    t.type = l.type;
    ++t.lines;
    t.amount_fen += l.amount_fen;
    if (!l.has_account()) ++t.without_account;
    ++r.line_count;
    r.total_fen += l.amount_fen;
    if (!l.has_account()) ++r.without_account;
  }
  for (const auto& t : per_type)
    if (t.lines > 0) r.totals.push_back(t);
  return r;
}

std::vector<std::string> payment_roster_people(const PaymentRoster& roster) {
  std::vector<std::string> people;
  people.reserve(roster.lines.size());
  for (const auto& l : roster.lines) people.push_back(l.id_number);
  std::sort(people.begin(), people.end());
  people.erase(std::unique(people.begin(), people.end()), people.end());
  return people;
}

std::string payment_roster_file_name(std::string_view month, std::string_view extension) {
  return "发放花名册-" + std::string(month) + "." + std::string(extension);
}

std::string payment_roster_csv(const PaymentRoster& roster, bool byte_order_mark) {
  std::string out;
  out.reserve(64 + roster.lines.size() * 120);
  if (byte_order_mark) out += kUtf8ByteOrderMark;
  const auto record = [&out](std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (std::string_view f : fields) {
      if (!first) out += ',';
      first = false;
      out += csv_field(f);
    }
    out += "\r\n";
  };
  const auto& h = kPaymentRosterHeader;
  record({h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]});
  for (const auto& l : roster.lines) {
    record({l.name, l.id_number, benefit_type_name(l.type), roster.month, format_yuan(l.amount_fen), l.account, l.bank,
            l.village, l.has_account() ? std::string_view() : kNoAccountMark});
  }
  const std::string total = format_yuan(roster.total_fen);
  record({kTotalLabel, "", "", "", total, "", "", "", ""});
  return out;
}

}  // namespace core
