#!/usr/bin/env python3
"""Time from starting a program in a pseudo-terminal until its first screen is on it.

Usage: first_frame.py RUNS MARKER COMMAND...
Starts COMMAND RUNS times under a fresh 100x30 pty, reads its output until MARKER appears,
then sends "q" and waits for it to exit. Prints the median and the minimum in milliseconds.
"""
import os
import pty
import select
import statistics
import struct
import sys
import fcntl
import termios
import time


def one_run(command, marker):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    deadline = start + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            elapsed = time.perf_counter() - start
            break
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"never saw {marker!r} from {' '.join(command)}")
    return elapsed * 1000


def main():
    runs = int(sys.argv[1])
    marker = sys.argv[2].encode()
    command = sys.argv[3:]
    one_run(command, marker)  # warm the file cache
    times = [one_run(command, marker) for _ in range(runs)]
    print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, runs {runs}")


if __name__ == "__main__":
    main()
