"""Turning facts and queries into weighted terms that meet in the index.

Both sides go through the same steps: fold (繁→简, half-width, lower case), jieba search-mode
tokens without stop words, and alias groups as extra tokens (``@hk-park`` for 香港园区 and
港深创科园 alike). English queries are mapped onto the Chinese vocabulary through the alias
groups' English names and the glossary, so "Hong Kong Science Park Shenzhen branch" finds
香港科学园深圳分园.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hetao_brief.facts import Fact, FactKind
from hetao_brief.text.dictionary import vocabulary_key
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import Script, detect_script, fold
from hetao_brief.text.segment import Segmenter

LABEL_WEIGHT = 1
"""A label's words count as often as they are written, as a search engine indexing the label
and the text together counts them (bench: our top 3s agreed with rank_bm25's 2–3 points more
than with the label's words counted twice)."""
LABEL_GROUP_WEIGHT = 2
"""A name in the label counts twice: a fact about 中国钢研 outranks one that mentions it, which is
what a query naming it (in English: the group alone) asks for."""
STATEMENT_WEIGHT = 0.5
"""A statement's words count half: a sentence that told no fact answers when nothing else does,
not ahead of one that did (人才是第一资源… ahead of the researchers' count, for 科技人才)."""
CONTEXT_WEIGHT = 0.15
"""A title word counts a quarter of a word of the sentence: with BM25's saturation it scores a
fifth of one, enough to tell the sentence that answers from one that shares a word by chance."""
GROUP_WEIGHT = 1.0
"""A query's alias group weighs as one of its words: the words of the name are there already
(segment.py), so more weight counted the name twice over."""
GLOSSARY_WEIGHT = 0.7
PART_WEIGHT = 0.5
"""A word found inside a word of the query (第二, 二期 in 第二期): half, so that a long word does not
count three times against a short one (招标) the question is really about."""
MAX_QUERY_CHARS = 200
ANALYSIS_CODE = ("search/analyzer.py", "text/segment.py", "text/dictionary.py", "text/lexicon.py", "text/normalize.py")
"""The modules, under the package, whose code decides what terms a fact gets."""
TOKEN_CACHE = 4_096
"""Texts whose tokens are remembered: the facts of one sentence are indexed one after another
and share it, and labels repeat. A reload of more sentences than this re-reads them in order,
which an LRU cache of any smaller size misses entirely, so a larger cache buys little (at 20k
facts 16k entries re-indexed 3% faster) and costs 7 MB at 100k facts; the segmenter remembers
clauses (`BLOCK_CACHE`), which is what makes a reload fast."""

_INTENTS: list[tuple[FactKind, re.Pattern[str]]] = [
    (FactKind.POLICY, re.compile(r"(?:支持|资助|补贴|补助|奖励|扶持)(?:是|有)?(?:多少|金额|额度|标准)")),  # a grant
    (FactKind.MILESTONE, re.compile(r"什么时候|何时|哪年|哪一年|几月|几号|日期|时间|\bwhen\b|\bwhat year\b|\bdate\b")),
    (
        FactKind.FIGURE,
        re.compile(
            r"多少|几个|几家|几名|多大|面积|规模|数量|总额"
            r"|\bhow (many|much|large|big)\b|\barea\b|\bsize\b|\bnumber of\b"
        ),
    ),
    (FactKind.POLICY, re.compile(r"政策|措施|举措|机制|资助|补贴|\bpolic(y|ies)\b|\bmeasures?\b|\bsubsid")),
]
_AIMS = re.compile(r"目标|计划|将|预计|力争|争取|到20\d\d|\btarget|\bplan|\bby 20\d\d|\bwill\b|\baim")
_ASKING = re.compile(
    r"(?:是|有)?(?:多(?:大|长|久|远|宽|重)|多少[个家名位项座栋间所条套批]?|什么时候|什么|哪一?(?:些|年|月|天|个|里)|何时|几(?:个|家|名|位|项|座|栋|年|月|号|天)?)"
    r"|[吗呢？?]"
)
"""The words that ask (有多大, 是多少, 什么时候, 哪些…): they tell a question's intent and
then go, before segmentation. Left in, 多大 became 多 and 大, which 两大生态基地 matched, and
有 glued to the word before it (合作区有 → 合作/区有), so a question lost the answer its
keywords alone found; so did a counter left after 多少 (多少家瞪羚企业 → 家瞪羚)."""
_SIZE_ASKED = re.compile(r"多大|多广|多宽")
"""有多大 asks for an area, as "how big" does through the glossary (big → 面积)."""
_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9.+\-]*")
_ENGLISH_PREPOSITION = re.compile(r"\b(?:of|in|at|for|on|within|inside)\b")
_HOW_IS = re.compile(r"^\W*how\b.*?\b(?:is|are|was|were|does|do|did)\b")


@dataclass(frozen=True)
class Query:
    raw: str
    folded: str
    script: Script
    terms: dict[str, float]
    intent: FactKind | None
    phrase: str
    """The query's Chinese core, for the exact-phrase boost ('' for English queries)."""
    words: list[str] = field(default_factory=list)
    aims: bool = False
    """Whether it asks what is aimed at (计划引进多少, 目标, by 2030): a target answers it, not a
    level of today."""

    @property
    def is_empty(self) -> bool:
        return not self.terms


class Analyzer:
    def __init__(self, lexicon: Lexicon, segmenter: Segmenter) -> None:
        self.lexicon = lexicon
        self.segmenter = segmenter
        self._tokens = functools.lru_cache(maxsize=TOKEN_CACHE)(self._segment)

    @functools.cached_property
    def fingerprint(self) -> str:
        """Names what this analyzer makes of a fact: its lexicon, the code that turns text
        into terms, the segmenter's vocabulary (`dictionary.vocabulary_key`: jieba, the user
        dictionary, the names) and the OpenCC it runs on. The store keeps each fact's terms under
        the fingerprint that made them (a start reads them instead of segmenting again), and
        terms kept under another one are made again: a changed alias, stop word or line of
        analysis code never leaves an index on stale terms."""
        lexicon = self.lexicon
        digest = hashlib.sha256()
        digest.update(repr((lexicon.groups, sorted(lexicon.glossary.items()), sorted(lexicon.stopwords))).encode())
        digest.update(vocabulary_key(lexicon).encode())
        package = Path(__file__).resolve().parent.parent
        for module in ANALYSIS_CODE:
            digest.update((package / module).read_bytes())
        digest.update(importlib.metadata.version("opencc").encode())
        return digest.hexdigest()[:16]

    def fact_terms(
        self, fact: Fact, label: str | None = None, text: str | None = None, context: str = ""
    ) -> Mapping[str, float]:
        """Index terms of a fact: its label (weighted), every source sentence, its groups.
        `label` and `text` are the fact's folded label and text, where the caller has them
        already (folding is a good part of an index build). `context` is the title of the
        article it was read from: a fact is about what the title names (本批共资助项目27个;
        河套深圳园区共有9个项目获奖，其中一等奖3项, under 深圳市科学技术奖揭晓), and is found by
        those words, at a fraction of the weight of its own. A statement that names the zone or
        a park keeps to its own words: it told no fact, and should not answer for its title."""
        terms: Counter[str] = Counter()
        label = fold(fact.label) if label is None else label
        for token in self._tokens(label):
            terms[token] += LABEL_WEIGHT
        text = fold(fact.text) if text is None else text
        sentences = dict.fromkeys([text, *(fold(s.sentence) for s in fact.sources[1:4])])
        for sentence in sentences:
            terms.update(self._tokens(sentence))
        label_groups = self.lexicon.groups_in(label)
        for group in label_groups:
            terms[group.token] += LABEL_GROUP_WEIGHT
        named = self.lexicon.groups_in(" ".join(sentences))
        for group in named - label_groups:
            terms[group.token] += 1
        scale = STATEMENT_WEIGHT if fact.kind is FactKind.STATEMENT else 1
        titled = bool(context) and (not named or fact.kind is not FactKind.STATEMENT)
        if not titled and scale == 1:
            return terms
        weighted: dict[str, float] = {term: count * scale for term, count in terms.items()}
        if titled:
            folded = fold(context)
            for token in [*dict.fromkeys(self._tokens(folded)), *(g.token for g in self.lexicon.groups_in(folded))]:
                weighted[token] = weighted.get(token, 0) + CONTEXT_WEIGHT
        return weighted

    @functools.cached_property
    def _glossary_phrases(self) -> tuple[str, ...]:
        """The glossary's entries of several words, longest first: a phrase's sense ("opening
        hours") before its words' ("opening": 开园)."""
        return tuple(sorted((key for key in self.lexicon.glossary if " " in key), key=len, reverse=True))

    def _segment(self, folded: str) -> tuple[str, ...]:
        """Search tokens, minus whole alias names: those count through their group token,
        so that 科技人才 and 科研人才 (one group) weigh the same. The segmenter's tokens are
        interned already."""
        is_alias = self.lexicon.is_alias
        return tuple(t for t in self.segmenter.tokens(folded) if not is_alias(t))

    def query(self, raw: str) -> Query:
        text = raw[:MAX_QUERY_CHARS]
        folded = fold(text)
        script = detect_script(text)
        intent = next((kind for kind, pattern in _INTENTS if pattern.search(folded)), None)
        terms: dict[str, float] = {}

        def add(term: str, weight: float) -> None:
            if term not in self.lexicon.stopwords:
                terms[term] = max(terms.get(term, 0.0), weight)

        chinese = re.sub(r"[a-z][a-z .'\-]*", " ", folded) if script is Script.LATIN else folded
        size_asked = bool(_SIZE_ASKED.search(chinese)) and "面积" not in chinese
        if size_asked:
            add("面积", GLOSSARY_WEIGHT)
        chinese = _ASKING.sub(" ", chinese)
        latin = folded if script is Script.LATIN else " ".join(_LATIN_WORD.findall(folded))
        plain_words = self.segmenter.words(chinese) if chinese.strip() else []
        whole = set(plain_words)
        for token in self._tokens(chinese) if chinese.strip() else []:
            inside = token not in whole and any(token in word for word in whole if len(word) > len(token))
            add(token, PART_WEIGHT if inside else 1.0)  # 第二期 asked: 第二 and 二期 are the same word again
            for part in self.segmenter.parts_of_a_new_word(token):
                add(part, PART_WEIGHT)  # 创客节, which 第二届河套青年创客节将… cut as 创客 and 节
        translated: list[tuple[int, str]] = []  # (position, Chinese), for an English query's phrase

        def translate(at: int, translations: tuple[str, ...]) -> None:
            """English at `at` read as the glossary's Chinese: all its senses searched, the first
            one placed in the phrase."""
            translated.append((at, translations[0]))
            for zh in translations:
                for token in self.segmenter.tokens(zh):
                    add(token, GLOSSARY_WEIGHT)

        for name, group in self.lexicon.names_in(folded):
            add(group.token, GROUP_WEIGHT)
            translated.append((folded.find(name), group.canonical))
            latin = latin.replace(name, " " * len(name))  # same length: positions stay comparable
        for phrase_en in self._glossary_phrases:  # "opening hours": 开放时间, not 开园 + 时间
            for found in re.finditer(rf"\b{re.escape(phrase_en)}\b", latin):
                translate(found.start(), self.lexicon.glossary[phrase_en])
                latin = latin[: found.start()] + " " * len(phrase_en) + latin[found.end() :]
        for match in _LATIN_WORD.finditer(latin):
            word = match.group(0)
            translations = self.lexicon.glossary.get(word) or self.lexicon.glossary.get(word.rstrip("s"))
            if translations:
                translate(match.start(), translations)
            elif len(word) > 1 or word.isdigit():
                add(word, 1.0)
        if script is Script.LATIN:  # "hetao area" reads as 河套合作区面积 for the exact-phrase boost
            phrase = "".join(chinese_word_order(folded, translated))
        else:
            words = [t for t in plain_words if t.strip() and t not in self.lexicon.stopwords]
            phrase = "".join(words) + ("面积" if size_asked else "")  # 河套合作区有多大 as "how big is the Hetao zone"
        return Query(text, folded, script, terms, intent, phrase, aims=bool(_AIMS.search(folded)))


def chinese_word_order(folded: str, translated: list[tuple[int, str]]) -> list[str]:
    """The Chinese of an English query's parts, given with their positions in it, in the order
    Chinese says them. English names a thing before what it belongs to, Chinese after: "the area
    of the Hetao zone" and "how big is the Hetao zone" are both 河套合作区面积. So what follows a
    preposition comes first (the last one's part first), and the asked-about part of a "how ...
    is" question comes last; otherwise the English order stands ("Hetao zone area")."""
    cuts = [match.start() for match in _ENGLISH_PREPOSITION.finditer(folded)]
    how = _HOW_IS.match(folded)
    asked_until = how.end() if how else -1

    def place(item: tuple[int, str]) -> tuple[bool, int, int]:
        position = item[0]
        return position < asked_until, -sum(position > cut for cut in cuts), position

    return [zh for _, zh in sorted(translated, key=place)]
