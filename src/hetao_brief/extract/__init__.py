"""Article → facts: sentences, dates, quantities, then milestones, policies, figures and
entities, merged across articles. Deterministic: rules, the lexicon, jieba and cn2an.

`Extractor` is imported when first asked for: its rules take a quarter of a second to compile,
which a process that only answers questions (the CLI's `ask`, a webhook worker) never needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hetao_brief.extract.pipeline import Extractor

__all__ = ["Extractor"]


def __getattr__(name: str) -> object:
    if name == "Extractor":
        from hetao_brief.extract.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
