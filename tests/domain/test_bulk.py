"""collector_paused: the cyclic garbage collector waits during bulk work."""

from __future__ import annotations

import gc

import pytest

from domain.bulk import collector_paused


@pytest.fixture
def collector_on():  # type: ignore[no-untyped-def]
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def _generation_of(thing: object) -> int | None:
    for generation in range(3):
        if any(o is thing for o in gc.get_objects(generation)):
            return generation
    return None


@pytest.mark.usefixtures("collector_on")
def test_paused_inside_nested_uses_and_running_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_stays_off_when_it_was_off() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_what_the_work_leaves_alive_goes_to_the_oldest_generation() -> None:
    with collector_paused():
        made = [[i] for i in range(1_000)]
    assert _generation_of(made) == 2
    assert gc.get_count()[0] < 100  # the young generation starts (nearly) empty: no walk over the work's objects
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_on")
def test_objects_frozen_by_the_process_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            made = [[1]]
        assert gc.get_freeze_count() == frozen
        assert _generation_of(made) in (0, 1)
    finally:
        gc.unfreeze()
