"""Timing of the org chart's tidy tree layout (``domain.orgchart.tidy_layout``).

The layout promises linear time, so the cost per person should stay about the
same from 2,000 to 200,000 people. Charts are random but realistic and
deterministic (seeded): a handful of separate trees (people whose manager is
unknown), managers with 2-8 reports and now and then a wide team of 20-60
(a call centre, a sales floor), ids shuffled so that id order is not the order
the chart was built in. The clock covers ``tidy_layout`` alone (including its
one sort of the ids); the median of 5 runs is shown (3 for 200,000).

Usage::

    .venv/bin/python tests/benchmarks/orgchart_layout.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from domain.orgchart import tidy_layout  # noqa: E402

SIZES = ((2_000, 5), (20_000, 5), (200_000, 3))


def random_org(size: int, seed: int, *, shuffle_ids: bool = True) -> dict[int, int | None]:
    """A forest of ``size`` people: several trees, teams of 2-8, some wide teams.

    Without ``shuffle_ids`` the ids follow the order the chart was built in
    (breadth first), so neighbours in the chart are neighbours in memory.
    """
    rnd = random.Random(seed)
    ids = list(range(1, size + 1))
    if shuffle_ids:
        rnd.shuffle(ids)
    roots = min(size, rnd.randint(3, 8))
    parent_of: dict[int, int | None] = {ids[k]: None for k in range(roots)}
    managers = deque(ids[:roots])
    k = roots
    while k < size:
        manager = managers.popleft()
        team = rnd.randint(20, 60) if rnd.random() < 0.03 else rnd.randint(2, 8)
        for _ in range(min(team, size - k)):
            parent_of[ids[k]] = manager
            # Not every report manages someone: about half stay individual contributors.
            if rnd.random() < 0.5:
                managers.append(ids[k])
            k += 1
        if not managers:  # every branch ended early: start the queue again from the last team
            managers.append(ids[k - 1])
    return parent_of


def depth_of(parent_of: dict[int, int | None]) -> int:
    layout = tidy_layout(parent_of)
    return max(p.depth for p in layout.values()) + 1


def main() -> None:
    # Shuffled ids are the realistic case; ids in build order show how much of
    # the growth per person at 200,000 is memory locality (cache misses on
    # scattered list entries) rather than work: the algorithm's steps per
    # person are the same in both.
    print(f"{'ids':>8} {'people':>8} {'levels':>6} {'runs':>4} {'median ms':>10} {'µs/person':>10}")
    for shuffle_ids in (True, False):
        for size, runs in SIZES:
            parent_of = random_org(size, seed=size, shuffle_ids=shuffle_ids)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                tidy_layout(parent_of)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            kind = "shuffled" if shuffle_ids else "in order"
            print(
                f"{kind:>8} {size:>8,} {depth_of(parent_of):>6} {runs:>4} "
                f"{median * 1e3:>10.1f} {median * 1e6 / size:>10.2f}"
            )

    size = 200_000
    chain: dict[int, int | None] = {i: (i - 1 if i else None) for i in range(size)}
    start = time.perf_counter()
    tidy_layout(chain)
    elapsed = time.perf_counter() - start
    print(f"degenerate chain of {size:,}: {elapsed * 1e3:.1f} ms ({elapsed * 1e6 / size:.2f} µs/person)")


if __name__ == "__main__":
    main()
