#!/usr/bin/env python3
"""study's speed goals, measured on a release build: medians of repeated runs, never single timings.

Usage: scripts/bench.py PATH/TO/study [--quiz-only]
Start-up: `study info` and launch-to-first-prompt under a pseudo-terminal (21 runs each); one 2 MB word wrapped.
Analysis: texts of 1 k to 1 M words made from the bundled and fixture essays, each size in its own process
(so peak memory is that size's), median of several runs, per-stage times and the growth from 100 k to 1 M words;
besides the repeated essays, texts whose sentences do not repeat and keep bringing new names (`--text new-words`,
`new-names`). Commands: analyze, analyze --json, summarize, terms, quiz and 100 `where` lines in the shell, on
files of 100 k and 1 M words of each text, with the growth. Summarize and quiz after analysis, and what WordNet
adds to the first quiz of a process (`--quiz-only`: the quiz figures alone).
"""
import glob, json, os, pty, resource, select, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
BIN = os.path.abspath(ARGS[0] if ARGS else os.path.join(ROOT, ".build/release/study"))
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
    """Launch under a pseudo-terminal; stop the clock when the prompt has arrived. Never hangs: no prompt within
    10 s fails, and ^D is sent again every half second (then the shell is killed) until it exits."""
    scratch = tempfile.mkdtemp(prefix="study-bench-")
    env = dict(os.environ, STUDY_HISTORY=os.path.join(scratch, "history"), TERM="xterm",
               STUDY_SESSIONS=os.path.join(scratch, "sessions"))
    try:
        return launch_samples(runs, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def launch_samples(runs, env):
    """Launch-to-prompt times of `runs` shells."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(BIN, [BIN], env)
        seen = b""
        try:
            while not seen.endswith(b"> "):
                r, _, _ = select.select([fd], [], [], 10)
                if not r:
                    raise SystemExit(f"no prompt within 10 s; got {seen[-200:]!r}")
                seen += os.read(fd, 65536)
            samples.append(time.perf_counter() - start)
        finally:
            end_shell(pid, fd)
    return samples


def end_shell(pid, fd, timeout=10):
    """Sends ^D until the shell exits (reading what it prints so it never blocks on a full pty), else kills it.
    A ^D typed before line editing starts can land in the line as a character, so each resend clears the line
    first (^U)."""
    deadline = time.monotonic() + timeout
    first = True
    while time.monotonic() < deadline:
        try:
            os.write(fd, b"\x04" if first else b"\x15\x04")
            first = False
        except OSError:
            pass
        wait_until = time.monotonic() + 0.5
        while time.monotonic() < wait_until:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                os.close(fd)
                return
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    raise SystemExit("the shell did not end on ^D within 10 s")


def analysis(words, runs, extra=(), text="repeated"):
    """One process per size; its result line."""
    proc = subprocess.Popen([BIN, "bench", "--words", str(words), "--runs", str(runs), "--text", text] + list(extra) + ESSAYS,
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


def wrap_seconds(size):
    """Time to wrap and render one word of `size` bytes to 80 columns, in process (`study bench --wrap`)."""
    out = subprocess.run([BIN, "bench", "--wrap", str(size), "--runs", "7"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)[0]["wrapSeconds"]


def peak_memory_mb(args):
    """Peak RSS of one run of study with these arguments (the child's maximum resident set size)."""
    r = subprocess.run(["/usr/bin/env", "python3", "-c", f"""
import resource, subprocess, sys
subprocess.run({[BIN] + list(args)!r}, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""], capture_output=True, text=True, check=True)
    return int(r.stdout.strip()) / 1024


TEXTS = ["repeated", "new-words", "new-names"]
WHERE_QUERIES = ["troops", "the surge of troops", "international help", "political reconciliation", "Iraq leaders",
                 "war aims", "who pays", "the president's plan", "security gains", "a convincing answer"]


def write_text(variety, words, folder):
    path = os.path.join(folder, f"{variety}-{words}.txt")
    subprocess.run([BIN, "bench", "--words", str(words), "--text", variety, "--write-text", path] + ESSAYS, check=True)
    return path


def command_seconds(args, stdin_text=None, runs=3, env=None, check=True):
    """Median wall time of a command on a text, in seconds (`check`: it must succeed; a shell fed lines exits 1
    when one of them found nothing, which is no failure here)."""
    return command_times(args, stdin_text, runs, env, check)[0]


def command_times(args, stdin_text=None, runs=3, env=None, check=True):
    """Medians of a command's wall time and of its CPU time (user + system), in seconds. The CPU time is what the
    command itself costs: on a shared machine the wall time also holds the other processes' turns."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([BIN] + args, input=stdin_text, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       stdin=subprocess.DEVNULL if stdin_text is None else None, check=check, text=True, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def commands(path, sessions):
    """Each command on one text: analyze, analyze --json, summarize, terms, quiz, and 100 `where` lines in the shell
    beyond the shell's time for no line (the analysis)."""
    env = dict(os.environ, STUDY_HISTORY=os.path.join(sessions, "history"))
    shell = ["--sessions", sessions, path]
    idle = command_times(shell, "", env=env, check=False)
    where = "".join(f"where {WHERE_QUERIES[i % len(WHERE_QUERIES)]}\n" for i in range(100))
    with_where = command_times(shell, where, env=env, check=False)
    return {
        "analyze": command_times(["analyze", path]),
        "analyze --json": command_times(["analyze", path, "--json"]),
        "summarize": command_times(["summarize", path, "--sentences", "10"]),
        "terms": command_times(shell, "terms\n", env=env, check=False),
        "quiz": command_times(["quiz", path, "--count", "20", "--seed", "1", "--json"]),
        "shell (no line)": idle,
        "100 where lines": (with_where[0] - idle[0], with_where[1] - idle[1]),
    }


def first_quiz(variety, processes=3):
    """What the first quiz of a process costs beyond the later ones (opening WordNet is timed apart; the first quiz
    reads WordNet's pages and fills the meaning cache), at 100 k words: medians over several processes of the
    first quiz's time minus the median quiz's, in wall time and in CPU time (one quiz's wall time on a shared
    machine also holds other processes' turns)."""
    rows = [analysis(100_000, 5, ["--quiz"], text=variety) for _ in range(processes)]
    wall = statistics.median(r["firstQuizSeconds"] - r["quizSeconds"] for r in rows)
    cpu = statistics.median(r["firstQuizCPUSeconds"] - r["quizCPUSeconds"] for r in rows)
    opened = statistics.median(r["lexiconOpenSeconds"] for r in rows)
    quiz = statistics.median(r["quizSeconds"] for r in rows)
    if any(r["analysisOpenedWordNet"] for r in rows):
        raise SystemExit("the analysis opened WordNet: start-up must read LexiconTable instead")
    return wall, cpu, opened, quiz


def quiz_section():
    print("summarize and quiz after analysis, in process (goals: summarize 1 M words < 3 s, quiz of 20 at 100 k < 0.2 s "
          "and at 1 M < 0.3 s, growth <= 12)", flush=True)
    for variety in TEXTS:
        summary, quiz = {}, {}
        for words, runs in [(100_000, 5), (1_000_000, 3)]:
            row = analysis(words, runs, ["--summarize", "--quiz"], text=variety)
            summary[words], quiz[words] = row["summarizeSeconds"], row["quizSeconds"]
            print(f"  {variety:<10} {row['words']:>9,} words  summarize {row['summarizeSeconds'] * 1000:8.1f} ms   "
                  f"quiz {row['quizSeconds'] * 1000:8.1f} ms ({row['quizQuestions']} questions)", flush=True)
        print(f"  {variety:<10} growth: summarize {summary[1_000_000] / summary[100_000]:.1f}, "
              f"quiz {quiz[1_000_000] / quiz[100_000]:.1f}", flush=True)
    print("WordNet in the first quiz of a process, 100 k words (goal: adds < 20 ms; medians of 3 processes)", flush=True)
    for variety in TEXTS:
        wall, cpu, opened, quiz = first_quiz(variety)
        print(f"  {variety:<10} opening WordNet {opened * 1000:5.1f} ms   first quiz's extra {wall * 1000:6.1f} ms "
              f"(cpu {cpu * 1000:6.1f} ms)   later quizzes {quiz * 1000:6.1f} ms", flush=True)


def main():
    if "--quiz-only" in sys.argv[1:]:
        print(f"study benchmark (quiz): {BIN}", flush=True)
        return quiz_section()
    print(f"study benchmark: {BIN}", flush=True)
    print(f"start-up, medians of {RUNS} runs (goal < 30 ms each)", flush=True)
    print(f"  study info (bundled essay)        {median_ms(time_command(['info'])):7.1f} ms", flush=True)
    print(f"  launch to first prompt (pty)      {median_ms(time_to_prompt()):7.1f} ms", flush=True)
    table = analysis(1000, 1)
    print(f"  lexicon table's first look-up     {table['lexiconTableSeconds'] * 1000:7.3f} ms "
          f"(analysis opened WordNet: {'yes' if table['analysisOpenedWordNet'] else 'no'})", flush=True)
    print(f"  one word of 2 MB wrapped as `read` shows it (goal < 100 ms, median of 7): "
          f"{wrap_seconds(2_000_000) * 1000:.1f} ms", flush=True)
    print("analysis (median of runs; split+tokenize goal >= 1 M words/s, 1 M words < 2 s, growth <= 12, memory < 300 MB)", flush=True)
    for variety in TEXTS:
        print(f"  text: {variety}", flush=True)
        rows = {}
        sizes = [(1_000, 21), (10_000, 11), (100_000, 7), (1_000_000, 3)] if variety == "repeated" else [(100_000, 5), (1_000_000, 3)]
        for words, runs in sizes:
            row = analysis(words, runs, text=variety)
            rows[words] = row
            stages = ", ".join(f"{k} {v * 1000:.1f}" for k, v in sorted(row["stages"].items(), key=lambda kv: -kv[1]))
            print(f"  {row['words']:>9,} words  {row['seconds'] * 1000:8.1f} ms  "
                  f"split+tokenize {row['splitTokenizeWordsPerSecond'] / 1e6:5.2f} M words/s   stages (ms): {stages}", flush=True)
        growth = rows[1_000_000]["seconds"] / rows[100_000]["seconds"]
        stage_growth = ", ".join(f"{k} {rows[1_000_000]['stages'][k] / max(v, 1e-9):.1f}"
                                 for k, v in rows[100_000]["stages"].items())
        print(f"  growth time(1 M) / time(100 k) = {growth:.1f}   per stage: {stage_growth}", flush=True)
    print(f"  peak memory, 1 M words: {peak_memory_mb(['bench', '--words', '1000000', '--runs', '1'] + ESSAYS):.0f} MB", flush=True)
    print("commands on files (wall time and CPU time, medians of 3; goals: growth <= 12, analyze --json at 1 M < 3 s "
          "and < 300 MB, 100 where lines < 0.3 s beyond the analysis)", flush=True)
    folder = tempfile.mkdtemp(prefix="study-bench-")
    for variety in TEXTS:
        times = {}
        for words in (100_000, 1_000_000):
            path = write_text(variety, words, folder)
            sessions = tempfile.mkdtemp(dir=folder)
            times[words] = commands(path, sessions)
        print(f"  text: {variety}", flush=True)
        for name in times[100_000]:
            (a, a_cpu), (b, b_cpu) = times[100_000][name], times[1_000_000][name]
            print(f"    {name:<18} 100 k {a * 1000:8.1f} ms (cpu {a_cpu * 1000:7.1f})   1 M {b * 1000:8.1f} ms "
                  f"(cpu {b_cpu * 1000:7.1f})   growth {b / max(a, 1e-9):5.1f} (cpu {b_cpu / max(a_cpu, 1e-9):5.1f})",
                  flush=True)
        path = os.path.join(folder, f"{variety}-1000000.txt")
        print(f"    analyze --json peak memory at 1 M: {peak_memory_mb(['analyze', path, '--json']):.0f} MB", flush=True)
    lines = "".join(f"where {WHERE_QUERIES[i % len(WHERE_QUERIES)]}\n" for i in range(2000))
    path = os.path.join(folder, "repeated-100000.txt")
    sessions = tempfile.mkdtemp(dir=folder)
    env = dict(os.environ, STUDY_HISTORY=os.path.join(sessions, "history"))
    print(f"  2,000 piped where lines, 100 k words: {command_seconds(['--sessions', sessions, path], lines, runs=1, env=env, check=False):.2f} s", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    print("evidence search at 1 M words (goals: index build < 1 s, query < 5 ms; median of 100 queries)", flush=True)
    row = search_bench(1_000_000, 3)
    print(f"  {row['words']:>9,} words  index build {row['indexSeconds'] * 1000:7.1f} ms   "
          f"query median {row['querySeconds'] * 1000:6.2f} ms (max {row['queryMaxSeconds'] * 1000:.2f} ms)", flush=True)
    quiz_section()

if __name__ == "__main__":
    main()
