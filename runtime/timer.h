/* timer.h: run-time timers, the engine behind time.Sleep, time.Timer,
 * time.Ticker, time.AfterFunc and network deadlines.
 *
 * Model (Go 1.14+ time.go): every P owns a 4-ary min-heap of timers ordered
 * by `when` (a rt_nanotime deadline), guarded by a per-heap lock because
 * other Ps stop, reset and (when stealing) run timers that live there. A
 * timer is added to the heap of the P that starts it and stays there until
 * it fires or is stopped. The scheduler runs expired timers through
 * rt_timers_run (sched.h) and sleeps in rt_netpoll until rt_timers_next.
 *
 * When a timer fires, f(arg, seq) runs on the scheduler's stack, not in a
 * goroutine: it must not block. It may rt_ready a G, send without blocking,
 * or start a goroutine (AfterFunc). A periodic timer (period > 0) is put
 * back at when + k*period, the first such time after now: ticks that a slow
 * receiver misses are dropped, as Go's tickers do.
 *
 * The struct is embedded by its users (time.Timer's runtimeTimer in
 * stdlib/time/time.cs, the poll descriptor's deadline timers): KEEP IN
 * SYNC with stdlib/time/time.cs runtimeTimer. Its zero value is a stopped
 * timer. Only the owner of a timer sets when/period/f/arg/seq, and only
 * while it is not in a heap (rt_timer_reset changes `when` under the lock).
 */
#ifndef RT_TIMER_H
#define RT_TIMER_H

#include "sched.h"

/* struct rt_timer is in sched.h: each G embeds one for time.Sleep. */

/* Adds the stopped timer t (fields set by the caller) to the current P's
 * heap, waking the poller if t is now the earliest deadline. */
void rt_timer_start(rt_timer *t);
/* Removes t from its heap. Returns true if this call stopped it, false if
 * it had already fired (one-shot) or been stopped. */
bool rt_timer_stop(rt_timer *t);
/* Moves t to fire at `when` (and every `period` ns if > 0), restarting it
 * if it was stopped. Returns true if t was active (in a heap) before. */
bool rt_timer_reset(rt_timer *t, int64_t when, int64_t period);
/* now + d, saturating at INT64_MAX (a huge Duration never wraps into the past). */
int64_t rt_timer_when(int64_t d);
/* Runs the due timers of every P's heap (netpoll.c, after a poller
 * sleep that ended at a deadline which may be another P's). */
void rt_timers_run_all(int64_t now);
/* Number of timers waiting in all heaps, sequentially consistent (the
 * poller's handshake with rt_timer_stop; see timer.c). */
int64_t rt_timers_count(void);

#endif
