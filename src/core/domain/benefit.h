#pragma once
// Benefits in payment (domain.md "Benefits in payment"): what a resident holds and what was paid.
// Types are stored and printed by their Chinese names, which are also the roster (花名册)
// vocabulary. Statuses are stored as codes (active, paid …), like applications' statuses; rosters
// name them in Chinese and screens and slips show the Chinese words.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/domain/money.h"

namespace core {

enum class BenefitType {
  UrbanDibao,           // 城市低保
  RuralDibao,           // 农村低保
  Tekun,                // 特困供养
  TemporaryAssistance,  // 临时救助
  MedicalAssistance,    // 医疗救助
  OldAgeAllowance,      // 高龄津贴
  DisabilityLiving,     // 困难残疾人生活补贴
  DisabilityCare,       // 重度残疾人护理补贴
  Orphan,               // 孤儿基本生活费
  UnattendedChild,      // 事实无人抚养儿童生活费
  Youfu,                // 优抚
};

std::span<const BenefitType> all_benefit_types();
std::string_view benefit_type_name(BenefitType t);  // Chinese name, e.g. 农村低保
std::optional<BenefitType> benefit_type_from_name(std::string_view name);
// The catalog item (ServiceItem code) under which this benefit is applied for, e.g. "dibao".
std::string_view benefit_item_code(BenefitType t);
// A stable ASCII code for catalog keys and JSON, e.g. "rural_dibao" (UI text: benefit.rural_dibao).
std::string_view benefit_type_code(BenefitType t);

enum class BenefitStatus { Active, Suspended, Ended };  // 在保 / 暂停 / 已退出
std::string_view benefit_status_name(BenefitStatus s);  // the roster's and the slip's word
std::string_view benefit_status_code(BenefitStatus s);  // active / suspended / ended: the stored value
std::optional<BenefitStatus> benefit_status_from_name(std::string_view name);
std::optional<BenefitStatus> benefit_status_from_code(std::string_view code);

struct Benefit {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  BenefitStatus status = BenefitStatus::Active;
  Fen monthly_amount_fen = 0;
  std::string since;        // YYYY-MM-DD
  std::string next_review;  // YYYY-MM-DD (年审)
  bool operator==(const Benefit&) const = default;
};

enum class PaymentStatus { Paid, Pending, Failed };  // 已发放 / 待发放 / 发放失败
std::string_view payment_status_name(PaymentStatus s);
std::string_view payment_status_code(PaymentStatus s);  // paid / pending / failed (JSON)
std::optional<PaymentStatus> payment_status_from_name(std::string_view name);

struct PaymentRecord {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  std::string period;   // YYYY-MM
  Fen amount_fen = 0;
  std::string paid_on;  // YYYY-MM-DD
  std::string channel;  // 惠农一卡通, 银行卡, 现金 …
  PaymentStatus status = PaymentStatus::Paid;
  bool operator==(const PaymentRecord&) const = default;
};

}  // namespace core
