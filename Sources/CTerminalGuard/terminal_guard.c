#include "terminal_guard.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;

static void record_signal(int signo) { pending_signal = signo; }

/// A crash cannot run the normal exit path; put the terminal back with async-signal-safe
/// calls only, then die of the same signal.
static void restore_and_die(int signo) {
  static const char leave[] = "\033[?1049l\033[?25h\033[0m\r\n";
  if (saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  ssize_t ignored = write(STDOUT_FILENO, leave, sizeof leave - 1);
  (void)ignored;
  signal(signo, SIG_DFL);
  raise(signo);
}

static void install(int signo, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  sigaction(signo, &action, NULL);
}

void cc_install_signal_handlers(void) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_valid = 1;
  install(SIGINT, record_signal);
  install(SIGTERM, record_signal);
  install(SIGHUP, record_signal);
  const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) install(fatal[i], restore_and_die);
}

int cc_take_pending_signal(void) {
  int signo = pending_signal;
  pending_signal = 0;
  return signo;
}

int cc_input_hung_up(void) {
  struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
  if (poll(&input, 1, 0) < 0) return 0;
  return (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
