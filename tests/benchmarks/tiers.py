"""Section 5 of the benchmark suite: tier classification against the fastest bare SQL ``GROUP BY``.

Target from the issue, for 100,000 accounts with 2,000,000 transactions:
computing each model's preview (``preview_classification``, before applying)
within 2x of the fastest bare SQL ``GROUP BY`` that computes the same
per-account sums, counts and last dates; the apply step's time is reported
too. Models: pareto, rfm, weighted.

Set-up (untimed, once per run): ``tiers_data.py`` creates a store with the
app's ``open_store`` (schema at the current Alembic head) and fills it with
``sqlite3``: 100,000 accounts, 2,000,000 transactions and 300,000
interactions, deterministic. The as-of date is the latest booking date in the
data; the window is the 12 months up to it (``start < day <= as_of``, as
``domain.tiers.metrics.window_start`` defines it).

Baselines. Pareto and RFM read the orders only; the weighted model reads more
(the first order, payments, interactions, the potential inputs), so it is
measured against the bare SQL of those figures (``tiers_child.py
baseline-weighted``: several formulations, the fastest counts, all hashed
alike, and the app's own figures are hashed the same way and must agree); its
ratio to the orders baseline is shown too.

Orders baseline (``tiers_child.py baseline``): stdlib ``sqlite3``, read-only
connection, no application code; per account the window's
``sum(amount_cents)``, ``count(*)``, ``max(booked_on)`` and the last order
on or before the as-of date of any age, fetched into Python. Several
formulations run in every baseline child, each on a fresh connection (two
index scans; one scan with ``SUM(CASE ...)``; one scan with ``FILTER``; range
seeks per account, with the last-order seek for every account or only for
those without a window order); the baseline is the one with the smallest median, and
every formulation must give the same figures (checked by hash). A table scan
that ignores every index is shown for reference and never counts as the
fastest. One untimed baseline run warms the OS cache first.

App (``tiers_child.py preview``): the store opened and the settings loaded
before the clock; the clock covers ``preview_classification`` alone. Each
model runs ``repeat`` times, interleaved with the baseline runs (the order
rotated every repetition) so that noise hits both alike. Apply
(``tiers_child.py apply``): on a fresh copy of the database per run, the
preview computed untimed, then ``apply_classification`` timed (the first
apply on a store: every classified account gets its tier and one history row).

Peak memory (``VmHWM``) of every kind of child is reported. Until the app's
``domain.tiers.service`` exists, only the baseline runs and the section says
what is missing.
"""

from __future__ import annotations

import calendar
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

RATIO_TARGET = 2.0
MODELS = ("pareto", "rfm", "weighted")
WINDOW_MONTHS = 12  # the default settings' window (domain.tiers.params.TierSettings)
REFERENCE_ONLY = ("table-scan",)  # as in tiers_child: shown, never the baseline


@dataclass(frozen=True)
class Sizes:
    accounts: int
    transactions: int
    interactions: int
    repeat: int


FULL_SIZES = Sizes(accounts=100_000, transactions=2_000_000, interactions=300_000, repeat=3)
QUICK_SIZES = Sizes(accounts=5_000, transactions=100_000, interactions=15_000, repeat=3)  # 1/20


def window_start(as_of: date, months: int) -> date:
    """The exclusive start of the window, as ``domain.tiers.metrics.window_start`` (restated: no app code here)."""
    year, month0 = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    return date(year, month0 + 1, min(as_of.day, calendar.monthrange(year, month0 + 1)[1]))


def _peak(report: dict[str, Any]) -> float:
    """The child's peak RSS in decimal MB."""
    memory = report["memory"]
    return memory.get("VmHWM_kb", memory.get("VmRSS_kb", 0)) * 1024 / 1e6


def _remove(*paths: Path) -> None:
    for path in paths:
        for extra in ("", "-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)


def _copy_database(source: Path, target: Path) -> None:
    """A copy the apply step may write to, flushed to disk so its write-back does not land in a timed run."""
    _remove(target)
    wal = Path(str(source) + "-wal")
    if wal.exists() and wal.stat().st_size:  # not checkpointed: copy through SQLite
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    else:
        shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _stat(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def bench_tiers(quick: bool, work: Path, h: ModuleType) -> dict[str, Any]:
    """Run section 5; ``h`` is the ``run`` module (its helpers: run_child, line, verdict, …)."""
    sizes = QUICK_SIZES if quick else FULL_SIZES
    n = sizes.repeat
    folder = work / "tiers"
    folder.mkdir(exist_ok=True)
    h.section(
        f"5. Tier classification: {sizes.accounts:,} accounts, {sizes.transactions:,} transactions, "
        f"{sizes.interactions:,} interactions"
    )

    def child(args: list[str], tag: str) -> dict[str, Any]:
        return h.run_child("tiers_child.py", args, folder, stderr_path=folder / f"{tag}.stderr.txt").report

    # -- set-up: the database (untimed) -----------------------------------------------------------
    db = folder / "tiers.sqlite"
    built = h.run_child(
        "tiers_data.py",
        [
            str(db),
            "--accounts", str(sizes.accounts),
            "--transactions", str(sizes.transactions),
            "--interactions", str(sizes.interactions),
        ],
        folder,
        stderr_path=folder / "data.stderr.txt",
    ).report  # fmt: skip
    as_of = date.fromisoformat(built["as_of"])
    start = window_start(as_of, WINDOW_MONTHS)
    counts = built["counts"]
    h.line(
        "set-up: database built in (untimed)",
        f"{built['seconds']:.1f} s, {built['bytes'] / 1e6:,.0f} MB ({counts['account']:,} accounts, "
        f"{counts['account_transaction']:,} transactions, {counts['interaction']:,} interactions)",
    )
    h.line(
        "  prospects / subsidiaries",
        f"{built['prospects']:,} / {built['subsidiaries']:,}; potential columns: "
        + (", ".join(built["potential_columns"]) or "none in this schema"),
    )
    h.line("as-of date / window", f"{as_of} / {WINDOW_MONTHS} months: {start} < day <= {as_of}")
    dates = ["--as-of", as_of.isoformat()]
    baseline_args = ["baseline", str(db), *dates, "--start", start.isoformat()]
    weighted_args = ["baseline-weighted", str(db), *dates, "--start", start.isoformat()]

    api = child(["check-api"], "check-api")
    app_ready = bool(api["ok"])
    if not app_ready:
        h.line("app side", f"NOT AVAILABLE YET, baseline only ({api['missing']})")

    # -- warm-up (OS cache, bytecode cache), not counted -------------------------------------------
    child(baseline_args, "baseline")
    child(weighted_args, "baseline-weighted")
    if app_ready:
        child(["preview", str(db), *dates, "--model", "weighted"], "preview")
    untouched = _stat(db)

    # -- interleaved: the baseline formulations and every model's preview ----------------------------
    print(f"\n  5a. Preview of each model vs the fastest bare SQL GROUP BY ({n} repetitions, interleaved)")
    baselines: list[dict[str, Any]] = []
    weighted_baselines: list[dict[str, Any]] = []
    previews: dict[str, list[dict[str, Any]]] = {m: [] for m in MODELS}
    steps = ["baseline", "baseline-weighted", *(MODELS if app_ready else ())]
    for rep in range(n):
        order = steps[rep % len(steps) :] + steps[: rep % len(steps)]
        for step in order:
            if step == "baseline":
                baselines.append(child([*baseline_args, "--rotate", str(rep)], "baseline"))
            elif step == "baseline-weighted":
                weighted_baselines.append(child([*weighted_args, "--rotate", str(rep)], "baseline-weighted"))
            else:
                previews[step].append(child(["preview", str(db), *dates, "--model", step], "preview"))
        best = min(s for name, s in baselines[-1]["seconds"].items() if name not in REFERENCE_ONLY)
        best_weighted = min(weighted_baselines[-1]["seconds"].values())
        print(
            f"  … repetition {rep + 1}/{n}: bare SQL (fastest this time) {h.ms(best)}, "
            f"for the weighted model {h.ms(best_weighted)}"
            + "".join(f", {m} {h.ms(previews[m][-1]['seconds'])}" for m in MODELS if previews[m]),
            flush=True,
        )
    db_untouched = _stat(db) == untouched

    digests = {d for b in baselines for d in b["digests"].values()}
    if len(digests) != 1:
        raise h.BenchError(f"the bare SQL formulations computed different figures: {[b['digests'] for b in baselines]}")
    formulations = list(baselines[0]["seconds"])
    samples = {f: [b["seconds"][f] for b in baselines] for f in formulations}
    fastest = min((f for f in formulations if f not in REFERENCE_ONLY), key=lambda f: h.median(samples[f]))
    baseline_s = samples[fastest]
    base = h.median(baseline_s)
    figures = baselines[0]["figures"]
    h.line(
        "what the bare SQL computes",
        f"{figures['accounts_in_window']:,} accounts with {figures['window_orders']:,} orders in the window, "
        f"{figures['accounts_with_orders']:,} with a last order",
    )
    print("  bare SQL formulations (stdlib sqlite3, read-only, fresh connection, until fetchall() returned):")
    descriptions = _descriptions()
    for f in formulations:
        mark = "<- baseline" if f == fastest else ("(reference)" if f in REFERENCE_ONLY else "")
        print(f"    {f:<12} {h.spread(samples[f]):<52} {mark}", flush=True)
        print(f"    {'':<12} {descriptions.get(f, '')}; plan: {' / '.join(baselines[0]['plans'][f])}")
    h.line(
        "covering index vs no index (reference)",
        f"{h.median(samples['table-scan']) / base:.1f}x faster" if "table-scan" in samples else "-",
    )
    weighted_digests = {d for b in weighted_baselines for d in b["digests"].values()}
    if len(weighted_digests) != 1:
        raise h.BenchError(
            f"the weighted bare SQL formulations computed different figures: {[b['digests'] for b in weighted_baselines]}"
        )
    weighted_samples = {f: [b["seconds"][f] for b in weighted_baselines] for f in weighted_baselines[0]["seconds"]}
    weighted_fastest = min(weighted_samples, key=lambda f: h.median(weighted_samples[f]))
    weighted_base_s = weighted_samples[weighted_fastest]
    weighted_base = h.median(weighted_base_s)
    wf = weighted_baselines[0]["figures"]
    h.line(
        "what the weighted model's bare SQL adds",
        f"the first order, {wf['due_orders']:,} due orders ({wf['on_time_orders']:,} paid on time), "
        f"{wf['interactions']:,} interactions, the potential inputs of {wf['accounts']:,} accounts",
    )
    print("  bare SQL for the weighted model (the same figures the weighted model reads):")
    weighted_descriptions = _weighted_descriptions()
    for f, secs in weighted_samples.items():
        mark = "<- weighted baseline" if f == weighted_fastest else ""
        print(f"    {f:<16} {h.spread(secs):<52} {mark}", flush=True)
        print(f"    {'':<16} {weighted_descriptions.get(f, '')}; plan: {' / '.join(weighted_baselines[0]['plans'][f])}")

    result: dict[str, Any] = {
        "sizes": asdict(sizes),
        "database": {k: built[k] for k in ("seconds", "bytes", "counts", "prospects", "subsidiaries")},
        "as_of": as_of.isoformat(),
        "window_start_exclusive": start.isoformat(),
        "baseline_formulation": fastest,
        "baseline_s": baseline_s,
        "baseline_median_s": base,
        "formulations_s": samples,
        "formulation_plans": baselines[0]["plans"],
        "baseline_figures": figures,
        "weighted_baseline_formulation": weighted_fastest,
        "weighted_baseline_s": weighted_base_s,
        "weighted_baseline_median_s": weighted_base,
        "weighted_formulations_s": weighted_samples,
        "weighted_formulation_plans": weighted_baselines[0]["plans"],
        "weighted_baseline_figures": wf,
        "target_ratio": RATIO_TARGET,
        "app_available": app_ready,
        "app_missing": None if app_ready else api["missing"],
        "models": {},
        "peak_rss_mb": {"bare SQL child (all formulations)": h.median([_peak(b) for b in baselines])},
        "sqlite": baselines[0]["sqlite"],
    }
    if not app_ready:
        h.line("app side", f"not run: {api['missing']}")
        return result

    app_digests = {child(["app-figures", str(db), *dates], "app-figures")["figures_digest"]}
    if app_digests != weighted_digests:
        raise h.BenchError(f"the app read other figures than the weighted bare SQL: {app_digests} vs {weighted_digests}")
    h.line("the app's figures for the weighted model", "the same as the bare SQL's (hash)")

    # -- the table: previews against the baselines ----------------------------------------------------
    # Each model against the bare SQL of the figures it reads: Pareto and RFM read the orders
    # only (the orders baseline); the weighted model reads more (its own baseline). The ratio
    # to the orders baseline is shown for every model.
    print()
    header = (
        f"    {'model':<9} {'preview (median)':>17} {'min':>11} {'max':>11} {'x own bare SQL':>15}  target  verdict"
        f"  {'x orders SQL':>12}"
    )
    print(header)
    print("    " + "-" * (len(header) - 4))
    for m in MODELS:
        secs = [r["seconds"] for r in previews[m]]
        own = weighted_base if m == "weighted" else base
        ratio = h.median(secs) / own
        met = ratio <= RATIO_TARGET
        result["models"][m] = {
            "preview_s": secs,
            "preview_median_s": h.median(secs),
            "baseline": "weighted" if m == "weighted" else "orders",
            "ratio": ratio,
            "ratio_to_orders_baseline": h.median(secs) / base,
            "met": met,
            "preview": previews[m][0]["preview"],
        }
        print(
            f"    {m:<9} {h.ms(h.median(secs)):>17} {h.ms(min(secs)):>11} {h.ms(max(secs)):>11} "
            f"{ratio:>14.2f}x  <= {RATIO_TARGET:.0f}x   {h.verdict(met, quick)}  {h.median(secs) / base:>11.2f}x",
            flush=True,
        )
    print(
        f"    {'bare SQL':<9} {h.ms(base):>17} {h.ms(min(baseline_s)):>11} {h.ms(max(baseline_s)):>11}"
        f"  (orders: {fastest})"
    )
    print(
        f"    {'bare SQL':<9} {h.ms(weighted_base):>17} {h.ms(min(weighted_base_s)):>11} "
        f"{h.ms(max(weighted_base_s)):>11}  (weighted: {weighted_fastest})"
    )
    for m in MODELS:
        splits = [r["split_s"] for r in previews[m] if "split_s" in r]
        if len(splits) == len(previews[m]):
            parts = {name: h.median([s[name] for s in splits]) for name in splits[0]}
            result["models"][m]["split_median_s"] = parts
            h.line(f"  {m}: of which", ", ".join(f"{name} {h.ms(v)}" for name, v in parts.items()))
    for m in MODELS:
        p = result["models"][m]["preview"]
        tiers = ", ".join(f"{t} {c:,}" for t, c in p.get("tiers", {}).items())
        h.line(f"  {m}: results in the preview", f"{p['results']:,} ({tiers})" if "results" in p else str(p))
    h.line("database unchanged by the previews", "yes" if db_untouched else "NO (size or mtime changed)")

    # -- apply, each run on a fresh copy ------------------------------------------------------------
    print(f"\n  5b. Apply (first apply on the store: tiers and one history row per classified entity), {n} runs")
    copy = folder / "apply.sqlite"
    applies: dict[str, list[dict[str, Any]]] = {m: [] for m in MODELS}
    for rep in range(n):
        for m in MODELS:
            _copy_database(db, copy)
            applies[m].append(child(["apply", str(copy), *dates, "--model", m], "apply"))
            _remove(copy)
        print(
            f"  … repetition {rep + 1}/{n}: " + ", ".join(f"{m} {h.ms(applies[m][-1]['seconds'])}" for m in MODELS),
            flush=True,
        )
    for m in MODELS:
        secs = [r["seconds"] for r in applies[m]]
        last = applies[m][-1]
        result["models"][m].update(
            apply_s=secs,
            apply_median_s=h.median(secs),
            applied=last["applied"],
            history_rows=last["history_rows"],
            accounts_with_tier=last["accounts_with_tier"],
        )
        h.line(
            f"apply {m}",
            f"{h.spread(secs)}; {last['history_rows']:,} history rows, {last['accounts_with_tier']:,} accounts tiered",
        )

    result["peak_rss_mb"].update({f"preview {m}": h.median([_peak(r) for r in previews[m]]) for m in MODELS})
    result["peak_rss_mb"].update({f"apply {m}": h.median([_peak(r) for r in applies[m]]) for m in MODELS})
    for name, value in result["peak_rss_mb"].items():
        h.line(f"peak RSS (VmHWM): {name}", f"{value:,.1f} MB")
    idle = h.median([r["before_kb"] for r in previews[MODELS[0]]]) * 1024 / 1e6
    print(
        "  note: peaks of the child processes, interpreter and imports included (a preview child with the "
        f"store open and the settings loaded: {idle:,.0f} MB before the clock). 1 MB = 10^6 bytes."
    )
    result["reports"] = {"baseline": baselines, "preview": previews, "apply": applies}
    return result


def _descriptions() -> dict[str, str]:
    import tiers_child

    return tiers_child.DESCRIPTIONS


def _weighted_descriptions() -> dict[str, str]:
    import tiers_child

    return tiers_child.WEIGHTED_DESCRIPTIONS


def summary(result: dict[str, Any], quick: bool, h: ModuleType) -> None:
    """The section's lines in the suite's summary."""
    s = result["sizes"]
    base = result["baseline_median_s"]
    h.line(
        f"tiers: bare SQL, {s['accounts']:,} acc / {s['transactions']:,} tx",
        f"{h.ms(base)} ({result['baseline_formulation']}); for the weighted model's figures "
        f"{h.ms(result['weighted_baseline_median_s'])} ({result['weighted_baseline_formulation']})",
    )
    if not result["app_available"]:
        h.line("tiers: preview / apply", f"not run, the app side is missing: {result['app_missing']}")
        return
    for m, r in result["models"].items():
        h.line(
            f"tiers: {m} preview vs its bare SQL ({r['baseline']})",
            f"{h.ms(r['preview_median_s'])} = {r['ratio']:.2f}x (target <= {RATIO_TARGET:.0f}x) "
            f"{h.verdict(r['met'], quick)}; {r['ratio_to_orders_baseline']:.2f}x the orders SQL; "
            f"apply {h.ms(r['apply_median_s'])}",
        )
