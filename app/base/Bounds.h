// SPDX-License-Identifier: MIT
// Every time bound the console acts on, in one place. Texts that quote a
// bound take it from here through arg(), so a sentence never disagrees with
// the rule it describes.
#pragma once

namespace compshare::bounds {

// The per-request timeout: a request with no answer by then is a timeout.
constexpr int kRequestTimeoutSecs = 15;
// A mutation with no answer this long says so ("No answer from CompShare for
// 10 s; the stop is not sent again; waiting"), well before the timeout.
constexpr int kMutationSilenceSecs = 10;
// Accepted, yet the listing still shows the old state: after this, the
// operation is over ("no change") and the actions are enabled again.
constexpr int kNoChangeSecs = 180;
// After the no-change bound the instance is still watched, at most this far
// apart, until its state changes or kFollowSecs pass.
constexpr int kFollowPollSecs = 10;
constexpr int kFollowSecs = 600;
// An operation of ours still transitional after this is "stuck": said once,
// then polled less often.
constexpr int kStuckSecs = 600;
// The gateway's per-instance operation lock (InstanceOperationInProgress).
constexpr int kLockSecs = 600;
// The connection banner: two failed refreshes in a row, or this long with a
// request unanswered.
constexpr int kConnectionTroubleFailures = 2;
constexpr int kConnectionTroubleSilenceSecs = 10;

// A stopped pay-as-you-go instance without arrears is reclaimed at 12:00
// (China time, UTC+8, no daylight saving) on the 7th day after the day it
// was stopped (compshare-docs/recycle.md, "第7天的12:00"). Read as: the stop
// date + 7 days, 12:00 CST, when ReleaseTime is not sent. See docs/BILLING.md.
constexpr int kReclaimDay = 7;
constexpr int kReclaimHour = 12;
constexpr int kChinaUtcOffsetSecs = 8 * 3600;
// A reclaimed spot instance's data is kept this many days (gpuspot.md).
constexpr int kSpotDataKeptDays = 7;

// A scheduled stop must be at least this far ahead (the API's "now + 300 s").
constexpr int kScheduleMinLeadSecs = 300;

// Stop when idle: the shortest idle time it accepts (shorter spells are
// usually pauses between jobs).
constexpr int kStopWhenIdleMinMinutes = 5;
// Stop when idle: between its warning ("Keep running") and the stop.
constexpr int kStopWhenIdleGraceSecs = 120;

} // namespace compshare::bounds
