"""What every benchmark child process shares, without importing Qt: the report
line the parent reads, memory figures, timing, and leaving at once."""

from __future__ import annotations

import contextlib
import cProfile
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPORT_PREFIX = "BENCH-REPORT "


def memory_kb() -> dict[str, int]:
    """Current and peak resident set size of this process, in KiB.

    ``ru_maxrss`` is the peak (KiB on Linux); ``VmRSS``/``VmHWM`` come from
    ``/proc/self/status`` (current and peak) where that file exists.
    """
    result = {"ru_maxrss_kb": int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)}
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:  # not on every OS
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                result[f"{name}_kb"] = int(value.split()[0])
    return result


def timed(action: Callable[[], Any], profile: Path | None) -> tuple[Any, float, float]:
    """Run ``action``; return its result, its duration and when it started.

    With ``profile`` it runs under cProfile and the stats go to that file
    (the timing is then not comparable)."""
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    result = action()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    if profiler and profile:
        profiler.dump_stats(str(profile))
    return result, seconds, started


def exit_with_report(report: dict[str, Any]) -> None:
    """Print the report line and leave at once (exit code 1 if it holds an error)."""
    print(REPORT_PREFIX + json.dumps(report, default=str, ensure_ascii=False), flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if "error" not in report else 1)
