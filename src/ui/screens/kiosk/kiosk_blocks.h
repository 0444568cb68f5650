#pragma once
// The pieces a resident's status is made of, drawn into a scroll panel; each returns the height it
// took. Shared by the status, unknown-person and slip screens.
#include <string>
#include <vector>

#include "core/kiosk/kiosk_status.h"
#include "ui/widgets/scroll_panel.h"

namespace ui::screens {

// 528.00 元
std::string yuan(UiContext& ui, core::Fen fen);
// The benefit's display name (最低生活保障（农村）).
std::string_view benefit_name(UiContext& ui, core::BenefitType type);

float section_heading(widgets::ScrollPanel& p, std::string_view s, float x0, float x1, float y);
// A large card: name, status in words, colour and a mark, monthly amount, since, next review; with
// `review_soon`, 「您的…将于X年X月年审，请…」 below them.
float benefit_card(widgets::ScrollPanel& p, const core::Benefit& b, float x0, float x1, float y,
                   bool review_soon = false);
// The last payments as a table, or one small block per payment where a table does not fit; a
// failed or pending payment says what to do.
float payments_block(widgets::ScrollPanel& p, const std::vector<core::PaymentRecord>& payments, float x0, float x1,
                     float y);
// An open application: its item, acceptance number and progress timeline.
float application_card(widgets::ScrollPanel& p, const core::ApplicationProgress& a, float x0, float x1, float y,
                       std::string_view hall_phone);
// 「您可能可以申请：…」 with the reason and the materials to bring.
float hint_card(widgets::ScrollPanel& p, const core::KioskHint& h, float x0, float x1, float y);

}  // namespace ui::screens
