"""Each fact's index terms, kept beside it so that a start need not segment it again.

They are kept as compact JSON text and decoded one fact at a time while an index is built:
for 20k facts the text is 13 MB, and decoding it all at once took another 68 MB (tracemalloc).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hetao_brief.facts import Fact
from hetao_brief.store.database import insert_rows
from hetao_brief.store.tables import FactTermsRow


def encode_terms(terms: Mapping[str, float]) -> str:
    return json.dumps(terms, ensure_ascii=False, separators=(",", ":"))


def decode_terms(encoded: str) -> dict[str, float]:
    terms: dict[str, float] = json.loads(encoded)
    return terms


def terms_from(kept: Mapping[str, str]) -> Callable[[Fact, str, str], dict[str, float]]:
    """The index's source of terms (`search.index.TermSource`) for facts whose terms are kept:
    each fact's decoded when the index build reaches it."""
    return lambda fact, _label, _text: decode_terms(kept[fact.id])


class TermRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def kept(self, analysis: str) -> dict[str, str]:
        """Fact id → encoded terms, for the facts whose terms the analyzer with this
        fingerprint made."""
        rows = self._session.execute(
            select(FactTermsRow.fact_id, FactTermsRow.terms).where(FactTermsRow.analysis == analysis)
        )
        return {fact_id: terms for fact_id, terms in rows}

    def replace(self, analysis: str, encoded: Mapping[str, str]) -> None:
        """Keep exactly these terms, inside the caller's transaction; the facts must be
        stored already."""
        self._session.execute(delete(FactTermsRow))
        rows = [{"fact_id": fact_id, "analysis": analysis, "terms": terms} for fact_id, terms in encoded.items()]
        insert_rows(self._session, FactTermsRow, rows)
