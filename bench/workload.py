"""Deterministic, seeded workloads built from the real corpus.

Scaled facts recombine the real extracted facts: each copy keeps the sentence's shape but
swaps in other entities of the domain, other numbers and other years (in its label as in its
sentence, so that the label still names what the sentence says), and gets a synthetic
article of its own, so the index grows the way a larger corpus would (more documents sharing a
vocabulary), not by exact duplicates. Queries are two- and three-word combinations of the same
vocabulary, in 简体, 繁體 and English.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import replace
from pathlib import Path

import jieba

from hetao_brief.corpus import read_corpus
from hetao_brief.extract import Extractor
from hetao_brief.facts import Article, Fact, Source
from hetao_brief.text.lexicon import AliasGroup, Lexicon
from hetao_brief.text.normalize import fold, to_traditional
from hetao_brief.text.segment import Segmenter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
LEXICON = ROOT / "data" / "lexicon"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"20[0-3]\d年")


def real_articles() -> list[Article]:
    return list(read_corpus(CORPUS).articles)


def real_facts(lexicon: Lexicon, segmenter: Segmenter | None = None) -> list[Fact]:
    """The facts of the bundled corpus; pass the process's segmenter to avoid loading jieba's
    dictionary a second time (about 65 MB)."""
    return Extractor(lexicon, segmenter or Segmenter(lexicon)).extract(real_articles())


def scaled_facts(facts: list[Fact], lexicon: Lexicon, size: int, seed: int = 7) -> list[Fact]:
    rng = random.Random(seed)
    entities = sorted({name for name in lexicon.chinese_names() if len(name) >= 3})
    scaled: list[Fact] = []
    for i in range(size):
        base = facts[i % len(facts)]
        if i < len(facts):
            scaled.append(base)
            continue
        text, label = _varied(base, lexicon, entities, rng)
        article = sys.intern(f"syn{i // 40:05d}")  # one id per article, as its facts share it
        scaled.append(replace(base, text=text, label=label, sources=(Source(article, i % 40, text),), id=f"s{i:07d}"))
    return scaled


def _varied(fact: Fact, lexicon: Lexicon, entities: list[str], rng: random.Random) -> tuple[str, str]:
    """The fact's sentence and label with up to two entities, its short numbers and its years
    swapped, the same swaps in both, so that the label still names what the sentence says."""
    text, label = fact.text, fact.label
    mentioned: dict[str, tuple[str, AliasGroup]] = {}  # each entity once, by the name written first
    for name, group in lexicon.names_in(text):
        if group.is_entity:
            mentioned.setdefault(group.id, (name, group))
    for name, group in list(mentioned.values())[:2]:
        other = rng.choice(entities)
        text = text.replace(name, other, 1)
        named = next((n for n in sorted(group.zh, key=len, reverse=True) if n in label), None)
        label = label.replace(named, other, 1) if named else label
    numbers: dict[str, str] = {}
    years: dict[str, str] = {}

    def number(match: re.Match[str]) -> str:
        found = match.group()
        return found if len(found) >= 4 else numbers.setdefault(found, str(rng.randint(1, 999)))

    def year(match: re.Match[str]) -> str:
        return years.setdefault(match.group(), f"{rng.randint(2015, 2035)}年")

    text = _YEAR.sub(year, _NUMBER.sub(number, text))
    return text, _YEAR.sub(year, _NUMBER.sub(number, label))


def scaled_articles(articles: list[Article], count: int, seed: int = 11) -> list[Article]:
    """`count` articles built from the real articles' paragraphs, shuffled per article."""
    rng = random.Random(seed)
    paragraphs = [p for a in articles for p in a.body.split("\n") if len(p.strip()) > 10]
    built = []
    for i in range(count):
        base = articles[i % len(articles)]
        body = "\n\n".join(rng.sample(paragraphs, k=min(12, len(paragraphs))))
        built.append(
            replace(base, id=f"bench_{i:05d}", title=f"{base.title}（{i}）", body=body, file=f"bench_{i:05d}.md")
        )
    return built


def queries(facts: list[Fact], lexicon: Lexicon, count: int = 300, seed: int = 3) -> list[str]:
    """Two- and three-word queries: a third 简体, a third 繁體, a third English. The words are
    the facts' words as jieba's own dictionary cuts them, and the lexicon's names: not our
    segmenter's, so that a change to it does not change the workload it is measured on."""
    rng = random.Random(seed)
    words = sorted(
        {t for f in facts for t in jieba.cut_for_search(fold(f.text)) if len(t) >= 2 and not t.isascii()}
        | {n for n in lexicon.chinese_names() if 2 <= len(n) <= 8}
    )
    english = sorted(k for k in lexicon.glossary if k.isascii() and " " not in k.strip())
    made: list[str] = []
    for i in range(count):
        n = 2 + (i % 2)
        if i % 3 == 2 and english:
            made.append(" ".join(rng.sample(english, k=min(n, len(english)))))
            continue
        text = "".join(rng.sample(words, k=n))
        made.append(to_traditional(text) if i % 3 == 1 else text)
    return made
