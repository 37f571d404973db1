"""Power-map words in the user's language: buying roles (and their badge
abbreviations), attitudes, relationship layers and strengths, link kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.model import Attitude, BuyingRole, LinkKind, RelationshipLayer, RelationshipStrength


def buying_role_name(role: BuyingRole | None) -> str:
    """The full name of a buying role; "role not known" for ``None``."""
    names = {
        BuyingRole.DECISION_MAKER: QCoreApplication.translate("PowerMapLabels", "Decision maker"),
        BuyingRole.ECONOMIC_BUYER: QCoreApplication.translate("PowerMapLabels", "Economic buyer"),
        BuyingRole.TECHNICAL_BUYER: QCoreApplication.translate("PowerMapLabels", "Technical buyer"),
        BuyingRole.USER: QCoreApplication.translate("PowerMapLabels", "User"),
        BuyingRole.COACH: QCoreApplication.translate("PowerMapLabels", "Coach"),
        BuyingRole.GATEKEEPER: QCoreApplication.translate("PowerMapLabels", "Gatekeeper"),
        BuyingRole.INFLUENCER: QCoreApplication.translate("PowerMapLabels", "Influencer"),
    }
    if role is None:
        return QCoreApplication.translate("PowerMapLabels", "Role not known")
    return names.get(role, role.value)


def buying_role_badge(role: BuyingRole) -> str:
    """The one- or two-letter badge a card shows for a buying role."""
    badges = {
        # Translators: badge on a card, 1-2 characters, for "Decision maker".
        BuyingRole.DECISION_MAKER: QCoreApplication.translate("PowerMapLabels", "DM"),
        BuyingRole.ECONOMIC_BUYER: QCoreApplication.translate("PowerMapLabels", "EB"),
        BuyingRole.TECHNICAL_BUYER: QCoreApplication.translate("PowerMapLabels", "TB"),
        BuyingRole.USER: QCoreApplication.translate("PowerMapLabels", "U"),
        BuyingRole.COACH: QCoreApplication.translate("PowerMapLabels", "C"),
        BuyingRole.GATEKEEPER: QCoreApplication.translate("PowerMapLabels", "G"),
        BuyingRole.INFLUENCER: QCoreApplication.translate("PowerMapLabels", "I"),
    }
    return badges.get(role, role.value[:2].upper())


def attitude_name(attitude: Attitude | None) -> str:
    """The name of an attitude towards us; "attitude not known" for ``None``."""
    names = {
        Attitude.OPPONENT: QCoreApplication.translate("PowerMapLabels", "Opponent"),
        Attitude.SCEPTIC: QCoreApplication.translate("PowerMapLabels", "Sceptic"),
        Attitude.NEUTRAL: QCoreApplication.translate("PowerMapLabels", "Neutral"),
        Attitude.SUPPORTER: QCoreApplication.translate("PowerMapLabels", "Supporter"),
        Attitude.CHAMPION: QCoreApplication.translate("PowerMapLabels", "Champion"),
    }
    if attitude is None:
        return QCoreApplication.translate("PowerMapLabels", "Attitude not known")
    return names.get(attitude, str(int(attitude)))


def layer_name(layer: RelationshipLayer | None) -> str:
    """The name of a relationship layer (key person, broad, organisational)."""
    names = {
        RelationshipLayer.KEY_PERSON: QCoreApplication.translate("PowerMapLabels", "Key-person relationship"),
        RelationshipLayer.BROAD: QCoreApplication.translate("PowerMapLabels", "Broad relationship"),
        RelationshipLayer.ORGANISATIONAL: QCoreApplication.translate("PowerMapLabels", "Organisational relationship"),
    }
    if layer is None:
        return QCoreApplication.translate("PowerMapLabels", "Layer not known")
    return names.get(layer, layer.value)


def strength_name(strength: RelationshipStrength | None) -> str:
    """The name of how strong our relationship with a contact is."""
    names = {
        RelationshipStrength.NONE: QCoreApplication.translate("PowerMapLabels", "No relationship"),
        RelationshipStrength.WEAK: QCoreApplication.translate("PowerMapLabels", "Weak"),
        RelationshipStrength.WORKING: QCoreApplication.translate("PowerMapLabels", "Working"),
        RelationshipStrength.STRONG: QCoreApplication.translate("PowerMapLabels", "Strong"),
        RelationshipStrength.TRUSTED: QCoreApplication.translate("PowerMapLabels", "Trusted"),
    }
    if strength is None:
        return QCoreApplication.translate("PowerMapLabels", "Strength not known")
    return names.get(strength, str(int(strength)))


def link_kind_name(kind: LinkKind) -> str:
    """The name of an informal link between two contacts."""
    names = {
        LinkKind.INFLUENCE: QCoreApplication.translate("PowerMapLabels", "Influences"),
        LinkKind.CONFLICT: QCoreApplication.translate("PowerMapLabels", "In conflict with"),
    }
    return names.get(kind, kind.value)
