"""jieba's part-of-speech tagger over the project's tokenizer, its tag table read once.

Importing `jieba.posseg` reads the tag table of jieba's dictionary for the default tokenizer
it makes, and `POSTokenizer` reads it again for every tokenizer given to it: 0.65 s each time,
a sixth of the extraction of 1,000 articles. The project's tokenizer is over the same
dictionary, so it takes a copy of the table read at import (a copy: jieba adds a tokenizer's
user words to its own table)."""

from __future__ import annotations

from typing import IO, Any

import jieba
import jieba.posseg


class Tagger(jieba.posseg.POSTokenizer):  # type: ignore[misc]
    def load_word_tag(self, f: IO[bytes]) -> None:
        default = jieba.posseg.dt
        if self.tokenizer.dictionary != default.tokenizer.dictionary:
            super().load_word_tag(f)  # another dictionary: its own table
            return
        f.close()
        self.word_tag_tab = dict(default.word_tag_tab)


def tagger_for(tokenizer: jieba.Tokenizer) -> Any:
    """The tagger whose `cut` yields (word, flag) pairs, cut with `tokenizer`'s words."""
    return Tagger(tokenizer)
