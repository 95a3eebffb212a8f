"""What a search returns to any front end: facts rendered in the reader's script, each with
its date and the articles it came from. Transport-free: the CLI prints it as JSON, the
conversation layer formats it for chat."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from hetao_brief.facts import Fact, FactKind, Source
from hetao_brief.text.normalize import Script, fold, simplify, to_script, to_traditional


class SourceRef(NamedTuple):
    article_id: str
    title: str
    published: str
    sentence_index: int
    outlet: str = ""
    url: str | None = None


class Result(NamedTuple):
    """Named tuples, this and SourceRef: every query makes ten or so, and a frozen dataclass's
    __init__ cost about a microsecond each, a fifth of a query on a small index."""

    fact_id: str
    kind: FactKind
    label: str
    text: str
    date: str | None
    is_target: bool
    sources: tuple[SourceRef, ...]
    score: float
    detail: str = ""
    """A policy's amounts its shown sentence does not say (最高1亿元, told in another sentence)."""
    telling: str = ""
    """Another article's sentence telling the same fact, where it holds more of what was asked."""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.fact_id,
            "kind": self.kind.value,
            "label": self.label,
            "text": self.text,
            "date": self.date,
            "target": self.is_target,
            "sources": [
                {"article": s.article_id, "title": s.title, "published": s.published, "sentence": s.sentence_index}
                for s in self.sources
            ],
            "score": round(self.score, 4),
            "detail": self.detail,
            "telling": self.telling,
        }


@dataclass(frozen=True)
class Answer:
    query: str
    script: Script
    results: tuple[Result, ...]
    suggestions: tuple[str, ...] = ()
    offset: int = 0
    """How many better-ranked results came before these (pagination)."""
    has_more: bool = False
    total: int = 0
    """Results in all (this page and the others)."""
    summary: str | None = None
    """For an English question: the top fact said in one English line (english.py), if it can be."""

    def as_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "script": self.script.value,
            "summary": self.summary,
            "results": [r.as_json() for r in self.results],
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    title: str
    published: str
    script: str
    source: str = ""
    url: str | None = None


def in_script(stored: str, script: Script) -> str:
    """A fact's own text (label, sentence) in the reader's script. Facts are stored in
    simplified Chinese (`normalize.simplify`), so only traditional readers need OpenCC; it was
    most of the time spent turning hits into results."""
    return to_traditional(stored) if script is Script.TRADITIONAL else stored


def render_text(fact: Fact, script: Script, articles: dict[str, ArticleInfo]) -> str:
    """The fact's sentence in the reader's script; a sentence from an article already in that
    script is shown exactly as written, but for a list's bullet or a reporter's lead before it
    (■ 上周五，…; 记者昨日获悉，…). Of a fact told by several sentences, the one its text was taken
    from (the one that says most: merge.py)."""
    return _REPORTERS_LEAD.sub("", _LIST_BULLET.sub("", _sentence_shown(fact, script, articles)), count=1)


_LIST_BULLET = re.compile(r"^[■□◆◇●○▶►▪•·▌◎※\s]+(?=\S)")
_REPORTERS_LEAD = re.compile(
    r"^[^，,。；;「」“”]{0,16}?[记記]者[^，,。；;「」“”]{0,20}?(?:获悉|獲悉|了解到|获知|獲知)[，,]\s*(?=\S{4})"
)
"""21世纪经济报道记者获悉，…; 记者11月30日从园区获悉，…: how the paper learnt the news, which the
answer's source line tells; the news starts after it."""


def _sentence_shown(fact: Fact, script: Script, articles: dict[str, ArticleInfo]) -> str:
    if script is Script.LATIN or not articles:
        return in_script(fact.text, script)
    told = fact.sources[0]
    if len(fact.sources) > 1:  # OpenCC only where the cheap comparison cannot tell: it is per hit
        told = next(
            (s for s in fact.sources if s.sentence.endswith(fact.text) or simplify(s.sentence).endswith(fact.text)),
            told,
        )
    article = articles.get(told.article_id)
    if article is not None and article.script == script.value and script is not Script.LATIN:
        return _from_the_fact_on(told.sentence, fact.text)
    return in_script(fact.text, script)


def _from_the_fact_on(sentence: str, text: str) -> str:
    """The sentence as written from where the fact's text starts: a dateline or byline in front
    of it (本報訊（記者 林曉）, 快讯：) was the report's, cut from the text when it was read."""
    if len(sentence) <= len(text):
        return sentence
    tail = sentence[-len(text) :]
    return tail if tail == text or simplify(tail) == text else sentence  # OpenCC only for 繁體


def other_telling(fact: Fact, script: Script, articles: dict[str, ArticleInfo], asked: tuple[str, ...]) -> str:
    """Of a fact several sentences tell, the one holding more of the words asked than its
    shown text, in the reader's script (港深创科园开幕由谁主持: the telling that names who
    presided, beside the one the fact is shown with); "" if none does."""
    if len(fact.sources) < 2 or not asked or script is Script.LATIN:
        return ""
    other = _telling_asked_of(fact, asked)
    if other is None:
        return ""
    article = articles.get(other.article_id)
    if article is not None and article.script == script.value:
        return other.sentence
    return in_script(simplify(other.sentence), script)


def _telling_asked_of(fact: Fact, asked: tuple[str, ...]) -> Source | None:
    """Another sentence telling the fact that holds more of the words asked than its own text."""
    own = sum(word in fact.text for word in asked)
    best, most = None, own
    for source in fact.sources[:MAX_TELLINGS]:
        held = sum(word in _folded(source.sentence) for word in asked)
        if held > most:
            best, most = source, held
    return best


MAX_TELLINGS = 8
"""Tellings of one fact compared with a question: the index holds the words of its first four."""


@functools.lru_cache(maxsize=4096)
def _folded(sentence: str) -> str:
    return fold(sentence)


def asked_words(terms: Iterable[str]) -> tuple[str, ...]:
    """A question's Chinese words of two characters or more (not the lexicon's group tokens)."""
    return tuple(t for t in terms if len(t) >= 2 and not t.startswith("@") and "\u4e00" <= t[0] <= "\u9fff")


def to_result(
    fact: Fact, score: float, script: Script, articles: dict[str, ArticleInfo], asked: tuple[str, ...] = ()
) -> Result:
    seen: dict[str, SourceRef] = {}
    for source in fact.sources:
        info = articles.get(source.article_id)
        if info is not None and source.article_id not in seen:
            seen[source.article_id] = SourceRef(
                source.article_id,
                to_script(info.title, script),
                info.published,
                source.sentence_index,
                to_script(info.source, script) if info.source else "",
                info.url,
            )
    text = render_text(fact, script, articles)
    return Result(
        fact_id=fact.id,
        kind=fact.kind,
        label=in_script(fact.label, script),
        text=text,
        date=fact.date,
        is_target=fact.is_target,
        sources=tuple(seen.values()),
        score=score,
        detail=_untold_amounts(fact, text, script),
        telling=other_telling(fact, script, articles, asked),
    )


def _untold_amounts(fact: Fact, shown: str, script: Script) -> str:
    """The amounts a policy grants that its shown sentence leaves out: a reader asking 支持多少
    sees 最高1亿元 though another sentence of the article told it."""
    if fact.kind is not FactKind.POLICY or not fact.qualifier:
        return ""
    seen = fold(shown)
    untold = [amount for amount in fact.qualifier.split("; ") if fold(amount) not in seen]
    return in_script("; ".join(untold), script)
