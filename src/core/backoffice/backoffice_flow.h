#pragma once
// The back office (reviewers' desks, issue 19): sign-in for reviewers, approvers and admins (the
// staff desks' sign-in, with the counter's lockout and idle lock), then the queue — read again
// every few seconds while someone is signed in, and only then — with its filters and tabs, and
// claims (领取下一件, 领取, 释放, 收回) that open the claimed case. update() hands the back office
// its own events (backoffice_events.h), the desks' sign-in (desk_events.h) and the shared ones
// (spine_events.h) in backoffice mode; the spine calls the hooks at the end.
#include "core/app_state.h"
#include "core/backoffice/case_work.h"
#include "core/backoffice/statistics_flow.h"
#include "core/config.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::backoffice {

// Signed in and not locked: the queue may be shown and read.
bool signed_in(const AppState& s);
// 暂离 or the idle lock: the screen locked for the same PIN, everything kept.
void lock_desk(AppState& s);

// Shared events: no reader, scanner or printer serves the back office yet; touches keep it unlocked.
Effects on(AppState& s, const ev::CardReading& e);
Effects on(AppState& s, const ev::CardPresented& e);
Effects on(AppState& s, const ev::CardRemoved& e);
Effects on(AppState& s, const ev::CardReadFailed& e);
Effects on(AppState& s, const ev::CodeScanned& e);
Effects on(AppState& s, const ev::SlipVerified& e);
Effects on(AppState& s, const ev::SlipRefused& e);
Effects on(AppState& s, const ev::PrintDone& e);
Effects on(AppState& s, const ev::PrintFailed& e);
Effects on(AppState& s, const intent::Touched& e);
// Sign-in, 暂离 and 退出 (backoffice_sign_in.cpp).
Effects on(AppState& s, const ev::SignInAnswered& e);
Effects on(AppState& s, const intent::EditSignIn& e);
Effects on(AppState& s, const intent::SubmitSignIn& e);
Effects on(AppState& s, const intent::LockDesk& e);
Effects on(AppState& s, const intent::SignOut& e);
// The queue.
Effects on(AppState& s, const ev::QueueLoaded& e);
Effects on(AppState& s, const ev::QueueFailed& e);
// A change anywhere in the hall: read again now (nothing while signed out or locked).
Effects on(AppState& s, const ev::HallChanged& e);
Effects on(AppState& s, const intent::FilterQueue& e);
Effects on(AppState& s, const intent::PageQueue& e);
// Claims and the case they open (case_flow.cpp).
Effects on(AppState& s, const intent::ClaimNext& e);
Effects on(AppState& s, const intent::ClaimCase& e);
Effects on(AppState& s, const intent::ReleaseCase& e);
Effects on(AppState& s, const intent::CloseCase& e);
Effects on(AppState& s, const ev::ClaimAnswered& e);
Effects on(AppState& s, const ev::ReleaseAnswered& e);
// 批量审批, 批量公示 and 打印公示名单 on the queue (batch_work.cpp).
Effects on(AppState& s, const intent::StartBulkApprove& e);
Effects on(AppState& s, const ev::BulkBatchFound& e);
Effects on(AppState& s, const intent::ConfirmBulkApprove& e);
Effects on(AppState& s, const intent::PickBulkBenefit& e);
Effects on(AppState& s, const intent::CloseBulkApprove& e);
Effects on(AppState& s, const ev::BulkApproved& e);
Effects on(AppState& s, const intent::PrintPublicity& e);
Effects on(AppState& s, const intent::ReprintPublicity& e);
Effects on(AppState& s, const ev::PublicityReady& e);
// 年审 and 主动发现 tabs (review_work.cpp).
Effects on(AppState& s, const intent::ShowTab& e);
Effects on(AppState& s, const ev::ReviewsLoaded& e);
Effects on(AppState& s, const ev::ReviewHistoryLoaded& e);
Effects on(AppState& s, const ev::ReviewRecorded& e);
Effects on(AppState& s, const ev::DiscoveryLoaded& e);
Effects on(AppState& s, const ev::DiscoveryMarked& e);
Effects on(AppState& s, const intent::FilterReviews& e);
Effects on(AppState& s, const intent::PageReviews& e);
Effects on(AppState& s, const intent::OpenReview& e);
Effects on(AppState& s, const intent::CloseReview& e);
Effects on(AppState& s, const intent::EditReviewForm& e);
Effects on(AppState& s, const intent::PickReviewOutcome& e);
Effects on(AppState& s, const intent::SubmitReview& e);
Effects on(AppState& s, const intent::PageDiscovery& e);
Effects on(AppState& s, const intent::MarkDiscovery& e);
// The tab on screen read again (the refresh tick, a hall change).
Effects read_dynamic(AppState& s);
Effects on(AppState& s, const intent::StartBulkPublicize& e);
Effects on(AppState& s, const ev::PublicizeBatchFound& e);
Effects on(AppState& s, const intent::PickPublicizeCase& e);
Effects on(AppState& s, const intent::EditPublicizeAmount& e);
Effects on(AppState& s, const intent::PagePublicize& e);
Effects on(AppState& s, const intent::ConfirmBulkPublicize& e);
Effects on(AppState& s, const ev::BulkPublicized& e);
Effects on(AppState& s, const intent::CloseBulkPublicize& e);
Effects on(AppState& s, const intent::PrintPublicizedBatch& e);
// The 公示名单's paper answered: true when `job` was its job.
bool publicity_print_done(AppState& s, std::uint64_t job);
bool publicity_print_failed(AppState& s, const ev::PrintFailed& e);
// 导出花名册 (roster_work.cpp).
Effects on(AppState& s, const intent::ShiftRosterMonth& e);
Effects on(AppState& s, const intent::ExportRoster& e);
Effects on(AppState& s, const ev::RosterExported& e);
// The month 导出花名册 writes: the one picked, else the current month (YYYY-MM).
std::string roster_month_of(const AppState& s);
// YYYY-MM of the month after `t`'s (a bulk approval's start month).
std::string month_after(const CivilTime& t);

// Hooks the spine calls in backoffice mode. Start-up: the [backoffice] settings.
void started(AppState& s, const Config& config);
// The store opened: the queue is read if someone is signed in (nobody is, at start).
Effects store_ready(AppState& s);
// Each second: the idle lock, and the queue read again every refresh_s while signed in.
Effects clock_ticked(AppState& s);

// Asks for the queue now, if someone is signed in and the store is open (one read at a time: a
// request during a read is served when it answers).
Effects read_queue(AppState& s);

}  // namespace core::backoffice
