#pragma once
// The case open on a reviewer's or approver's screen, as AppState holds it
// (BackofficeSession::case_view): the case file as last read, the form as typed, the claim as last
// granted, and the last answer's sentence.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/backoffice/case_file.h"
#include "core/backoffice/case_form.h"
#include "core/domain/civil_time.h"
#include "core/text/message.h"

namespace core {

enum class CaseNoticeKind {
  None,
  Done,     // the action was committed
  Refused,  // the rules said no (nothing written; the file was read again)
  Failed,   // the store failed (nothing written)
  LeaseLost,  // the claim ran out or was taken: what was typed stays, 重新领取 is offered when free
};

// The paper a decision hands the resident: 补正通知 after 待补正, 不予批准告知书 after a rejection.
enum class CaseNoticePaper { Supplement, Rejection };

struct CaseView {
  std::string acceptance_no;  // empty: no case open
  CaseActor actor;            // who works on it (the signed-in staff member)
  int lease_seconds = kDefaultLeaseSeconds;
  std::optional<CaseFile> file;
  CaseForm form;
  std::vector<Message> problems;  // the form's, from the last press
  Message notice;                 // the last answer, in one sentence
  CaseNoticeKind notice_kind = CaseNoticeKind::None;
  bool loading = false;           // a read of the case file is out
  std::optional<CaseAction> acting;  // an action is out (its buttons wait)
  bool claiming = false;          // a claim or renewal is out
  bool lease_lost = false;
  bool after_action = false;      // an action was done; the file read next may show the claim given back
  std::string lease_until;        // our claim's end, as last granted
  CivilTime renew_after;          // renew the claim once the clock passes this (half the lease)
  float file_scroll_px = 0;       // the case file's panel, turned page by page
  float work_scroll_px = 0;       // the steps and form panel
  // The paper the last decision hands the resident, and how its printing went.
  enum class Paper { None, Printing, Printed, Failed };
  Paper paper = Paper::None;
  CaseNoticePaper paper_kind = CaseNoticePaper::Supplement;
  std::uint64_t paper_job = 0;

  bool open() const { return !acceptance_no.empty(); }
  // We hold the case's live claim (as far as the last answers say).
  bool holding() const { return open() && !lease_lost && !lease_until.empty(); }
};

}  // namespace core
