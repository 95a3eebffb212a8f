"""Chinese word segmentation with jieba and the project's user dictionary.

One `Segmenter` per process, loading the dictionary once (dictionary.py: jieba's words and the
project's, in a trie that loads in milliseconds once cached). Documents and queries get the same
tokens, so that 河套合作区 also yields 河套, 合作 and 区 and partial queries still match.

A search token is a word that either of two cuts finds at its place: the cut with the
project's words, which keeps names whole (中国钢研新材料国际创新中心), and jieba's own cut in search
mode, which sees the words inside them (钢研, 合作, 区). The second is what a search engine built on
jieba indexes, and what a user searching for 合作 expects to meet in 河套合作区: with the project's
cut alone, our top 3s agreed with such an engine's 6 points less often (bench/RESULTS.md). Inside
a name, the project's cut adds only the project's words (政策包 in 联合政策包, 米埔 in 米埔自然保护区):
the dictionary words its search mode finds there straddle the name's parts (港协 in 深港协同, 国一
in 中国一汽, 市分 in 深圳市分局), and no reader sees them; jieba's own cut gives the words that are
there.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import threading
from pathlib import Path
from typing import Any

import jieba

from hetao_brief.text.dictionary import TrieTokenizer, load_words
from hetao_brief.text.lexicon import Lexicon

_BLOCK = jieba.re_han_default
"""jieba cuts a text into runs of Han characters and ASCII words (blocks) and segments each on
its own; doing the same split here lets a block's words be remembered: a corpus repeats
clauses (names, set phrases) far more often than whole sentences, and segmentation is most of
an index build."""
_NUMBER_EDGE = re.compile(r"(?<=[\u4e00-\u9fd5])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fd5])")
"""Where a number meets Chinese characters inside a block (面积|3.89|平方公里). News text varies
its numbers far more than its wording, so a block is remembered in pieces cut there: at 20k
facts that is a third as many distinct pieces to segment as whole blocks."""
BLOCK_CACHE = 20_480
"""Pieces of blocks whose search-mode tokens are remembered (filtered as `tokens` filters
them, and interned, so repeats share one string). A reload of 20k facts meets about 18.5k
distinct pieces, so it runs warm (1.9 s instead of 2.6 s); at 100k facts there are 48k, and
remembering them all held 15 MB, which tipped the process over its 300 MB budget."""
PLAIN_BLOCK_CACHE = 8_192
"""Pieces of blocks whose accurate-mode words are remembered: a query's phrase and extraction
use them."""
TAGGED_CACHE = 2_048
"""Texts whose tagged words are remembered: extraction tags short clauses and labels, and news
repeats them (开工建设, 正式开园); tagging is jieba's slowest cut."""
_WORD = re.compile(r"[\u3400-\u9fffa-z0-9]")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")

jieba.setLogLevel(logging.WARNING)


class Segmenter:
    def __init__(self, lexicon: Lexicon, cache_dir: Path | None = None) -> None:
        self._lexicon = lexicon
        self._cache_dir = cache_dir
        self._tokenizers: tuple[TrieTokenizer, TrieTokenizer] | None = None
        self._tagger: Any = None
        self._lock = threading.Lock()
        self._spanned: frozenset[str] = frozenset()
        self._block_words = functools.lru_cache(maxsize=BLOCK_CACHE)(self._cut_block)
        self._plain_block_words = functools.lru_cache(maxsize=PLAIN_BLOCK_CACHE)(self._cut_plain_block)
        self._tagged_words = functools.lru_cache(maxsize=TAGGED_CACHE)(self._tag)

    def load(self) -> None:
        """Load the dictionary now, not on first use."""
        self._ready()

    def _ready(self) -> TrieTokenizer:
        """The tokenizer with the project's words."""
        return self._both()[0]

    def _both(self) -> tuple[TrieTokenizer, TrieTokenizer]:
        """The tokenizers with the project's words and with jieba's own, over one trie."""
        if self._tokenizers is None:
            with self._lock:
                if self._tokenizers is None:
                    words = load_words(self._lexicon, self._cache_dir)
                    self._spanned = _number_edges_in_words(words.unlettered)
                    self._tokenizers = TrieTokenizer(words), TrieTokenizer(words.without_project_words())
        return self._tokenizers

    def _pieces(self, block: str) -> list[str]:
        """The block cut where a number meets Chinese characters, except where a dictionary
        word spans that point (世界500强). jieba finds words on a graph of dictionary words
        and guesses the rest per run of Chinese characters, so with no word across a cut,
        the pieces segment as the whole block does, but for exact ties between two cuts of a
        repeated run, which jieba settles on float rounding (tests/test_segment.py)."""
        pieces, start = [], 0
        for edge in _NUMBER_EDGE.finditer(block):
            cut = edge.start()
            if block[cut - 1 : cut + 1] not in self._spanned:
                pieces.append(block[start:cut])
                start = cut
        pieces.append(block[start:])
        return pieces

    def _cut_block(self, block: str) -> tuple[str, ...]:
        """The block's search tokens (`search_spans`), each once at its place, in text order,
        less stop words and punctuation; filtered here once, not each time the block is met."""
        spans = search_spans(*self._both(), block)
        stop = self._lexicon.stopwords
        words = (word.strip() for word, _, _ in sorted(spans, key=lambda span: (span[1], span[2])))
        return tuple(sys.intern(w) for w in words if w and _WORD.search(w) and w not in stop)

    def _cut_plain_block(self, block: str) -> tuple[str, ...]:
        return tuple(self._ready().cut(block, HMM=True))

    def words(self, text: str) -> list[str]:
        """Plain (accurate-mode) words of simplified text, punctuation included; used by
        extraction, which needs punctuation as a boundary, and for a query's phrase."""
        self._ready()
        return [w for piece in self._pieces_of(text) for w in self._plain_block_words(piece)]

    def _pieces_of(self, text: str) -> list[str]:
        pieces = []
        for block in _BLOCK.split(text):
            if block.isalpha():  # letters only, no number to cut at: most blocks
                pieces.append(block)
            elif block:
                pieces.extend(self._pieces(block))
        return pieces

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """Words of simplified text with jieba's part-of-speech tags (`jieba.posseg`: v verb,
        n noun, nr person, ns place, nt organisation, x unknown…), cut with the project's words
        so that names stay whole. Extraction reads predicates and names from them; the tag
        table is loaded on first use, by extraction only."""
        return list(self._tagged_words(text))

    def _tag(self, text: str) -> tuple[tuple[str, str], ...]:
        if self._tagger is None:
            tokenizer = self._ready()  # outside the lock, which loading the words takes
            with self._lock:
                if self._tagger is None:
                    from hetao_brief.text.tagging import tagger_for

                    self._tagger = tagger_for(tokenizer)
        return tuple((pair.word, pair.flag) for pair in self._tagger.cut(text))

    def parts_of_a_new_word(self, word: str) -> list[str]:
        """The pairs of characters of a word jieba guessed, and its last character (创客节 → 创客,
        客节, 节); none for a word of the dictionary. A guess is made per context, so the same
        name in a longer run may be cut another way (青年创客节将于 → 创客, 节), and a query for
        it should meet that cut too."""
        if len(word) < 3 or self._ready().FREQ.get(word, 0) > 0 or not _HAN_ONLY.fullmatch(word):
            return []
        return [word[i : i + 2] for i in range(len(word) - 1)] + [word[-1]]

    def tokens(self, folded: str) -> list[str]:
        """Search tokens without stop words or punctuation; used for indexing and queries."""
        self._ready()
        return [w for piece in self._pieces_of(folded) for w in self._block_words(piece)]


def search_spans(with_project: TrieTokenizer, jiebas_own: TrieTokenizer, text: str) -> set[tuple[str, int, int]]:
    """(word, start, end) of the search tokens of a text: the words of the project's cut, the
    project's words its search mode finds inside them, and jieba's own search-mode words.

    The project's cut is made once, in search mode, which yields each word of the cut after the
    words it finds inside it. Read backwards, a word that starts before the last whole word is
    the next whole word; the rest lie inside one. Cutting the text a second time for its whole
    words took a quarter of this function's time, and segmentation is most of an index build."""
    new_words = jiebas_own.FREQ.absent
    spans = set(jiebas_own.tokenize(text, mode="search"))
    whole_from = len(text) + 1
    for span in reversed(list(with_project.tokenize(text, mode="search"))):
        if span[1] < whole_from:
            whole_from = span[1]
            spans.add(span)
        elif span[0] in new_words:
            spans.add(span)
    return spans


def _number_edges_in_words(unlettered: list[str]) -> frozenset[str]:
    """The two characters on each side of a number edge inside a dictionary word (of the
    handful that are not all letters): a block is not cut there."""
    return frozenset(word[m.start() - 1 : m.start() + 1] for word in unlettered for m in _NUMBER_EDGE.finditer(word))


def is_word(token: str) -> bool:
    return bool(_WORD.search(token.lower()))


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))
