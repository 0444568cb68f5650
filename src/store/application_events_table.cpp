#include "store/application_events_table.h"

namespace store {

base::Status ApplicationEventsTable::append(const std::string& application_uuid, const core::ApplicationEvent& e) {
  auto st = db_.cached(
      "INSERT INTO application_events(application_uuid, from_status, to_status, who, at, note, action) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, application_uuid);
  if (e.from) s.bind(2, core::status_code(*e.from));
  else s.bind_null(2);
  s.bind(3, core::status_code(e.to)).bind(4, e.who).bind(5, e.at).bind(6, e.note).bind(7, e.action);
  return s.run();
}

base::Result<std::vector<core::ApplicationEvent>> ApplicationEventsTable::for_application(
    const std::string& application_uuid) {
  auto st = db_.cached(
      "SELECT from_status, to_status, who, at, note, action FROM application_events WHERE application_uuid = ?1 ORDER BY id");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, application_uuid);
  std::vector<core::ApplicationEvent> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    core::ApplicationEvent e;
    if (!s.is_null(0)) e.from = core::status_from_code(s.text(0));
    auto to = core::status_from_code(s.text(1));
    if (!to) return base::Error{"application_events row holds unknown status '" + s.text(1) + "'"};
    e.to = *to;
    e.who = s.text(2);
    e.at = s.text(3);
    e.note = s.text(4);
    e.action = s.text(5);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace store
