#!/usr/bin/env python3
"""study's speed goals, measured on a release build: medians of repeated runs, never single timings.

Usage: scripts/bench.py PATH/TO/study
"""
import os, pty, select, statistics, subprocess, sys, tempfile, time

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/study")
RUNS = 21
PROMPT = b"> "


def median_ms(samples):
    return statistics.median(samples) * 1000


def time_command(args, runs=RUNS):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([BIN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        samples.append(time.perf_counter() - start)
    return samples


def time_to_prompt(runs=RUNS):
    """Launch under a pseudo-terminal; stop the clock when the prompt is on screen."""
    samples = []
    env = dict(os.environ, STUDY_HISTORY=os.path.join(tempfile.mkdtemp(), "history"), TERM="xterm")
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(BIN, [BIN], env)
        seen = b""
        while not seen.rstrip(b" ").endswith(b">"):
            r, _, _ = select.select([fd], [], [], 5)
            if not r:
                raise SystemExit("no prompt within 5 s")
            seen += os.read(fd, 65536)
        samples.append(time.perf_counter() - start)
        os.write(fd, b"\x04")
        os.waitpid(pid, 0)
        os.close(fd)
    return samples


def main():
    print(f"study benchmark ({BIN}), medians of {RUNS} runs")
    info = time_command(["info"])
    print(f"  study info (bundled essay)         {median_ms(info):7.1f} ms   goal < 30 ms")
    prompt = time_to_prompt()
    print(f"  launch to first prompt (pty)       {median_ms(prompt):7.1f} ms   goal < 30 ms")
    analysis = subprocess.run([BIN, "bench"], capture_output=True, text=True)
    if analysis.returncode == 0:
        print(analysis.stdout, end="")
    else:
        print(analysis.stderr, end="", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
