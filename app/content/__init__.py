"""The content bank: the policy guide as versioned, validated data (see docs/content.md)."""

from app.content.bank import (
    CATEGORIES,
    CRIMINAL,
    CSEC,
    LABOR,
    AtRiskIndicator,
    ContentBank,
    Item,
    Language,
    Procedure,
    RedFlag,
    Section,
    Step,
    Subcategory,
    Translation,
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
    "Language",
    "Procedure",
    "RedFlag",
    "Section",
    "Step",
    "Subcategory",
    "Translation",
    "content_version",
    "load_content",
]
