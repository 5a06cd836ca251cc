#ifndef CAREER_COACH_CNCURSES_SHIM_H
#define CAREER_COACH_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and globals Swift cannot import, or may not touch under strict concurrency.
static inline WINDOW *cc_stdscr(void) { return stdscr; }
static inline int cc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cc_attr_bold(void) { return A_BOLD; }
static inline attr_t cc_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cc_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cc_attr_dim(void) { return A_DIM; }
static inline attr_t cc_attr_normal(void) { return A_NORMAL; }
static inline int cc_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t cc_mouse_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t cc_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t cc_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cc_mouse_wheel_down(void) { return 0; }
#endif

/// Draws one cell: a wide-character string (one grapheme) with attributes and a colour pair.
static inline int cc_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/// The terminal's size from the kernel, for when a resize signal arrives.
static inline int cc_window_size(int *rows, int *cols) {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0) return -1;
  *rows = ws.ws_row;
  *cols = ws.ws_col;
  return 0;
}

static inline int cc_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline int cc_has_cursor_addressing(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

// Signals: the handlers only record which signal came; the run loop sees it and leaves
// through the normal exit path, so endwin never runs inside a handler.
static volatile sig_atomic_t cc_pending_signal = 0;
static struct termios *volatile cc_saved_termios = 0;
static volatile sig_atomic_t cc_saved_termios_valid = 0;

static void cc_record_signal(int signo) { cc_pending_signal = signo; }

/// A crash cannot run the normal exit path; put the terminal back with async-signal-safe
/// calls only, then die of the same signal.
static void cc_restore_and_die(int signo) {
  static const char leave[] = "\033[?1049l\033[?25h\033[0m\r\n";
  if (cc_saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, cc_saved_termios);
  ssize_t ignored = write(STDOUT_FILENO, leave, sizeof leave - 1);
  (void)ignored;
  signal(signo, SIG_DFL);
  raise(signo);
}

/// `saved` must live as long as the process: the crash handler restores it.
static inline void cc_install_signal_handlers(struct termios *saved) {
  if (tcgetattr(STDIN_FILENO, saved) == 0) {
    cc_saved_termios = saved;
    cc_saved_termios_valid = 1;
  }
  struct sigaction quiet;
  memset(&quiet, 0, sizeof quiet);
  quiet.sa_handler = cc_record_signal;
  sigemptyset(&quiet.sa_mask);
  sigaction(SIGINT, &quiet, NULL);
  sigaction(SIGTERM, &quiet, NULL);
  sigaction(SIGHUP, &quiet, NULL);
  struct sigaction fatal;
  memset(&fatal, 0, sizeof fatal);
  fatal.sa_handler = cc_restore_and_die;
  sigemptyset(&fatal.sa_mask);
  sigaction(SIGSEGV, &fatal, NULL);
  sigaction(SIGBUS, &fatal, NULL);
  sigaction(SIGILL, &fatal, NULL);
  sigaction(SIGTRAP, &fatal, NULL);
  sigaction(SIGABRT, &fatal, NULL);
  sigaction(SIGFPE, &fatal, NULL);
}

static inline int cc_take_pending_signal(void) {
  int signo = cc_pending_signal;
  cc_pending_signal = 0;
  return signo;
}

#endif
