"""Pictures of a review pack's pages, in Chinese and in English, for people to look at.

Saved to tests/screenshots/review_<language>_p<n>.png (not committed): the pages drawn
exactly as they go into the PDF. The test checks the pages are not blank and that the
language really changed the pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from domain.review import build_review_pack
from tests.review.data import REVIEW_DAY, ReviewData
from ui import i18n
from ui.review.export import power_map_pictures, review_document

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
PAGES = 7


def _ink(image: QImage) -> int:
    """How many sampled pixels are not white."""
    small = image.scaled(120, 170)
    return sum(1 for x in range(small.width()) for y in range(small.height()) if small.pixelColor(x, y).value() < 240)


@pytest.mark.parametrize(("language", "overview"), [("zh_CN", "概览"), ("en", "Overview")])
def test_review_pack_pages(qapp, review: ReviewData, language: str, overview: str) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    translations.apply(language)
    try:
        assert QCoreApplication.translate("ReviewPack", "Overview") == overview
        pack = build_review_pack(
            review.store.unit_of_work(), review.store.tier_queries(), review.account_id, REVIEW_DAY
        )
        document = review_document(pack, power_map_pictures(pack.power_map))
        assert document.page_count() > 1
        SHOTS.mkdir(exist_ok=True)
        for index in range(min(PAGES, document.page_count())):
            image = document.page_image(index)
            path = SHOTS / f"review_{language}_p{index + 1}.png"
            assert image.save(str(path))
            assert _ink(image) > 40, f"page {index + 1} is blank"
    finally:
        translations.apply("en")
