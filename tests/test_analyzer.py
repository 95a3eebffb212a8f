"""The analyzer's fingerprint: what lets a start reuse the terms kept in the store."""

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from hetao_brief.lexicon import AliasGroup, Lexicon
from hetao_brief.search import Analyzer
from hetao_brief.segment import Segmenter

from .conftest import DATA

FINGERPRINT = """
import sys
from pathlib import Path
from tests.test_analyzer import fingerprint
from hetao_brief.lexicon import Lexicon
print(fingerprint(Lexicon.load(Path(sys.argv[1]))))
"""


def fingerprint(lexicon: Lexicon) -> str:
    return Analyzer(lexicon, Segmenter(lexicon)).fingerprint


def test_the_fingerprint_is_the_same_in_every_process() -> None:
    """Stop words are a set, whose order differs from process to process."""
    runs = {
        subprocess.run(
            [sys.executable, "-c", FINGERPRINT, str(DATA / "lexicon")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=DATA.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert runs == {fingerprint(Lexicon.load(DATA / "lexicon"))}


def test_the_fingerprint_changes_with_anything_that_changes_a_facts_terms(lexicon: Lexicon, tmp_path: Path) -> None:
    userdict = tmp_path / "userdict.txt"
    userdict.write_bytes((lexicon.userdict.read_bytes() if lexicon.userdict else b"") + "深港河套 5 ns\n".encode())
    group = AliasGroup(id="test", zh=("测试园区",), en=("test park",), is_entity=True)
    variants = [
        lexicon,
        dataclasses.replace(lexicon, stopwords=lexicon.stopwords | {"开园"}),
        dataclasses.replace(lexicon, groups=(*lexicon.groups, group)),
        dataclasses.replace(lexicon, userdict=userdict),
    ]
    assert len({fingerprint(v) for v in variants}) == len(variants)
    assert fingerprint(dataclasses.replace(lexicon)) == fingerprint(lexicon)
