"""One review-ready store per test module: building it takes a couple of seconds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.review.data import ReviewData, review_store


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewData]:
    data = review_store(tmp_path_factory.mktemp("review"))
    yield data
    data.store.close()
