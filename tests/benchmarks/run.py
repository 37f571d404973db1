"""Account Planner benchmark suite (``make bench``).

Six benchmarks, each against a target from the performance issue:

1. Start-up: from process start until the customer tree shows a
   10,000-account portfolio, compared with a bare PySide6 process that opens
   an empty ``QMainWindow``. Target: within 3x of the bare process.
2. Expanding a node with 5,000 children, until the view has painted them.
   Target: under 50 ms.
3. Memory with all of a 100,000-account portfolio loaded in the tree.
   Target: under 300 MB.
4. Excel import and export (``exchange.py``) of 50,000 accounts, 200,000
   contacts and 500,000 orders against python-calamine and a bare xlsxwriter.
   Targets: import within 3x calamine's read, the same cost per row for the
   orders sheet as for the accounts sheet, export within 1.3x the bare writer.
5. Tier classification (``tiers.py``) of 100,000 accounts with 2,000,000
   transactions: each model's preview (pareto, rfm, weighted) within 2x of
   the fastest bare SQL ``GROUP BY`` computing the same per-account sums,
   counts and last dates (Pareto and RFM: the orders'; the weighted model:
   everything it reads, with the orders-only ratio shown too); the apply
   step's time is reported too.

6. Org chart (``orgchart_paint.py``): building and first painting the org
   chart of 20,000 people within 2x of a bare ``QGraphicsScene`` holding as
   many rectangles and lines; the layout's time per person for 2,000, 20,000
   and 200,000 people is reported too.

Every figure is measured in this run; time figures are medians over several
repetitions because the machine is shared and noisy. Nothing is asserted:
the suite prints the figures, the ratios to the targets and whether each
target is met, and writes everything to ``bench-results/latest.json``.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/run.py [--quick] [--only NAME ...]

``--quick`` uses fewer repetitions and smaller portfolios (a smoke check;
its verdicts are indicative only). The databases are generated once per run
in a temporary folder, outside every timed section, and deleted at the end.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# `make bench` runs this file directly: make the project importable here and in the children.
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from child_support import READY_MARKER, REPORT_PREFIX  # noqa: E402

STARTUP_RATIO_TARGET = 3.0
EXPAND_TARGET_S = 0.050
MEMORY_TARGET_MB = 300.0  # decimal megabytes (10**6 bytes), the stricter reading
CHILD_TIMEOUT_S = 300.0
RESULTS_FILE = ROOT / "bench-results" / "latest.json"


@dataclass(frozen=True)
class Config:
    """Sizes and repetitions of one run."""

    quick: bool
    startup_accounts: int
    startup_repeat: int
    expand_children: int
    expand_repeat: int
    memory_accounts: int


FULL = Config(
    quick=False,
    startup_accounts=10_000,
    startup_repeat=5,
    expand_children=5_000,
    expand_repeat=9,
    memory_accounts=100_000,
)
QUICK = Config(
    quick=True,
    startup_accounts=1_000,
    startup_repeat=2,
    expand_children=1_000,
    expand_repeat=3,
    memory_accounts=5_000,
)


class BenchError(RuntimeError):
    """A benchmark could not produce its figure (a child failed or hung)."""


# -- small helpers -----------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def mb(kib: float) -> str:
    """KiB (as Linux reports RSS) as decimal megabytes."""
    return f"{kib * 1024 / 1e6:,.1f} MB"


def spread(values: Sequence[float]) -> str:
    """``median (min … max, n=…)`` of durations in seconds."""
    return f"{ms(median(values))}  (min {ms(min(values))}, max {ms(max(values))}, n={len(values)})"


def verdict(met: bool, quick: bool) -> str:
    text = "MET" if met else "MISSED"
    return f"{text} (indicative only: --quick sizes)" if quick else text


def section(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 76 - len(title)), flush=True)


def line(label: str, value: str) -> None:
    print(f"  {label:<44} {value}", flush=True)


def child_env(work: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every child: the project importable, Qt off-screen.

    Bytecode caching is switched on, into a cache folder inside ``work``
    (``PYTHONPYCACHEPREFIX``): an installed application runs from ``.pyc``
    files, and this way the repository is not written to. The warm-up runs fill
    the cache. ``extra`` overrides variables (``""`` removes one).
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    for name, value in (extra or {}).items():
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    return env


@dataclass
class ChildRun:
    """One child process: when it printed the ready marker, and its report."""

    started: float  # time.monotonic() just before Popen
    ready: float | None  # time.monotonic() when the ready marker was read
    report: dict[str, Any]

    @property
    def ready_s(self) -> float:
        assert self.ready is not None
        return self.ready - self.started


def run_child(
    script: str,
    args: Sequence[str],
    workdir: Path,
    python_flags: Sequence[str] = (),
    stderr_path: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> ChildRun:
    """Run ``python [flags] tests/benchmarks/<script> args`` and collect its report.

    The clock starts just before ``Popen`` (so interpreter start counts) and
    stops when the child's ready marker line arrives on the pipe.
    """
    stderr_file = stderr_path or workdir / f"{Path(script).stem}.stderr.txt"
    command = [sys.executable, *python_flags, str(HERE / script), *args]
    with open(stderr_file, "wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, cwd=workdir, env=child_env(workdir, extra_env)
        )
        watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
        watchdog.start()
        ready: float | None = None
        report: dict[str, Any] | None = None
        try:
            assert proc.stdout is not None
            for raw in proc.stdout:
                text = raw.decode("utf-8", "replace").rstrip("\n")
                if text == READY_MARKER and ready is None:
                    ready = time.monotonic()
                elif text.startswith(REPORT_PREFIX):
                    report = json.loads(text[len(REPORT_PREFIX) :])
            code = proc.wait()
        finally:
            watchdog.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    if code != 0 or report is None or "error" in report:
        tail = stderr_file.read_text("utf-8", "replace")[-2000:]
        problem = (report or {}).get("error", f"exit code {code}")
        raise BenchError(f"{script} failed: {problem}\n--- stderr (tail) ---\n{tail}")
    return ChildRun(started, ready, report)


# -- databases (untimed set-up) ------------------------------------------------------------------------


def build_demo_database(work: Path, path: Path, accounts: int, *, details: bool) -> float:
    """Create a demo portfolio database (in a child process); return how long it took."""
    args = ["demo", str(path), str(accounts)] + ([] if details else ["--no-details"])
    return float(run_child("build_db.py", args, work).report["seconds"])


def build_wide_database(work: Path, path: Path, children: int) -> tuple[int, float]:
    """Create a database where one account has ``children`` direct children.

    Returns the parent's id and how long building took (see ``build_db.py``).
    """
    report = run_child("build_db.py", ["wide", str(path), str(children)], work).report
    return int(report["parent_id"]), float(report["seconds"])


# -- 1. start-up ---------------------------------------------------------------------------------------

# Phases of a start-up, as (name, stamp it ends at); each begins where the previous one ended.
APP_PHASES = (
    ("interpreter start", "script_started"),
    ("imports", "imports_done"),
    ("QApplication + settings + translations", "app_created"),
    ("open store", "store_opened"),
    ("build MainWindow (loads top level)", "window_built"),
    ("show()", "shown"),
    ("event loop until tree painted", "painted_at"),
)
BARE_PHASES = (
    ("interpreter start", "script_started"),
    ("imports", "imports_done"),
    ("QApplication", "app_created"),
    ("build QMainWindow", "window_built"),
    ("show()", "shown"),
    ("event loop until painted", "painted_at"),
)


def phase_durations(run: ChildRun, phases: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Split a child's start-up into phases using its (cross-process) timestamps."""
    stamps = dict(run.report["stamps"], painted_at=run.report["painted_at"])
    result: dict[str, float] = {}
    previous = run.started
    for name, key in phases:
        result[name] = stamps[key] - previous
        previous = stamps[key]
    assert run.ready is not None
    result["marker reaches the parent"] = run.ready - previous
    return result


IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)\s*$")


def parse_importtime(text: str) -> list[dict[str, Any]]:
    """Parse ``-X importtime`` output into ``{module, self_us, cumulative_us, depth}`` rows.

    CPython may list a submodule twice when importing it first had to import
    its package (``from ..sql import compiler``): the second row has almost no
    self time and a cumulative time that includes the package. Both rows are
    kept here; :func:`top_cumulative` shows each module once.
    """
    rows = []
    for raw in text.splitlines():
        match = IMPORT_LINE.match(raw)
        if match:
            self_us, cumulative_us, indent, module = match.groups()
            rows.append(
                {
                    "module": module,
                    "self_us": int(self_us),
                    "cumulative_us": int(cumulative_us),
                    "depth": (len(indent) - 1) // 2,
                }
            )
    return rows


def top_cumulative(
    rows: Sequence[dict[str, Any]], count: int, depth: int | None = None
) -> list[dict[str, Any]]:
    """The ``count`` modules with the largest cumulative import time, each once."""
    best: dict[str, dict[str, Any]] = {}
    for row in rows:
        if depth is not None and row["depth"] != depth:
            continue
        known = best.get(row["module"])
        if known is None or row["cumulative_us"] > known["cumulative_us"]:
            best[row["module"]] = row
    return sorted(best.values(), key=lambda r: r["cumulative_us"], reverse=True)[:count]


def bench_startup(config: Config, work: Path) -> dict[str, Any]:
    section(f"1. Start-up with {config.startup_accounts:,} accounts vs. a bare QMainWindow")
    db = work / "startup.sqlite"
    build_s = build_demo_database(work, db, config.startup_accounts, details=True)
    line("set-up: demo database built in (untimed)", f"{build_s:.1f} s")

    def run_app(
        tag: str,
        flags: Sequence[str] = (),
        stderr_path: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> ChildRun:
        settings = work / f"settings-{tag}.ini"  # a fresh settings file every time, as on a first start
        return run_child(
            "startup_app.py",
            ["--db", str(db), "--settings", str(settings)],
            work,
            flags,
            stderr_path,
            extra_env,
        )

    # One warm-up run of each (page cache, bytecode cache), not counted.
    run_child("bare_window.py", [], work)
    run_app("warmup")
    # The interpreter alone, for scale.
    interpreter: list[float] = []
    for _ in range(config.startup_repeat):
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=child_env(work), cwd=work)
        interpreter.append(time.monotonic() - started)
    bare: list[ChildRun] = []
    app: list[ChildRun] = []
    for rep in range(config.startup_repeat):  # interleaved, so that noise hits both alike
        bare.append(run_child("bare_window.py", [], work))
        app.append(run_app(str(rep)))
        print(
            f"  … repetition {rep + 1}/{config.startup_repeat}: bare {ms(bare[-1].ready_s)}, "
            f"app {ms(app[-1].ready_s)}",
            flush=True,
        )

    bare_s = [r.ready_s for r in bare]
    app_s = [r.ready_s for r in app]
    ratio = median(app_s) / median(bare_s)
    met = ratio <= STARTUP_RATIO_TARGET
    rows = [r.report["top_level_rows"] for r in app]
    line("python -c pass (interpreter alone)", spread(interpreter))
    line("bare QMainWindow: start to painted", spread(bare_s))
    line("Account Planner: start to tree painted", spread(app_s))
    line("  top-level rows shown", f"{rows[0]:,}")
    line(
        "ratio app / bare (medians)",
        f"{ratio:.2f}x   target <= {STARTUP_RATIO_TARGET:.0f}x   -> {verdict(met, config.quick)}",
    )
    line(
        "pairwise ratios (per repetition)",
        ", ".join(f"{a / b:.2f}" for a, b in zip(app_s, bare_s, strict=True)),
    )
    app_rss = median([r.report["memory"]["VmRSS_kb"] for r in app])
    bare_rss = median([r.report["memory"]["VmRSS_kb"] for r in bare])
    line("RSS when painted: app / bare", f"{mb(app_rss)} / {mb(bare_rss)}")
    # For information: the project's own modules compiled from source on every start, as happens
    # when PYTHONDONTWRITEBYTECODE=1 is set and no .pyc exists (site-packages keep their own .pyc).
    no_pyc = run_app("no-pyc", extra_env={"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": ""})
    line("app without .pyc for its own modules (1 run)", ms(no_pyc.ready_s))

    print("\n  Where the time goes (medians, seconds from Popen):")
    bare_phases = [phase_durations(r, BARE_PHASES) for r in bare]
    app_phases = [phase_durations(r, APP_PHASES) for r in app]
    phase_medians: dict[str, dict[str, float]] = {"bare": {}, "app": {}}
    for kind, samples in (("bare", bare_phases), ("app", app_phases)):
        print(f"    {kind}:")
        for name in samples[0]:
            value = median([s[name] for s in samples])
            phase_medians[kind][name] = value
            print(f"      {name:<44} {ms(value):>12}")

    # Import-time breakdown: one more run of each child under -X importtime (untimed).
    section("1b. Import time of the start-up child (-X importtime, one extra untimed run)")
    app_trace = work / "importtime-app.txt"
    bare_trace = work / "importtime-bare.txt"
    run_app("importtime", ["-X", "importtime"], app_trace)
    run_child("bare_window.py", [], work, ["-X", "importtime"], bare_trace)
    app_imports = parse_importtime(app_trace.read_text("utf-8", "replace"))
    bare_imports = parse_importtime(bare_trace.read_text("utf-8", "replace"))
    app_total = sum(r["self_us"] for r in app_imports)
    bare_total = sum(r["self_us"] for r in bare_imports)
    line("all imports, app child (sum of self times)", ms(app_total / 1e6))
    line("all imports, bare child (sum of self times)", ms(bare_total / 1e6))
    top = top_cumulative(app_imports, 10)
    print("\n  Top 10 imports of the app child by cumulative time (nesting depth in brackets):")
    for r in top:
        print(f"    {ms(r['cumulative_us'] / 1e6):>12}  [{r['depth']}] {r['module']}")
    direct = top_cumulative(app_imports, 10, depth=0)
    print("\n  The same run by the child's direct (top-level) imports, cumulative (site start-up included):")
    for r in direct:
        print(f"    {ms(r['cumulative_us'] / 1e6):>12}  {r['module']}")
    by_package: dict[str, int] = {}
    for r in app_imports:
        package = r["module"].split(".")[0]
        by_package[package] = by_package.get(package, 0) + r["self_us"]
    packages = sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:10]
    print("\n  Top 10 top-level packages of the app child by own import time (self times summed):")
    for package, micros in packages:
        print(f"    {ms(micros / 1e6):>12}  {package}")

    return {
        "accounts": config.startup_accounts,
        "database_build_s": build_s,
        "interpreter_s": interpreter,
        "bare_s": bare_s,
        "app_s": app_s,
        "bare_median_s": median(bare_s),
        "app_median_s": median(app_s),
        "ratio": ratio,
        "target_ratio": STARTUP_RATIO_TARGET,
        "met": met,
        "top_level_rows": rows[0],
        "phases_median_s": phase_medians,
        "app_without_own_pyc_s": no_pyc.ready_s,
        "bare_memory_kb": [r.report["memory"] for r in bare],
        "app_memory_kb": [r.report["memory"] for r in app],
        "imports": {
            "app_total_self_s": app_total / 1e6,
            "bare_total_self_s": bare_total / 1e6,
            "top_cumulative": top,
            "top_direct": direct,
            "by_package_self_s": {p: us / 1e6 for p, us in packages},
        },
    }


# -- 2. expanding a wide node --------------------------------------------------------------------------


def bench_expand(config: Config, work: Path) -> dict[str, Any]:
    n = config.expand_children
    section(f"2. Expanding a node with {n:,} children")
    db = work / "wide.sqlite"
    parent_id, build_s = build_wide_database(work, db, n)
    line("set-up: database built in (untimed)", f"{build_s:.1f} s")
    run = run_child(
        "expand_node.py",
        [
            "--db",
            str(db),
            "--parent-id",
            str(parent_id),
            "--children",
            str(n),
            "--repeat",
            str(config.expand_repeat),
        ],
        work,
    )
    samples = run.report["samples"]
    cold = run.report["cold"]
    total = [s["total_s"] for s in samples]
    call = [s["expand_call_s"] for s in samples]
    query_in_expand = [s["query_s"] for s in samples]
    layout = [s["total_s"] - s["expand_call_s"] for s in samples]
    query_alone = run.report["query_alone_s"]
    met = median(total) < EXPAND_TARGET_S
    line("expand() until painted", spread(total))
    line(
        "ratio to the 50 ms target",
        f"{median(total) / EXPAND_TARGET_S:.2f}x   target < {ms(EXPAND_TARGET_S)}   "
        f"-> {verdict(met, config.quick)}",
    )
    line("  of which: view.expand() call (fetchMore)", spread(call))
    line("    of which: store query (loader)", spread(query_in_expand))
    line("  of which: layout + paint (processEvents)", spread(layout))
    line("first expansion in the process (cold)", ms(cold["total_s"]) + f"  (query {ms(cold['query_s'])})")
    line("store query account_children() alone", spread(query_alone))
    return {
        "children": n,
        "database_build_s": build_s,
        "total_s": total,
        "median_s": median(total),
        "target_s": EXPAND_TARGET_S,
        "ratio_to_target": median(total) / EXPAND_TARGET_S,
        "met": met,
        "expand_call_s": call,
        "query_in_expand_s": query_in_expand,
        "layout_paint_s": layout,
        "cold": cold,
        "query_alone_s": query_alone,
        "query_alone_median_s": median(query_alone),
    }


# -- 3. memory with everything loaded ------------------------------------------------------------------


def peak_kb(memory: dict[str, int]) -> int:
    """The process's own peak RSS: ``VmHWM``, else ``ru_maxrss``.

    On Linux ``ru_maxrss`` survives ``execve``: a child starts with its
    parent's peak RSS at fork time as its own, so for a small child of a large
    parent it is wrong. ``VmHWM`` belongs to the child's own address space.
    """
    return memory.get("VmHWM_kb", memory["ru_maxrss_kb"])


def bench_memory(config: Config, work: Path, bare_memory: list[dict[str, int]] | None) -> dict[str, Any]:
    n = config.memory_accounts
    section(f"3. Memory with all {n:,} accounts loaded in the tree")
    db = work / "memory.sqlite"
    build_s = build_demo_database(work, db, n, details=False)
    line("set-up: demo database built in (untimed)", f"{build_s:.1f} s (load_demo, details=False)")
    if bare_memory is None:  # start-up benchmark skipped: measure the baseline here
        run_child("bare_window.py", [], work)  # warm-up (bytecode cache)
        bare_memory = [run_child("bare_window.py", [], work).report["memory"]]
    run = run_child(
        "startup_app.py",
        ["--db", str(db), "--settings", str(work / "settings-memory.ini"), "--load-all", "--expand-all"],
        work,
    )
    report = run.report
    opened, loaded, expanded = report["memory"], report["memory_loaded"], report["memory_expanded"]
    peak = peak_kb(expanded)
    met = peak * 1024 / 1e6 < MEMORY_TARGET_MB
    bare_rss = median([m["VmRSS_kb"] for m in bare_memory])
    bare_peak = median([peak_kb(m) for m in bare_memory])
    fetches = report["load_all_fetches"]
    line("window open (top level only): RSS / peak", f"{mb(opened['VmRSS_kb'])} / {mb(peak_kb(opened))}")
    line(
        f"load every node ({fetches:,} fetchMore calls)",
        f"{report['load_all_s']:.2f} s, {report['loaded_accounts']:,} accounts in the model",
    )
    if "load_all_query_s" in report:
        line(
            "  of which: store queries (loader)",
            f"{report['load_all_query_s']:.2f} s ({ms(report['load_all_query_s'] / max(fetches, 1))} per fetch)",
        )
    line("  after loading: RSS / peak", f"{mb(loaded['VmRSS_kb'])} / {mb(peak_kb(loaded))}")
    painted = "" if report["expand_all_painted"] else "  (NOT painted before the time-out)"
    line(
        "tree.expandAll() until painted",
        f"{report['expand_all_s']:.2f} s (the call itself {report['expand_all_call_s']:.2f} s){painted}",
    )
    line("  after expandAll: RSS / peak", f"{mb(expanded['VmRSS_kb'])} / {mb(peak)}")
    line("  ru_maxrss at the end (see note)", mb(expanded["ru_maxrss_kb"]))
    line(
        "peak RSS (VmHWM) vs. target",
        f"{mb(peak)}   target < {MEMORY_TARGET_MB:.0f} MB   -> {verdict(met, config.quick)}",
    )
    line("bare QMainWindow process: RSS / peak", f"{mb(bare_rss)} / {mb(bare_peak)}")
    line("app peak above the bare process", mb(peak - bare_peak))
    line("app growth from window open to all loaded", mb(peak_kb(loaded) - peak_kb(opened)))
    print(
        "  note: peak = VmHWM of the child itself; ru_maxrss of a child also counts its parent's peak "
        "before exec on Linux, so it is shown for reference only. 1 MB = 10^6 bytes."
    )
    return {
        "accounts": n,
        "database_build_s": build_s,
        "report": report,
        "peak_rss_mb": peak * 1024 / 1e6,
        "target_mb": MEMORY_TARGET_MB,
        "met": met,
        "bare_rss_mb": bare_rss * 1024 / 1e6,
        "bare_peak_rss_mb": bare_peak * 1024 / 1e6,
    }


# -- 4. Excel import and export -------------------------------------------------------------------------


def bench_exchange(config: Config, work: Path) -> dict[str, Any]:
    """Section 4 lives in exchange.py; it uses this module's helpers."""
    import exchange

    return exchange.bench_exchange(config.quick, work, sys.modules[__name__])


# -- 5. tier classification ----------------------------------------------------------------------------


def bench_tiers(config: Config, work: Path) -> dict[str, Any]:
    """Section 5 lives in tiers.py; it uses this module's helpers."""
    import tiers

    return tiers.bench_tiers(config.quick, work, sys.modules[__name__])


# -- 6. org chart ----------------------------------------------------------------------------------------


def bench_orgchart(config: Config, work: Path) -> dict[str, Any]:
    """Section 6 lives in orgchart_paint.py (run as a child process); it uses this module's helpers."""
    import orgchart_paint

    return orgchart_paint.bench_orgchart(config.quick, work, sys.modules[__name__])


# -- main ----------------------------------------------------------------------------------------------


@dataclass
class Results:
    config: Config
    environment: dict[str, Any]
    benchmarks: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def environment() -> dict[str, Any]:
    """What the figures were measured on (without importing Qt or the app here)."""

    def version(distribution: str) -> str:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "pyside6": version("PySide6-Essentials"),
        "sqlalchemy": version("SQLAlchemy"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "qt_qpa_platform": os.environ.get("QT_QPA_PLATFORM"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Account Planner benchmarks (prints figures, asserts nothing)."
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions and smaller sizes (smoke check)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=("startup", "expand", "memory", "exchange", "tiers", "orgchart"),
        help="run only this benchmark (may be repeated)",
    )
    parser.add_argument(
        "--output", type=Path, default=RESULTS_FILE, help=f"JSON results (default {RESULTS_FILE})"
    )
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    chosen = args.only or ["startup", "expand", "memory", "exchange", "tiers", "orgchart"]
    results = Results(config, environment())
    print(
        f"Account Planner benchmarks{' (--quick)' if config.quick else ''}: Python {results.environment['python']}, "
        f"PySide6 {results.environment['pyside6']}, {results.environment['cpus']} CPUs, "
        f"load average {results.environment['load_average_at_start'][0]:.2f}"
    )

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="account-planner-bench-"))
    try:
        bare_memory: list[dict[str, int]] | None = None
        steps: dict[str, Callable[[], dict[str, Any]]] = {
            "startup": lambda: bench_startup(config, work),
            "expand": lambda: bench_expand(config, work),
            "memory": lambda: bench_memory(config, work, bare_memory),
            # 4. Excel import and export: see exchange.py.
            "exchange": lambda: bench_exchange(config, work),
            # 5. Tier classification: see tiers.py.
            "tiers": lambda: bench_tiers(config, work),
            # 6. Org chart layout and paint: see orgchart_paint.py.
            "orgchart": lambda: bench_orgchart(config, work),
        }
        for name in ("startup", "expand", "memory", "exchange", "tiers", "orgchart"):
            if name not in chosen:
                continue
            try:
                results.benchmarks[name] = steps[name]()
            except BenchError as error:
                results.errors[name] = str(error)
                print(f"  ERROR: {error}", flush=True)
            if name == "startup" and "startup" in results.benchmarks:
                bare_memory = results.benchmarks["startup"]["bare_memory_kb"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started

    section("Summary")
    b = results.benchmarks
    if "startup" in b:
        s = b["startup"]
        line(
            f"start-up, {s['accounts']:,} accounts",
            f"{ms(s['app_median_s'])} vs bare {ms(s['bare_median_s'])} = "
            f"{s['ratio']:.2f}x (target <= {STARTUP_RATIO_TARGET:.0f}x) {verdict(s['met'], config.quick)}",
        )
    if "expand" in b:
        e = b["expand"]
        line(
            f"expand {e['children']:,} children",
            f"{ms(e['median_s'])} = {e['ratio_to_target']:.2f}x of "
            f"{ms(EXPAND_TARGET_S)} {verdict(e['met'], config.quick)}",
        )
    if "memory" in b:
        m = b["memory"]
        line(
            f"memory, {m['accounts']:,} accounts loaded",
            f"peak {m['peak_rss_mb']:,.1f} MB (target < "
            f"{MEMORY_TARGET_MB:.0f} MB) {verdict(m['met'], config.quick)}",
        )
    if "exchange" in b:
        import exchange

        exchange.summary(b["exchange"], config.quick, sys.modules[__name__])
    if "tiers" in b:
        import tiers

        tiers.summary(b["tiers"], config.quick, sys.modules[__name__])
    if "orgchart" in b:
        import orgchart_paint

        orgchart_paint.summary(b["orgchart"], config.quick, sys.modules[__name__])
    for name in results.errors:
        line(name, "ERROR (see above)")
    results.environment["load_average_at_end"] = os.getloadavg()
    line("whole run", f"{elapsed:.0f} s")
    line(
        "load average (1 min) at start / end",
        f"{results.environment['load_average_at_start'][0]:.2f} / "
        f"{results.environment['load_average_at_end'][0]:.2f}  (noise indicator, {os.cpu_count()} CPUs)",
    )

    results.environment["run_s"] = elapsed
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(asdict(results), indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nResults written to {args.output}")
    return 1 if results.errors else 0


if __name__ == "__main__":
    sys.exit(main())
