"""jieba's dictionary, with the project's own words, as a compact trie.

jieba keeps its dictionary as a Python dict of half a million entries (its 349k words and
every prefix of them). Loading it from jieba's marshal cache takes 0.6–0.9 s and 65 MB: most of
a cold start and a fifth of the bot's memory. The same words in a MARISA trie (marisa-trie)
are a 1.3 MB block; with their frequencies, a 4 MB file that loads in 2–15 ms.

jieba's algorithm is kept as it is. The trie is a snapshot of a jieba tokenizer prepared as
before (its dictionary, the project's user dictionary, the lexicon's names), taken once per
vocabulary and cached on disk. `TrieTokenizer` is jieba's tokenizer reading that snapshot;
tests/test_dictionary.py checks that it cuts text exactly as the prepared jieba tokenizer does.

The snapshot also keeps jieba's own frequency of each word the project added or changed
(`WordFrequencies.jieba_own`), so that the same trie can be read as jieba's own dictionary
(`WordFrequencies.without_project_words`). Search indexes the words of both cuts
(segment.py): kept whole, 中国钢研新材料国际创新中心 hides 钢研 from search mode, which looks inside a
word only for dictionary words of two and three characters, and 河套合作区 hides 合作 and 区, which
is how jieba's own dictionary, and every search engine built on it, sees the text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar, overload

import jieba
import marisa_trie

from hetao_brief.text.lexicon import Lexicon

log = logging.getLogger(__name__)

FORMAT = 3
"""Bumped when the cache file's layout or what goes into it changes."""
NAME_FREQUENCY = 2000
"""A lexicon name's frequency in the dictionary: high enough that jieba keeps it whole."""
_HEADER_SIZE = struct.Struct("<I")
T = TypeVar("T")


class WordFrequencies(Mapping[str, int]):
    """jieba's word → frequency table, read-only, over a trie. Unlike jieba's own table it
    holds no entries for prefixes; `TrieTokenizer.get_DAG` asks the trie for them instead."""

    def __init__(
        self,
        trie: marisa_trie.Trie,
        frequencies: array[int],
        total: int,
        unlettered: list[str],
        jieba_own: Mapping[str, int] | None = None,
        jieba_total: int | None = None,
        absent: frozenset[str] = frozenset(),
    ) -> None:
        self.trie = trie
        self.total = total
        self.unlettered = unlettered
        """The few words that are not all letters (C++, 世界500强): segment.py needs them."""
        self.jieba_own: Mapping[str, int] = jieba_own or {}
        """Words whose frequency the project set → their frequency in jieba's own dictionary,
        0 where it has no such word."""
        self.jieba_total = total if jieba_total is None else jieba_total
        self._frequencies = frequencies
        self.absent = absent
        """Words of the trie that are no words in this reading: the project's, read as jieba's
        own dictionary. Their frequency reads 0, which jieba takes as no word, as it does its
        prefixes; `TrieTokenizer.get_DAG` leaves them out."""

    @overload
    def get(self, word: str, /) -> int | None: ...
    @overload
    def get(self, word: str, default: int, /) -> int: ...
    @overload
    def get(self, word: str, default: T, /) -> int | T: ...
    def get(self, word: str, default: object = None, /) -> object:
        """Called for each candidate word while segmenting, so it avoids Mapping's
        exception-driven default."""
        key = self.trie.get(word)
        return default if key is None else self._frequencies[key]

    def __getitem__(self, word: str) -> int:
        key = self.trie.get(word)
        if key is None:
            raise KeyError(word)
        return self._frequencies[key]

    def __contains__(self, word: object) -> bool:
        return word in self.trie and word not in self.absent

    def __iter__(self) -> Iterator[str]:
        return iter(self.trie.iterkeys())

    def __len__(self) -> int:
        return len(self.trie)

    def without_project_words(self) -> WordFrequencies:
        """The same trie read as jieba's own dictionary: the project's words absent, the
        frequencies it changed and the total as jieba has them. Shares the trie; the
        frequency table is copied (3 MB)."""
        frequencies = array("q", self._frequencies)
        for word, frequency in self.jieba_own.items():
            frequencies[self.trie[word]] = frequency
        absent = frozenset(word for word, frequency in self.jieba_own.items() if not frequency)
        return WordFrequencies(self.trie, frequencies, self.jieba_total, self.unlettered, absent=absent)

    def to_bytes(self) -> bytes:
        header = json.dumps(
            {
                "total": self.total,
                "unlettered": self.unlettered,
                "words": len(self),
                "jieba_own": self.jieba_own,
                "jieba_total": self.jieba_total,
            },
            ensure_ascii=False,
        ).encode()
        return _HEADER_SIZE.pack(len(header)) + header + self._frequencies.tobytes() + self.trie.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> WordFrequencies:
        """Raises ValueError, KeyError, TypeError, RuntimeError (marisa-trie's) or struct.error
        on a damaged file."""
        (size,) = _HEADER_SIZE.unpack_from(data)
        header = json.loads(data[_HEADER_SIZE.size : _HEADER_SIZE.size + size])
        frequencies = array("q")
        start = _HEADER_SIZE.size + size
        end = start + header["words"] * frequencies.itemsize
        frequencies.frombytes(data[start:end])
        trie = marisa_trie.Trie().frombytes(data[end:])
        if len(trie) != header["words"] or len(frequencies) != header["words"]:
            raise ValueError("the word and frequency counts disagree")
        jieba_own = {str(word): int(frequency) for word, frequency in header["jieba_own"].items()}
        if any(word not in trie for word in jieba_own):
            raise ValueError("a word the project changed is not in the trie")
        return cls(trie, frequencies, header["total"], header["unlettered"], jieba_own, header["jieba_total"])

    @classmethod
    def of(
        cls, tokenizer: jieba.Tokenizer, jieba_own: Mapping[str, int] | None = None, jieba_total: int | None = None
    ) -> WordFrequencies:
        """The snapshot of a loaded jieba tokenizer: its words, without the prefix entries, and
        what jieba's own dictionary had for the words whose frequency the project set."""
        words = {word: frequency for word, frequency in tokenizer.FREQ.items() if frequency}
        trie = marisa_trie.Trie(words)
        frequencies = array("q", bytes(len(trie) * 8))
        for word, frequency in words.items():
            frequencies[trie[word]] = frequency
        unlettered = sorted(word for word in words if not word.isalpha())
        return cls(trie, frequencies, tokenizer.total, unlettered, jieba_own, jieba_total)


class TrieTokenizer(jieba.Tokenizer):  # type: ignore[misc]
    """jieba's tokenizer over `WordFrequencies`. jieba reads its table with `get` (and `in`
    only to walk prefixes, which is `get_DAG`'s job); the table is read-only, so adding words
    goes through the lexicon and a new snapshot."""

    def __init__(self, words: WordFrequencies) -> None:
        super().__init__()
        self.FREQ = words
        self.total = words.total
        self.initialized = True

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        """jieba's graph of the words that start at each position (each its end position),
        the position itself where none does; the trie lists a position's words in one call
        where jieba extends a fragment one character at a time."""
        prefixes, absent = self.FREQ.trie.prefixes, self.FREQ.absent
        return {
            start: [start + len(word) - 1 for word in prefixes(sentence[start:]) if word not in absent] or [start]
            for start in range(len(sentence))
        }


def prepared_jieba(lexicon: Lexicon) -> jieba.Tokenizer:
    """A jieba tokenizer with its own dictionary loaded, then the project's user dictionary
    and the lexicon's names added: what the snapshot is taken of."""
    tokenizer = _jieba_with_its_dictionary()
    _add_project_words(tokenizer, lexicon)
    return tokenizer


def project_words(lexicon: Lexicon) -> list[str]:
    """The words the project adds to jieba's: the user dictionary's and the lexicon's names."""
    listed = lexicon.userdict.read_text("utf-8").splitlines() if lexicon.userdict is not None else []
    return sorted({line.split()[0] for line in listed if line.strip()} | set(lexicon.chinese_names()))


def _snapshot(lexicon: Lexicon) -> WordFrequencies:
    """The snapshot of the prepared tokenizer, with what jieba's own dictionary had for each
    word the project sets a frequency for, where that differs."""
    tokenizer = _jieba_with_its_dictionary()
    added = project_words(lexicon)
    before = {word: tokenizer.FREQ.get(word, 0) for word in added}
    jieba_total = tokenizer.total
    _add_project_words(tokenizer, lexicon)
    jieba_own = {word: frequency for word, frequency in before.items() if tokenizer.FREQ.get(word) != frequency}
    return WordFrequencies.of(tokenizer, jieba_own, jieba_total)


def _jieba_with_its_dictionary() -> jieba.Tokenizer:
    """A tokenizer of our own (jieba's default one is shared by whoever imports jieba), its
    dictionary loaded now rather than on the first cut."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _add_project_words(tokenizer: jieba.Tokenizer, lexicon: Lexicon) -> None:
    if lexicon.userdict is not None:
        with lexicon.userdict.open("rb") as userdict:
            tokenizer.load_userdict(userdict)
    for name in lexicon.chinese_names():
        tokenizer.add_word(name, freq=NAME_FREQUENCY)


def vocabulary_key(lexicon: Lexicon) -> str:
    """What the snapshot depends on: jieba's dictionary (by version), the user dictionary, the
    names and their frequency, and the trie library that writes the file."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), str(NAME_FREQUENCY), version("jieba"), version("marisa-trie")):
        digest.update(part.encode() + b"\0")
    if lexicon.userdict is not None:
        digest.update(lexicon.userdict.read_bytes())
    digest.update("\0".join(sorted(lexicon.chinese_names())).encode())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    """Beside jieba's own cache: a cache, rebuilt if the temporary directory is cleared."""
    return Path(tempfile.gettempdir()) / "hetao-brief"


def load_words(lexicon: Lexicon, cache_dir: Path | None = None) -> WordFrequencies:
    """The lexicon's vocabulary from the cache, or built (about a second: jieba's dictionary
    is loaded the slow way once) and cached. A damaged or unwritable cache is logged and
    rebuilt or skipped, never fatal."""
    path = (cache_dir or default_cache_dir()) / f"words-{vocabulary_key(lexicon)}.bin"
    try:
        return WordFrequencies.from_bytes(path.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, struct.error) as error:
        log.warning("rebuilding the word cache %s, which could not be read: %s", path, error)
    words = _snapshot(lexicon)
    _write_atomically(path, words.to_bytes())
    return words


def _write_atomically(path: Path, data: bytes) -> None:
    """Several processes may build the same snapshot at once; each renames a whole file into
    place, so a reader never sees half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, scratch = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    except OSError as error:
        log.warning("could not cache the word list at %s: %s", path, error)
        return
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            os.fchmod(file.fileno(), 0o644)  # mkstemp's 0600 would hide it from other users
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        log.warning("could not cache the word list at %s: %s", path, error)
