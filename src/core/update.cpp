#include "core/update.h"

#include <type_traits>

#include "core/backoffice/backoffice_flow.h"
#include "core/counter/counter_flow.h"
#include "core/kiosk/guide_flow.h"
#include "core/kiosk/kiosk_flow.h"
#include "core/maintenance.h"
#include "core/rating/rating_flow.h"
#include "core/spine.h"

namespace core {

Effects update(AppState& state, const Event& event) {
  return std::visit(
      [&state](const auto& e) -> Effects {
        using E = std::decay_t<decltype(e)>;
        // The spine's own events first: it calls the running flow's hooks where one must know.
        if constexpr (kContains<E, SpineEvents>) {
          return spine::on(state, e);
        } else if constexpr (kContains<E, MaintenanceEvents>) {
          return maintenance::on(state, e);
        } else if constexpr (kContains<E, RatingEvents>) {
          // 好差评 is offered at the kiosk and the counter; the panel knows which it is.
          if (state.maintenance.open) return {};
          return rating::on(state, e);
        } else {
          // The maintenance exit, while open, takes the sign-in typing of every mode.
          if constexpr (std::is_same_v<E, intent::EditSignIn> || std::is_same_v<E, intent::SubmitSignIn>)
            if (state.maintenance.open) return maintenance::on(state, e);
          // Shared events (cards, scans, print results, touches) go to the running mode's flow; the
          // staff desks' sign-in to the counter's or the back office's; a flow's own events go to it
          // in its mode and are dropped in the others.
          switch (state.mode) {
            case Mode::Kiosk:
              if constexpr (kContains<E, SharedEvents> || kContains<E, KioskEvents>) return kiosk::on(state, e);
              break;
            case Mode::Counter:
              if constexpr (kContains<E, SharedEvents> || kContains<E, DeskEvents> || kContains<E, CounterEvents>)
                return counter::on(state, e);
              break;
            case Mode::Backoffice:
              if constexpr (kContains<E, SharedEvents> || kContains<E, DeskEvents> || kContains<E, BackofficeEvents>)
                return backoffice::on(state, e);
              break;
          }
          return {};
        }
      },
      event.variant());
}

}  // namespace core
