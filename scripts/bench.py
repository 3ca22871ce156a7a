#!/usr/bin/env python3
"""study's speed goals, measured on a release build: medians of repeated runs, never single timings.

Usage: scripts/bench.py PATH/TO/study
Start-up: `study info` and launch-to-first-prompt under a pseudo-terminal (21 runs each).
Analysis: texts of 1 k to 1 M words made from the bundled and fixture essays, each size in its own process
(so peak memory is that size's), median of several runs, per-stage times and the growth from 100 k to 1 M words.
"""
import glob, json, os, pty, select, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/study"))
ESSAYS = [os.path.join(ROOT, "seeds/albright-iraq-2007.txt")] + sorted(glob.glob(os.path.join(ROOT, "Tests/Fixtures/essays/*.txt")))
RUNS = 21


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
    """Launch under a pseudo-terminal; stop the clock when the prompt has arrived."""
    samples = []
    env = dict(os.environ, STUDY_HISTORY=os.path.join(tempfile.mkdtemp(), "history"), TERM="xterm")
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(BIN, [BIN], env)
        seen = b""
        while not seen.endswith(b"> "):
            r, _, _ = select.select([fd], [], [], 10)
            if not r:
                raise SystemExit(f"no prompt within 10 s; got {seen[-200:]!r}")
            seen += os.read(fd, 65536)
        samples.append(time.perf_counter() - start)
        os.write(fd, b"\x04")
        os.waitpid(pid, 0)
        os.close(fd)
    return samples


def analysis(words, runs, extra=()):
    """One process per size; its result line."""
    proc = subprocess.Popen([BIN, "bench", "--words", str(words), "--runs", str(runs)] + list(extra) + ESSAYS,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"study bench failed: {err}")
    row = json.loads(out)[0]
    return row


def search_bench(words, runs):
    """Index build and query times at one size (`study bench --search`)."""
    proc = subprocess.Popen([BIN, "bench", "--search", "--words", str(words), "--runs", str(runs)] + ESSAYS,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"study bench --search failed: {err}")
    return json.loads(out)[0]


def peak_memory_mb(words):
    """Peak RSS of analysing a text of `words` words once (GNU time's maximum resident set size)."""
    r = subprocess.run(["/usr/bin/env", "python3", "-c", f"""
import resource, subprocess, sys
subprocess.run({[BIN, "bench", "--words", str(words), "--runs", "1"] + ESSAYS!r}, stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""], capture_output=True, text=True, check=True)
    return int(r.stdout.strip()) / 1024


def main():
    print(f"study benchmark: {BIN}", flush=True)
    print(f"start-up, medians of {RUNS} runs (goal < 30 ms each)", flush=True)
    print(f"  study info (bundled essay)        {median_ms(time_command(['info'])):7.1f} ms", flush=True)
    print(f"  launch to first prompt (pty)      {median_ms(time_to_prompt()):7.1f} ms", flush=True)
    print("analysis (median of runs; split+tokenize goal >= 1 M words/s, 1 M words < 2 s, growth <= 12, memory < 300 MB)", flush=True)
    rows = {}
    for words, runs in [(1_000, 21), (10_000, 11), (100_000, 7), (1_000_000, 3)]:
        row = analysis(words, runs)
        rows[words] = row
        stages = ", ".join(f"{k} {v * 1000:.1f}" for k, v in sorted(row["stages"].items(), key=lambda kv: -kv[1]))
        print(f"  {row['words']:>9,} words  {row['seconds'] * 1000:8.1f} ms  "
              f"split+tokenize {row['splitTokenizeWordsPerSecond'] / 1e6:5.2f} M words/s   stages (ms): {stages}")
    growth = rows[1_000_000]["seconds"] / rows[100_000]["seconds"]
    print(f"  growth time(1 M) / time(100 k) = {growth:.1f}", flush=True)
    print(f"  peak memory, 1 M words: {peak_memory_mb(1_000_000):.0f} MB", flush=True)
    print("evidence search at 1 M words (goals: index build < 1 s, query < 5 ms; median of 100 queries)", flush=True)
    row = search_bench(1_000_000, 3)
    print(f"  {row['words']:>9,} words  index build {row['indexSeconds'] * 1000:7.1f} ms   "
          f"query median {row['querySeconds'] * 1000:6.2f} ms (max {row['queryMaxSeconds'] * 1000:.2f} ms)", flush=True)
    print("summarize (10 sentences of the whole text, after analysis; goal 100 k words < 0.3 s, 1 M words < 3 s, near-linear)", flush=True)
    summary = {}
    for words, runs in [(10_000, 11), (100_000, 5), (1_000_000, 3)]:
        row = analysis(words, runs, ["--summarize"])
        summary[words] = row["summarizeSeconds"]
        print(f"  {row['words']:>9,} words  {row['summarizeSeconds'] * 1000:8.1f} ms", flush=True)
    print(f"  growth time(1 M) / time(100 k) = {summary[1_000_000] / summary[100_000]:.1f}", flush=True)
    print("quiz (20 questions after analysis; goal 100 k words < 0.2 s)", flush=True)
    for words, runs in [(10_000, 11), (100_000, 5), (1_000_000, 3)]:
        row = analysis(words, runs, ["--quiz"])
        print(f"  {row['words']:>9,} words  {row['quizSeconds'] * 1000:8.1f} ms  ({row['quizQuestions']} questions)", flush=True)


if __name__ == "__main__":
    main()
