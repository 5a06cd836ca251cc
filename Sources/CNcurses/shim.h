#ifndef CAREER_COACH_CNCURSES_SHIM_H
#define CAREER_COACH_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <sys/ioctl.h>
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

#endif
