#ifndef CAREER_COACH_TERMINAL_GUARD_H
#define CAREER_COACH_TERMINAL_GUARD_H

/// Signals and the saved terminal modes. The storage lives once, in terminal_guard.c: a
/// `static` in a header is a separate copy in every unit that includes it, so a handler
/// and the run loop could read different flags.

/// Saves the terminal's modes and installs the handlers: SIGINT, SIGTERM and SIGHUP are
/// recorded for the run loop; a crash restores the saved modes and dies of its signal.
void cc_install_signal_handlers(void);

/// The signal recorded since the last call, or 0; clears it.
int cc_take_pending_signal(void);

/// 1 when standard input has hung up (its terminal closed) or is no longer readable.
int cc_input_hung_up(void);

#endif
