"""Phrase signatures never rule out a text that holds the phrase, and do rule out most others."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hetao_brief.search.phrases import signature, signatures
from hetao_brief.service import Briefing

CHARS = "河套深港科技创新合作区园面积平方公里@hetao 0123𠀀𡈽"  # two beyond the BMP, whose codes fold


def may_contain(rows: npt.NDArray[np.uint64], phrase: str) -> npt.NDArray[np.bool_]:
    """The ranker's rule (search/_rank.c): a text may hold the phrase only if its signature has
    every bit of the phrase's."""
    wanted = np.frombuffer(signature(phrase), dtype=np.uint64)
    return np.asarray(((rows & wanted) == wanted).all(axis=1))


@settings(max_examples=300)
@given(st.lists(st.text(CHARS, max_size=40), max_size=20), st.text(CHARS, min_size=1, max_size=8))
def test_a_text_holding_the_phrase_is_never_ruled_out(texts: list[str], phrase: str) -> None:
    maybe = may_contain(signatures(texts), phrase)
    assert all(maybe[i] for i, text in enumerate(texts) if phrase in text)


@given(st.text(CHARS, max_size=12))
def test_a_phrase_signature_is_its_text_signature_row(phrase: str) -> None:
    """Worked out in plain Python for the query, with arrays for the facts: the same bits."""
    assert signature(phrase) == signatures([phrase])[0].tobytes()


def test_texts_without_the_phrase_are_mostly_ruled_out(loaded_texts: list[str]) -> None:
    rows = signatures(loaded_texts)
    for phrase in ["深港科技创新合作区", "科技人才", "法定图则"]:
        holding = np.array([phrase in text for text in loaded_texts])
        maybe = may_contain(rows, phrase)
        assert maybe[holding].all()
        # what passes without the phrase mostly holds its bigrams apart (科技人员…人才)
        assert maybe[~holding].mean() < 0.2, phrase


@pytest.fixture(scope="module")
def loaded_texts(loaded: Briefing) -> list[str]:
    return [f.text for f in loaded.snapshot.facts]
