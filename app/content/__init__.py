"""The content bank: the policy guide as versioned, validated data (see docs/content.md)."""

from app.content.bank import (
    CATEGORIES,
    CRIMINAL,
    CSEC,
    LABOR,
    AtRiskIndicator,
    ContentBank,
    Item,
    Procedure,
    RedFlag,
    Section,
    Step,
    Subcategory,
)
from app.content.loader import ContentError, content_version, load_content

__all__ = [
    "CATEGORIES",
    "CRIMINAL",
    "CSEC",
    "LABOR",
    "AtRiskIndicator",
    "ContentBank",
    "ContentError",
    "Item",
    "Procedure",
    "RedFlag",
    "Section",
    "Step",
    "Subcategory",
    "content_version",
    "load_content",
]
