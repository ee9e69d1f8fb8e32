#!/usr/bin/env python3
"""Casebook benchmark driver (Python stdlib only); bench/run.sh builds the jar and calls it.

    bench/bench.py [--cases N | --kb DIR] [--runs 5] [--work DIR] [--results FILE] [--no-hugo] [--no-search]
                   [--scale 100000]

Each run is a whole process started the way a user starts it (the ./casebook launcher, so its JVM
settings are part of what is measured), writing into a fresh empty output folder; Casebook's full
builds start from an empty build cache (cold), its warm builds from the cache and over the site of
the build before, with one case file edited (restored afterwards), or, on a copy of the corpus, one
case added, dated after every other one (the daily addition); wall time, CPU
time (user+sys) and peak RSS come from the kernel's accounting of the reaped child (wait4).
Reported: median and min-max of each, Casebook's own stage times (`build --timings`), pages per
second, output and search-index size, whether two builds are byte-identical, the same corpus built
by Hugo in the same run (when `hugo` is on PATH; in rounds with Casebook's warm and cold builds, so
that a machine slowing down over the run slows all three alike) and the ratio, the sample knowledge base's cold
start, and the first search in headless Chromium from file:// (FirstSearchBench, when the site has
search.html). Results are printed and written as Markdown.
"""
import argparse
import datetime
import filecmp
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUERIES = ["党员教育", "积分制度", "产业链党组织", "流动党员", "洋浦 现场会"]


def run_once(cmd, cwd=None, env=None):
    """Runs cmd; returns wall/cpu/peak RSS and its stderr text. What the runs before wrote (a
    10,000-case site is ~0.5 GB) is flushed to disk first, so that no run pays for another's."""
    err = tempfile.TemporaryFile()
    os.sync()
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    err.close()
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "user": ru.ru_utime, "sys": ru.ru_stime,
            "rss_mib": ru.ru_maxrss / 1024.0, "rc": os.waitstatus_to_exitcode(status), "stderr": text}


def fresh_dir(work, name):
    path = os.path.join(work, name)
    if os.path.exists(path):
        shutil.rmtree(path)
    return path


def spread(xs, fmt="%.2f"):
    return (fmt + " (" + fmt + "–" + fmt + ")") % (statistics.median(xs), min(xs), max(xs))


def tree_size(path):
    total, files = 0, 0
    for d, _, fs in os.walk(path):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
            files += 1
    return total, files


def bytes_by_kind(path):
    """Bytes per (top-level folder, file extension) of a site, largest first: where the output's size goes."""
    kinds = {}
    for d, _, fs in os.walk(path):
        rel = os.path.relpath(d, path).split(os.sep)[0]
        for f in fs:
            key = ("(root)" if rel == "." else rel + "/", os.path.splitext(f)[1] or "(none)")
            b, n = kinds.get(key, (0, 0))
            kinds[key] = (b + os.path.getsize(os.path.join(d, f)), n + 1)
    return sorted(kinds.items(), key=lambda kv: -kv[1][0])


def count_html(path):
    return sum(1 for d, _, fs in os.walk(path) for f in fs if f.endswith(".html"))


def timings(stderr):
    stages = {}
    for line in stderr.splitlines():
        m = re.match(r"timing\t(\S+)\t([\d.]+) ms", line)
        if m:
            stages[m.group(1)] = float(m.group(2))
    return stages


def empty_cache(work, label):
    """A build cache folder that does not exist yet: each cold run starts from nothing (and writes it)."""
    return fresh_dir(work, label + "-cache")


def built_once(launcher, kb, work, label):
    """A build cache and the site of one build of kb in it: where warm builds start from."""
    cache = empty_cache(work, label)
    out = fresh_dir(work, label + "-out")
    subprocess.run([launcher, "build", kb, "-o", out, "--cache", cache],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return cache, out


def edit_one_case(path, n):
    """Appends a paragraph to a case file, as a writer saving one edit would."""
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n\n基准测试的第 %d 次修改。\n" % n)


DATE_LINE = re.compile(r"(?m)^date:\s*(\d{4}-\d{2}-\d{2})\s*$")


def newest_date(cases_dir):
    """The newest front-matter date of a corpus's case files."""
    newest = datetime.date.min
    for d, _, fs in os.walk(cases_dir):
        for f in fs:
            if f.endswith(".md"):
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    m = DATE_LINE.search(fh.read(4096))
                if m:
                    newest = max(newest, datetime.date.fromisoformat(m.group(1)))
    return newest


def add_one_case(cases_dir, template, newest, n):
    """Writes a new case file like {@code template}, retitled and dated n days after the newest case."""
    text = DATE_LINE.sub("date: %s" % (newest + datetime.timedelta(days=n)).isoformat(), template, count=1)
    text = re.sub(r"(?m)^title:\s*(.*)$", lambda m: "title: %s（新增第 %d 篇）" % (m.group(1).strip("'\" "), n), text, count=1)
    with open(os.path.join(cases_dir, "bench-added-%03d.md" % n), "w", encoding="utf-8") as f:
        f.write(text)


def measure(tools, runs, work, warmup=1):
    """Runs each tool warmup+runs times, in rounds: each round runs every tool once, in the given
    order, so that all of them meet the same machine (a shared or throttled one slows down over a long
    run; measured one after another, the tool measured last would pay for it). tools: (label,
    cmd_for, out_dir or None) each; cmd_for(out) is run into a fresh folder, or into out_dir over the
    site the run before left there, as a writer rebuilding does. Returns label -> the measured runs,
    each with the folder it wrote ("out")."""
    results = {label: [] for label, _, _ in tools}
    for i in range(warmup + runs):
        for label, cmd_for, out_dir in tools:
            out = out_dir or fresh_dir(work, label + "-out")
            r = run_once(cmd_for(out))
            if r["rc"] != 0:
                sys.stderr.write(r["stderr"][-4000:])
                raise SystemExit("%s failed (exit %d)" % (label, r["rc"]))
            r["out"] = out
            if i >= warmup:
                results[label].append(r)
            print("  %s run %d%s: wall %.2f s, cpu %.2f s, peak RSS %.0f MiB" % (
                label, i + 1, " (warm-up)" if i < warmup else "", r["wall"], r["cpu"], r["rss_mib"]), flush=True)
    return results


def synthetic_kb(work, count):
    """A synthetic knowledge base of count cases (SyntheticKb, seed 7), generated once per work folder."""
    kb = os.path.join(work, "kb-%d" % count)
    marker = os.path.join(kb, ".generated")
    if not os.path.exists(marker):
        if os.path.exists(kb):
            shutil.rmtree(kb)
        print("generating %d synthetic cases into %s" % (count, kb), flush=True)
        subprocess.run(["java", "-cp", os.path.join(ROOT, "target", "test-classes"), "org.casebook.testing.SyntheticKb",
                        "--count", str(count), "--kb", kb], check=True)
        open(marker, "w").close()
    return kb


def scale(launcher, work, count):
    """Builds count/10 and count synthetic cases, once each, under -Xmx2g (the launcher's other settings
    kept): whether the larger builds at all, and how its time grows against the smaller one's."""
    out = {}
    env = dict(os.environ, CASEBOOK_JAVA_OPTS="-Xmx2g")
    for n in (count // 10, count):
        kb = synthetic_kb(work, n)
        site = fresh_dir(work, "scale-%d-out" % n)
        r = run_once([launcher, "build", kb, "-o", site, "--timings", "--no-cache"], env=env)
        print("  scale %d cases: exit %d, wall %.1f s, peak RSS %.0f MiB" % (n, r["rc"], r["wall"], r["rss_mib"]), flush=True)
        if r["rc"] != 0:
            sys.stderr.write(r["stderr"][-4000:])
        shutil.rmtree(site, ignore_errors=True)
        out[n] = r
    return out


def versions():
    def cmd(c):
        try:
            p = subprocess.run(c, capture_output=True, text=True, timeout=60)
            return (p.stdout + p.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "not installed"
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = "%.1f GiB" % (int(next(l.split()[1] for l in f if l.startswith("MemTotal"))) / 1024 / 1024)
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return {
        "machine": "%s, %d cores (%s), %s RAM, %s %s" % (platform.node(), os.cpu_count(), cpu, mem, platform.system(), platform.release()),
        "java": java[1] if len(java) > 1 else (java[0] if java else "?"),
        "hugo": cmd(["hugo", "version"]),
        "chromium": cmd(["chromium", "--version"]),
        "casebook": "commit " + (commit or "?"),
    }


def work_filesystem(path):
    """The file system the outputs are written to, and a warning when it distorts the timings: ext4
    without a journal skips every inode freed in the last minute (five while its table block is
    unwritten) when it allocates one, scanning past each, so a build that creates tens of thousands
    of files soon after others were deleted pays 10-20 s of kernel time that a journalled ext4,
    NTFS or tmpfs never charges (measured in bench/NOTES.md)."""
    real = os.path.realpath(path)
    best = ("", "?", "?")
    try:
        with open("/proc/mounts") as f:
            for line in f:
                dev, mnt, fstype = line.split()[:3]
                mnt = mnt.replace("\\040", " ")
                if (real == mnt or real.startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(best[0]):
                    best = (mnt, fstype, dev)
    except OSError:
        return "?", None
    mnt, fstype, dev = best
    if fstype != "ext4":
        return fstype, None
    try:
        with open("/sys/fs/ext4/%s/journal_task" % os.path.basename(os.path.realpath(dev))) as f:
            journal = f.read().strip() != "<none>"
    except OSError:
        return "ext4", None
    if journal:
        return "ext4 with a journal", None
    return "ext4 without a journal", (
        "%s is on ext4 without a journal: creating files there soon after others were deleted costs seconds of "
        "kernel time per 10,000 files, so the timings measure the deletions before them. Pass --work on a "
        "journalled file system or tmpfs." % path)


def loadavg():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def first_search(site, work):
    """Runs FirstSearchBench (JUnit, headless Chromium from file://) on site; its JSON, or a reason."""
    if not os.path.isfile(os.path.join(site, "search.html")):
        return None, "search not built (no search.html in the output)"
    out = os.path.join(work, "first-search.json")
    if os.path.exists(out):
        os.remove(out)
    cmd = ["mvn", "-q", "-B", "-o", "test", "-Dsurefire.excludedGroups=", "-Dgroups=bench", "-Dtest=FirstSearchBench",
           "-Dsurefire.failIfNoSpecifiedTests=false", "-Dcasebook.bench.site=" + site, "-Dcasebook.bench.out=" + out]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0 or not os.path.exists(out):
        return None, "first-search benchmark failed:\n" + (p.stdout + p.stderr)[-3000:]
    with open(out) as f:
        return json.load(f), None


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--cases", type=int, default=10000, help="generate a synthetic KB of N cases (default 10000)")
    g.add_argument("--kb", help="benchmark an existing knowledge base instead")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "casebook-bench"))
    ap.add_argument("--results", default=os.path.join(ROOT, "bench", "RESULTS.md"))
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--no-search", action="store_true")
    ap.add_argument("--sample-runs", type=int, default=5, help="cold starts of the sample knowledge base")
    ap.add_argument("--scale", type=int, default=0, metavar="N",
                    help="also build N and N/10 synthetic cases under -Xmx2g and report the ratio (e.g. 100000; slow)")
    ap.add_argument("--notes", default=os.path.join(ROOT, "bench", "NOTES.md"),
                    help="hand-written analysis appended to the results (profile, gaps), if the file exists")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    work_fs, work_warning = work_filesystem(a.work)
    if work_warning:
        print("warning: " + work_warning, file=sys.stderr, flush=True)
    launcher = os.path.join(ROOT, "casebook")
    load_start = loadavg()
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    if a.kb:
        kb = os.path.abspath(a.kb)
        corpus = kb
    else:
        kb = synthetic_kb(a.work, a.cases)
        corpus = "synthetic, %d cases (org.casebook.testing.SyntheticKb, seed 7)" % a.cases
    kb_bytes, kb_files = tree_size(os.path.join(kb, "cases"))

    # warm: the cache and the site of a build before, then one case edited before each run (restored
    # afterwards); each run rebuilds the site the run before left, as a writer rebuilding does
    first_case = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(kb, "cases"))
                        for f in fs if f.endswith(".md"))[0]
    with open(first_case, encoding="utf-8") as f:
        original = f.read()
    warm_cache, warm_out = built_once(launcher, kb, a.work, "casebook-warm")
    edits = iter(range(1, 1000))

    def warm_cmd(out):
        edit_one_case(first_case, next(edits))
        return [launcher, "build", kb, "-o", out, "--timings", "--cache", warm_cache]

    # added: on a copy of the corpus (the other builds never see its new cases), the cache and the site
    # of the build before, then one case added before each run, dated after every other one
    add_kb = fresh_dir(a.work, "casebook-add-kb")
    shutil.copytree(kb, add_kb, ignore=shutil.ignore_patterns(".casebook"))
    add_cases = os.path.join(add_kb, "cases")
    newest = newest_date(add_cases)
    add_cache, add_out = built_once(launcher, add_kb, a.work, "casebook-add")
    additions = iter(range(1, 1000))

    def add_cmd(out):
        add_one_case(add_cases, original, newest, next(additions))
        return [launcher, "build", add_kb, "-o", out, "--timings", "--cache", add_cache]

    # cold: an empty build cache each run (the build writes it, as a first build does); after the warm
    # build in each round, so that the last cold build saw every edit and the check below compares like with like
    tools = [("casebook-warm", warm_cmd, warm_out),
             ("casebook-add", add_cmd, add_out),
             ("casebook", lambda out: [launcher, "build", kb, "-o", out, "--timings",
                                       "--cache", empty_cache(a.work, "casebook")], None)]
    hsite = None
    if not a.no_hugo and shutil.which("hugo"):
        hsite = fresh_dir(a.work, "hugo-site")
        shutil.copytree(os.path.join(ROOT, "bench", "hugo"), hsite)
        os.makedirs(os.path.join(hsite, "content"), exist_ok=True)
        os.symlink(os.path.join(kb, "cases"), os.path.join(hsite, "content", "cases"))
        tools.append(("hugo", lambda out: ["hugo", "--quiet", "--source", hsite, "--destination", out,
                                           "--cacheDir", os.path.join(hsite, ".cache")], None))
    print("Casebook (cold and warm)%s on %s, alternating" % (" and Hugo" if hsite else "", kb), flush=True)
    try:
        measured = measure(tools, a.runs, a.work)
        cb, warm, hugo = measured["casebook"], measured["casebook-warm"], measured.get("hugo")
        added = measured["casebook-add"]
        site = cb[-1]["out"]
        # determinism: one more build of the same input, compared file by file with the last cold one
        again = fresh_dir(a.work, "casebook-again")
        r = run_once([launcher, "build", kb, "-o", again, "--no-cache"])  # and without the cache: the same bytes
        cmp = filecmp.dircmp(site, again)

        def identical(c):
            return not (c.left_only or c.right_only or c.diff_files or c.funny_files) and all(identical(s) for s in c.subdirs.values())
        same = r["rc"] == 0 and identical(cmp) and all(
            filecmp.cmp(os.path.join(d, f), os.path.join(again, os.path.relpath(d, site), f), shallow=False)
            for d, _, fs in os.walk(site) for f in fs)
        shutil.rmtree(again, ignore_errors=True)
    finally:
        with open(first_case, "w", encoding="utf-8") as f:
            f.write(original)
    if hugo:
        hugo_pages = count_html(hugo[-1]["out"])
        hugo_bytes = tree_size(hugo[-1]["out"])[0]
    pages = count_html(site)
    out_bytes, out_files = tree_size(site)
    kinds = bytes_by_kind(site)
    search_dir = os.path.join(site, "search")
    index_bytes = tree_size(search_dir)[0] if os.path.isdir(search_dir) else None

    print("Sample knowledge base, cold start", flush=True)
    sample = measure([("sample", lambda out: [launcher, "build", ROOT, "-o", out, "--cache", empty_cache(a.work, "sample")],
                       None)], a.sample_runs, a.work)["sample"]

    search, search_note = (None, "not measured (--no-search)") if a.no_search else first_search(site, a.work)
    scaled = scale(launcher, a.work, a.scale) if a.scale else None
    load_end = loadavg()

    med = lambda rs, k: statistics.median(r[k] for r in rs)
    stage_names = list(timings(cb[0]["stderr"]).keys())
    lines = []
    w = lines.append
    w("# Benchmark results")
    w("")
    w("Produced by `bench/run.sh` (%s). Do not edit by hand: run it again." % " ".join(sys.argv[1:]) if sys.argv[1:] else
      "Produced by `bench/run.sh`. Do not edit by hand: run it again.")
    w("")
    w("- Run: %s; %d measured rounds after one warm-up round, each round one warm build after an edited case, one "
      "after an added case (on a copy of the corpus), one cold build and one Hugo build in that order (so all meet "
      "the same machine), each a whole process into a fresh output folder (warm builds: into the site of the build "
      "before); the sample's cold starts after them." % (started, a.runs))
    v = versions()
    for k in ("machine", "java", "hugo", "chromium", "casebook"):
        w("- %s: %s" % (k.capitalize() if k != "casebook" else "Casebook", v[k]))
    w("- Load average at start / end: %s / %s (two cores: a load near 2 at the start means other work was "
      "running; at the end it is mostly this run's own). Absolute times move with the machine's load; compare "
      "medians and the ratio to Hugo from this same run." % (load_start, load_end))
    w("- Corpus: %s: %d files, %.1f MiB of Markdown." % (corpus, kb_files, kb_bytes / 2**20))
    w("- Outputs and caches written to: %s (%s)." % (a.work, work_fs))
    if work_warning:
        w("- **Warning:** " + work_warning)
    w("")
    w("## Targets (issue #17: build; issue #13: search)")
    w("")
    w("| figure | target | measured | met |")
    w("|---|---|---|---|")
    yes = lambda ok: "yes" if ok else "**no**"
    if hugo:
        ratio = med(cb, "wall") / med(hugo, "wall")
        w("| full build wall vs Hugo's site alone (this corpus; stretch goal 0.5×) | ≤ 1.0× | %.2f× | %s |" % (
            ratio, yes(ratio <= 1.0)))
    else:
        w("| full build wall vs Hugo's site alone | ≤ 1.0× | Hugo not run | – |")
    if hugo:
        ratio = med(warm, "wall") / med(hugo, "wall")
        w("| warm build after one edited case vs Hugo's full build | ≤ 0.15× | %.2f× | %s |" % (ratio, yes(ratio <= 0.15)))
    w("| peak RSS of the full build | ≤ 1024 MiB | %.0f MiB | %s |" % (med(cb, "rss_mib"), yes(med(cb, "rss_mib") <= 1024)))
    if hugo:
        ratio = out_bytes / hugo_bytes
        w("| output bytes vs Hugo's site | ≤ 2.5× | %.2f× (%.1f / %.1f MiB) | %s |" % (
            ratio, out_bytes / 2**20, hugo_bytes / 2**20, yes(ratio <= 2.5)))
    if index_bytes is not None:
        w("| search index (`search/`) | ≤ 40 MiB | %.1f MiB | %s |" % (index_bytes / 2**20, yes(index_bytes <= 40 * 2**20)))
    if scaled:
        small, large = sorted(scaled)
        rs, rl = scaled[small], scaled[large]
        growth = rl["wall"] / rs["wall"] if rs["rc"] == 0 else float("nan")
        # linear: the time grows no faster than the cases (x10), with a tenth allowed for a shared machine's noise
        linear = rs["rc"] == 0 and rl["rc"] == 0 and growth <= (large / small) * 1.1
        w("| %s cases with -Xmx2g | builds, ≤ linear | exit %d; %.0f s vs %.1f s for %s cases: %.1f× for %d× the cases; peak RSS %.0f MiB | %s |" % (
            format(large, ","), rl["rc"], rl["wall"], rs["wall"], format(small, ","), growth, large // small,
            rl["rss_mib"], yes(linear)))
    else:
        w("| 100,000 cases with -Xmx2g | builds, ≤ linear | not in this run (`--scale 100000`) | – |")
    if search is None:
        w("| first search from file://, five queries | ≤ 150 KB | %s | – |" % search_note.split("\n")[0])
    else:
        worst_b = max(q["bytesMedian"] for q in search["queries"])
        worst_ms = max(statistics.median(q["ms"]) for q in search["queries"])
        w("| first search from file://, five queries (worst median bytes; ms to done for reference) | ≤ 150 KB | %.0f KB, %.0f ms | %s |" % (
            worst_b / 1000, worst_ms, yes(worst_b <= 150000)))
        if search.get("floorMs"):
            above = worst_ms - statistics.median(search["floorMs"])
            w("| first search above the harness floor (a page with no script, worst median) | ≤ 60 ms | %.0f ms | %s |" % (
                above, yes(above <= 60)))
    sw = statistics.median(r["wall"] for r in sample)
    w("| sample knowledge base, cold start to finished site | ≤ 1.0 s | %.2f s (CPU %.2f s) | %s |" % (
        sw, statistics.median(r["cpu"] for r in sample), yes(sw <= 1.0)))
    w("| two builds of the same input | byte-identical | %s | %s |" % ("identical" if same else "differ", yes(same)))
    w("")
    w("## Full build (median, min–max)")
    w("")
    w("| tool | wall s | CPU s (user+sys) | peak RSS MiB | HTML pages | pages/s | output MiB |")
    w("|---|---|---|---|---|---|---|")
    w("| Casebook (`./casebook build`) | %s | %s | %s | %d | %.0f | %.1f |" % (
        spread([r["wall"] for r in cb]), spread([r["cpu"] for r in cb]), spread([r["rss_mib"] for r in cb], "%.0f"),
        pages, pages / med(cb, "wall"), out_bytes / 2**20))
    w("| Casebook, warm: cache and site of the build before, one case edited | %s | %s | %s | | | |" % (
        spread([r["wall"] for r in warm]), spread([r["cpu"] for r in warm]), spread([r["rss_mib"] for r in warm], "%.0f")))
    w("| Casebook, warm: cache and site of the build before, one case added (dated after all others) | %s | %s | %s | | | |" % (
        spread([r["wall"] for r in added]), spread([r["cpu"] for r in added]), spread([r["rss_mib"] for r in added], "%.0f")))
    if hugo:
        w("| Hugo (site only, no search) | %s | %s | %s | %d | %.0f | %.1f |" % (
            spread([r["wall"] for r in hugo]), spread([r["cpu"] for r in hugo]), spread([r["rss_mib"] for r in hugo], "%.0f"),
            hugo_pages, hugo_pages / med(hugo, "wall"), hugo_bytes / 2**20))
        w("")
        w("Casebook / Hugo, medians: wall **%.2f×**, CPU %.2f×, peak RSS %.2f×; warm after an added case %.2f× Hugo's "
          "full build." % (med(cb, "wall") / med(hugo, "wall"), med(cb, "cpu") / med(hugo, "cpu"),
                           med(cb, "rss_mib") / med(hugo, "rss_mib"), med(added, "wall") / med(hugo, "wall")))
    else:
        w("")
        w("Hugo: not run (%s)." % ("--no-hugo" if a.no_hugo else "hugo is not installed"))
    w("")
    w("Search index: %s. Two builds of the same input byte-identical: **%s**." % (
        "%.1f MiB in `search/`" % (index_bytes / 2**20) if index_bytes is not None else "not built (no `search/` in the output)",
        "yes" if same else "NO"))
    w("")
    w("## Where the output's bytes go (Casebook, largest first)")
    w("")
    w("| folder | files | count | MiB |")
    w("|---|---|---|---|")
    for (folder, ext), (b, n) in kinds[:12]:
        w("| `%s` | `%s` | %d | %.1f |" % (folder, ext, n, b / 2**20))
    w("")
    w("## Casebook stages (ms, median, min–max)")
    w("")
    w("| stage | cold ms | warm ms (one case edited) | warm ms (one case added) |")
    w("|---|---|---|---|")
    for s in stage_names:
        w("| %s | %s | %s | %s |" % (s, spread([timings(r["stderr"]).get(s, 0.0) for r in cb], "%.0f"),
                                     spread([timings(r["stderr"]).get(s, 0.0) for r in warm], "%.0f"),
                                     spread([timings(r["stderr"]).get(s, 0.0) for r in added], "%.0f")))
    w("")
    if scaled and all(r["rc"] == 0 for r in scaled.values()):
        small, large = sorted(scaled)
        ts, tl = timings(scaled[small]["stderr"]), timings(scaled[large]["stderr"])
        w("## Scale: %s and %s synthetic cases under -Xmx2g (one build each, no cache)" % (format(small, ","), format(large, ",")))
        w("")
        w("| stage | %s cases ms | %s cases ms | growth |" % (format(small, ","), format(large, ",")))
        w("|---|---|---|---|")
        for st in tl:
            if ts.get(st, 0) >= 50:  # growth of a stage of a few milliseconds says nothing
                w("| %s | %.0f | %.0f | %.1f× |" % (st, ts[st], tl[st], tl[st] / ts[st]))
        w("")
    w("## Sample knowledge base (`./casebook build` of the repository root), cold start")
    w("")
    w("| wall s | CPU s | peak RSS MiB |")
    w("|---|---|---|")
    w("| %s | %s | %s |" % (spread([r["wall"] for r in sample]), spread([r["cpu"] for r in sample]),
                             spread([r["rss_mib"] for r in sample], "%.0f")))
    w("")
    w("## First search in the browser (headless Chromium, `file://`, cold profile)")
    w("")
    if search is None:
        w(search_note.split("\n")[0] + ".")
    else:
        w("Opening `search.html?q=…` and waiting for the result list's `data-state=\"done\"`; bytes = every file the "
          "page loaded (page, styles, scripts, index entry, shards, fragments), latency = navigation start to done.")
        w("")
        w("| query | results | bytes (median) | requests | ms to done (median, min–max) |")
        w("|---|---|---|---|---|")
        for q in search["queries"]:
            w("| %s | %d | %d | %d | %s |" % (q["query"], q["results"], q["bytesMedian"], q["requests"],
                                            spread(q["ms"], "%.0f")))
        if search.get("floorMs"):
            floor = statistics.median(search["floorMs"])
            w("")
            w("Harness floor (the same cold browser opening a page with no script, already done): %s ms. "
              "Above the floor, median per query: %s ms." % (spread(search["floorMs"], "%.0f"), ", ".join(
                  "%s %.0f" % (q["query"], statistics.median(q["ms"]) - floor) for q in search["queries"])))
    w("")
    if os.path.isfile(a.notes):
        with open(a.notes, encoding="utf-8") as f:
            w(f.read().rstrip())
            w("")
    text = "\n".join(lines) + "\n"
    with open(a.results, "w") as f:
        f.write(text)
    print()
    print(text)
    if search_note and search is None and "failed" in search_note:
        print(search_note, file=sys.stderr)


if __name__ == "__main__":
    main()
