"""Org chart (组织架构图): where each contact's card goes, following reporting lines.

Pure Python over ``{contact_id: reports_to_id | None}``; the UI draws cards at
the :class:`Placement` positions that :func:`tidy_layout` returns.
"""

from __future__ import annotations

from domain.orgchart.layout import LayoutOptions, Placement, bounds, tidy_layout

__all__ = ["LayoutOptions", "Placement", "bounds", "tidy_layout"]
