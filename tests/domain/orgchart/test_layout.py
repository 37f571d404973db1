from __future__ import annotations

import random
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.orgchart import LayoutOptions, Placement, bounds, tidy_layout

OPTIONS = LayoutOptions()
STEP = OPTIONS.card_width + OPTIONS.sibling_gap  # 204: centre to centre of neighbouring cards
LEVEL = OPTIONS.card_height + OPTIONS.level_gap  # 120
EPS = 1e-6


def xs(layout: dict[int, Placement]) -> dict[int, float]:
    return {node_id: p.x for node_id, p in layout.items()}


def children_of(parent_of: dict[int, int | None]) -> dict[int, list[int]]:
    """Reports of each manager, ascending by id (the layout's default order)."""
    kids: dict[int, list[int]] = defaultdict(list)
    for node_id in sorted(parent_of):
        manager = parent_of[node_id]
        if manager is not None and manager in parent_of:
            kids[manager].append(node_id)
    return kids


# ── hand-checked cases ────────────────────────────────────────────────────


def test_an_empty_chart_has_no_cards() -> None:
    assert tidy_layout({}) == {}
    assert bounds({}, OPTIONS) == (0.0, 0.0, 0.0, 0.0)


def test_a_single_person_sits_at_the_origin() -> None:
    assert tidy_layout({7: None}) == {7: Placement(7, 0.0, 0.0, 0)}


def test_one_report_sits_right_below_the_manager() -> None:
    layout = tidy_layout({1: None, 2: 1})
    assert layout == {1: Placement(1, 0.0, 0.0, 0), 2: Placement(2, 0.0, LEVEL, 1)}


def test_two_reports_are_one_step_apart_with_the_manager_between() -> None:
    assert xs(tidy_layout({1: None, 2: 1, 3: 1})) == {1: 102.0, 2: 0.0, 3: 204.0}


def test_three_reports_put_the_manager_over_the_middle_one() -> None:
    layout = tidy_layout({1: None, 2: 1, 3: 1, 4: 1})
    assert xs(layout) == {1: 204.0, 2: 0.0, 3: 204.0, 4: 408.0}
    assert [layout[i].y for i in (1, 2, 3, 4)] == [0.0, LEVEL, LEVEL, LEVEL]


def test_a_small_report_between_two_teams_is_centred_between_them() -> None:
    # 1 ─┬─ 2 ─┬─ 5
    #    │     └─ 6
    #    ├─ 3
    #    └─ 4 ─┬─ 7
    #          └─ 8
    layout = tidy_layout({1: None, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 4, 8: 4})
    assert xs(layout) == {1: 306.0, 2: 102.0, 3: 306.0, 4: 510.0, 5: 0.0, 6: 204.0, 7: 408.0, 8: 612.0}


def test_small_reports_between_two_teams_are_spread_evenly() -> None:
    # Two teams of four with two single people between them: the teams touch
    # on the lower level, and the two people share the room above evenly.
    parent_of: dict[int, int | None] = {1: None, 2: 1, 3: 1, 4: 1, 5: 1}
    parent_of.update({10 + k: 2 for k in range(4)})
    parent_of.update({20 + k: 5 for k in range(4)})
    x = xs(tidy_layout(parent_of))
    assert [x[10 + k] for k in range(4)] == [0.0, 204.0, 408.0, 612.0]
    assert [x[20 + k] for k in range(4)] == [816.0, 1020.0, 1224.0, 1428.0]
    assert (x[2], x[5]) == (306.0, 1122.0)
    assert x[3] == pytest.approx(306.0 + 816.0 / 3)
    assert x[4] == pytest.approx(306.0 + 2 * 816.0 / 3)
    assert x[1] == 714.0


def test_separate_trees_stand_side_by_side_with_the_root_gap_between() -> None:
    layout = tidy_layout({1: None, 2: 1, 3: 1, 4: None})
    # The first tree is 204 + 180 wide; the second starts root_gap further on.
    assert xs(layout) == {1: 102.0, 2: 0.0, 3: 204.0, 4: 384.0 + 48.0}
    assert bounds(layout, OPTIONS) == (0.0, 0.0, 432.0 + 180.0, LEVEL + 64.0)


def test_options_change_the_geometry() -> None:
    options = LayoutOptions(card_width=100.0, card_height=40.0, sibling_gap=10.0, level_gap=20.0, root_gap=30.0)
    layout = tidy_layout({1: None, 2: 1, 3: 1, 4: None}, options)
    assert layout[1] == Placement(1, 55.0, 0.0, 0)
    assert layout[3] == Placement(3, 110.0, 60.0, 1)
    assert layout[4].x == 210.0 + 30.0


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        LayoutOptions(card_width=0.0)
    with pytest.raises(ValueError, match="negative"):
        LayoutOptions(sibling_gap=-1.0)


def test_reports_follow_the_order_callable() -> None:
    names = {2: "Zhou", 3: "Adams", 4: "Meyer"}
    layout = tidy_layout({1: None, 2: 1, 3: 1, 4: 1}, order=lambda i: names.get(i, ""))
    assert sorted((3, 4, 2), key=lambda i: layout[i].x) == [3, 4, 2]
    assert xs(layout) == {1: 204.0, 3: 0.0, 4: 204.0, 2: 408.0}


def test_trees_follow_the_order_callable_too() -> None:
    layout = tidy_layout({1: None, 2: None}, order=lambda i: -i)
    assert (layout[2].x, layout[1].x) == (0.0, 228.0)


def test_a_manager_missing_from_the_chart_makes_a_root() -> None:
    layout = tidy_layout({1: None, 2: 1, 3: 99})
    assert layout[3].depth == 0
    assert layout[3].y == 0.0
    assert layout[3].x == 180.0 + 48.0  # the tree of 1 is one card wide


def test_a_chain_of_100_000_people_is_one_vertical_line() -> None:
    n = 100_000
    parent_of: dict[int, int | None] = {i: (i - 1 if i else None) for i in range(n)}
    layout = tidy_layout(parent_of)
    assert len(layout) == n
    assert {p.x for p in layout.values()} == {0.0}
    assert all(layout[i].depth == i and layout[i].y == i * LEVEL for i in range(n))


def test_a_cycle_ends_and_its_lowest_id_becomes_the_root() -> None:
    # 5 → 3 → 4 → 5 loops; 6 reports to 4; 1 stands alone.
    layout = tidy_layout({1: None, 3: 4, 4: 5, 5: 3, 6: 4})
    assert set(layout) == {1, 3, 4, 5, 6}
    assert layout[3].depth == 0
    assert (layout[5].depth, layout[4].depth, layout[6].depth) == (1, 2, 3)


def test_a_person_who_reports_to_themselves_is_a_root() -> None:
    assert tidy_layout({1: 1, 2: 1}) == tidy_layout({1: None, 2: 1})


# ── properties over random forests ────────────────────────────────────────


@st.composite
def forests(draw: st.DrawFn, max_size: int = 60) -> dict[int, int | None]:
    """Node i reports to one of nodes 0..i-1 or to nobody; ids are shuffled so id order is not build order."""
    n = draw(st.integers(min_value=1, max_value=max_size))
    parents = [draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None for i in range(n)]
    ids = draw(st.permutations(range(n)))
    return {ids[i]: (None if p is None else ids[p]) for i, p in enumerate(parents)}


def assert_tidy(parent_of: dict[int, int | None], layout: dict[int, Placement], options: LayoutOptions) -> None:
    assert set(layout) == set(parent_of)
    assert min(p.x for p in layout.values()) == 0.0
    for p in layout.values():
        assert p.y == p.depth * (options.card_height + options.level_gap)
    by_level: dict[int, list[float]] = defaultdict(list)
    for p in layout.values():
        by_level[p.depth].append(p.x)
    least_gap = min(options.sibling_gap, options.root_gap)
    for row in by_level.values():
        row.sort()
        for a, b in zip(row, row[1:], strict=False):
            assert b - a >= options.card_width + least_gap - EPS
    half = options.card_width / 2
    for manager, kids in children_of(parent_of).items():
        kids = [k for k in kids if layout[k].depth == layout[manager].depth + 1]  # cycle edges are cut
        if not kids:
            continue
        centre = layout[manager].x + half
        assert centre == pytest.approx((layout[kids[0]].x + layout[kids[-1]].x) / 2 + half, abs=EPS)
        for a, b in zip(kids, kids[1:], strict=False):
            assert layout[b].x - layout[a].x >= options.card_width + options.sibling_gap - EPS


@given(forests())
def test_random_forests_are_tidy(parent_of: dict[int, int | None]) -> None:
    assert_tidy(parent_of, tidy_layout(parent_of), OPTIONS)


@given(
    forests(),
    st.builds(
        LayoutOptions,
        card_width=st.floats(1.0, 300.0),
        card_height=st.floats(1.0, 100.0),
        sibling_gap=st.floats(0.0, 80.0),
        level_gap=st.floats(0.0, 80.0),
        root_gap=st.floats(0.0, 120.0),
    ),
)
def test_random_forests_are_tidy_with_any_sizes(parent_of: dict[int, int | None], options: LayoutOptions) -> None:
    assert_tidy(parent_of, tidy_layout(parent_of, options), options)


@given(forests(), st.randoms(use_true_random=False))
def test_the_same_chart_gives_the_same_layout(parent_of: dict[int, int | None], rnd: random.Random) -> None:
    items = list(parent_of.items())
    rnd.shuffle(items)
    assert tidy_layout(dict(items)) == tidy_layout(parent_of) == tidy_layout(parent_of)


@given(forests())
def test_a_team_of_single_people_is_packed_one_step_apart(parent_of: dict[int, int | None]) -> None:
    layout = tidy_layout(parent_of)
    kids = children_of(parent_of)
    for team in kids.values():
        if all(k not in kids for k in team):
            assert [layout[k].x - layout[team[0]].x for k in team] == pytest.approx(
                [i * STEP for i in range(len(team))]
            )


@given(forests())
def test_the_last_report_touches_the_team_to_its_left(parent_of: dict[int, int | None]) -> None:
    # Compactness: no report's subtree could move left without coming closer
    # than one step to the subtrees of the reports before it.
    layout = tidy_layout(parent_of)
    kids = children_of(parent_of)

    def extent(root: int, leftmost: bool) -> dict[int, float]:
        edge: dict[int, float] = {}
        stack = [root]
        while stack:
            v = stack.pop()
            p = layout[v]
            edge[p.depth] = (min if leftmost else max)(edge.get(p.depth, p.x), p.x)
            stack.extend(kids.get(v, []))
        return edge

    for team in kids.values():
        if len(team) < 2:
            continue
        right: dict[int, float] = {}
        for k in team[:-1]:
            for depth, x in extent(k, leftmost=False).items():
                right[depth] = max(right.get(depth, x), x)
        left = extent(team[-1], leftmost=True)
        assert min(left[d] - right[d] for d in left.keys() & right.keys()) == pytest.approx(STEP)


@given(forests())
def test_a_mirrored_chart_gives_the_mirrored_layout(parent_of: dict[int, int | None]) -> None:
    layout = tidy_layout(parent_of)
    mirrored = tidy_layout(parent_of, order=lambda i: -i)
    width = bounds(layout, OPTIONS)[2]
    assert bounds(mirrored, OPTIONS)[2] == pytest.approx(width)
    for node_id, p in layout.items():
        assert mirrored[node_id].x == pytest.approx(width - OPTIONS.card_width - p.x, abs=EPS)


@given(forests(), st.data())
def test_a_subtree_is_drawn_the_same_wherever_it_stands(parent_of: dict[int, int | None], data: st.DataObject) -> None:
    layout = tidy_layout(parent_of)
    top = data.draw(st.sampled_from(sorted(parent_of)))
    kids = children_of(parent_of)
    sub: dict[int, int | None] = {top: None}
    stack = [top]
    while stack:
        for k in kids.get(stack.pop(), []):
            sub[k] = parent_of[k]
            stack.append(k)
    alone = tidy_layout(sub)
    dx = layout[top].x - alone[top].x
    for node_id, p in alone.items():
        assert layout[node_id].x == pytest.approx(p.x + dx, abs=EPS)
        assert layout[node_id].depth == p.depth + layout[top].depth


@settings(max_examples=200)
@given(st.lists(st.one_of(st.none(), st.integers(0, 30)), min_size=1, max_size=30))
def test_charts_with_cycles_still_place_everyone(managers: list[int | None]) -> None:
    # Managers drawn among all ids (not only earlier ones), so loops are common.
    parent_of: dict[int, int | None] = dict(enumerate(managers))
    layout = tidy_layout(parent_of)
    assert set(layout) == set(parent_of)
    assert min(p.x for p in layout.values()) == 0.0
    assert layout == tidy_layout(parent_of)
