#include "core/domain/benefit.h"

#include <array>

namespace core {
namespace {

struct TypeRow {
  BenefitType type;
  std::string_view name;
  std::string_view item;
  std::string_view code;
};
constexpr std::array kTypes = {
    TypeRow{BenefitType::UrbanDibao, "城市低保", "dibao", "urban_dibao"},
    TypeRow{BenefitType::RuralDibao, "农村低保", "dibao", "rural_dibao"},
    TypeRow{BenefitType::Tekun, "特困供养", "tekun", "tekun"},
    TypeRow{BenefitType::TemporaryAssistance, "临时救助", "linshi", "temporary_assistance"},
    TypeRow{BenefitType::MedicalAssistance, "医疗救助", "yiliao", "medical_assistance"},
    TypeRow{BenefitType::OldAgeAllowance, "高龄津贴", "gaoling", "old_age_allowance"},
    TypeRow{BenefitType::DisabilityLiving, "困难残疾人生活补贴", "canji", "disability_living"},
    TypeRow{BenefitType::DisabilityCare, "重度残疾人护理补贴", "canji", "disability_care"},
    TypeRow{BenefitType::Orphan, "孤儿基本生活费", "ertong", "orphan"},
    TypeRow{BenefitType::UnattendedChild, "事实无人抚养儿童生活费", "ertong", "unattended_child"},
    TypeRow{BenefitType::Youfu, "优抚", "youfu", "youfu"},
};
constexpr std::array kTypeList = [] {
  std::array<BenefitType, kTypes.size()> out{};
  for (std::size_t i = 0; i < kTypes.size(); ++i) out[i] = kTypes[i].type;
  return out;
}();

}  // namespace

std::span<const BenefitType> all_benefit_types() { return kTypeList; }

std::string_view benefit_type_name(BenefitType t) { return kTypes[static_cast<std::size_t>(t)].name; }
std::string_view benefit_item_code(BenefitType t) { return kTypes[static_cast<std::size_t>(t)].item; }
std::string_view benefit_type_code(BenefitType t) { return kTypes[static_cast<std::size_t>(t)].code; }

std::string_view benefit_status_code(BenefitStatus s) {
  switch (s) {
    case BenefitStatus::Active: return "active";
    case BenefitStatus::Suspended: return "suspended";
    case BenefitStatus::Ended: return "ended";
  }
  return "";
}

std::optional<BenefitType> benefit_type_from_name(std::string_view name) {
  for (const auto& row : kTypes)
    if (row.name == name) return row.type;
  return std::nullopt;
}

std::string_view benefit_status_name(BenefitStatus s) {
  switch (s) {
    case BenefitStatus::Active: return "在保";
    case BenefitStatus::Suspended: return "暂停";
    case BenefitStatus::Ended: return "已退出";
  }
  return "";
}

std::optional<BenefitStatus> benefit_status_from_name(std::string_view name) {
  for (auto s : {BenefitStatus::Active, BenefitStatus::Suspended, BenefitStatus::Ended})
    if (benefit_status_name(s) == name) return s;
  return std::nullopt;
}

std::optional<BenefitStatus> benefit_status_from_code(std::string_view code) {
  for (auto s : {BenefitStatus::Active, BenefitStatus::Suspended, BenefitStatus::Ended})
    if (benefit_status_code(s) == code) return s;
  return std::nullopt;
}

std::string_view payment_status_name(PaymentStatus s) {
  switch (s) {
    case PaymentStatus::Paid: return "已发放";
    case PaymentStatus::Pending: return "待发放";
    case PaymentStatus::Failed: return "发放失败";
  }
  return "";
}

std::string_view payment_status_code(PaymentStatus s) {
  switch (s) {
    case PaymentStatus::Paid: return "paid";
    case PaymentStatus::Pending: return "pending";
    case PaymentStatus::Failed: return "failed";
  }
  return "";
}

std::optional<PaymentStatus> payment_status_from_name(std::string_view name) {
  for (auto s : {PaymentStatus::Paid, PaymentStatus::Pending, PaymentStatus::Failed})
    if (payment_status_name(s) == name || payment_status_code(s) == name) return s;
  return std::nullopt;
}

}  // namespace core
