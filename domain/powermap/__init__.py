"""Power map (权力地图): the people inside an account as we see them.

:class:`PowerMap` is what the org chart and the power grid draw: the contacts of
one account (or of every account under a node of the customer tree), the
informal links between them, and the names the cards show beside the ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.model import Contact, ContactLink


@dataclass(slots=True)
class PowerMap:
    """Everything needed to draw one account's (or one group's) people.

    ``contacts`` may name managers outside the map (a reports-to into another
    group): such contacts are drawn as roots. ``last_contact`` is the later of
    the date entered on the contact and its latest interaction, per contact id.
    """

    account_id: int
    whole_group: bool
    contacts: list[Contact] = field(default_factory=list)
    links: list[ContactLink] = field(default_factory=list)
    owner_names: dict[int, str] = field(default_factory=dict)  # team member id -> name
    account_names: dict[int, str] = field(default_factory=dict)  # account id -> name
    last_contact: dict[int, date] = field(default_factory=dict)  # contact id -> date
