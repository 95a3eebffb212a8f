"""No module binds one top-level name twice. A regex constant defined again further down a long
module (pipeline.py had two ``_CALL_OPENED``) silently replaces the first for every function
that reads it, and no linter reports a rebound variable."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "hetao_brief"


def top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("_A = 1\ndef f() -> None: ...\n_A = 2\n")
    assert [name for name, n in Counter(top_level_names(tree)).items() if n > 1] == ["_A"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {
        f"{path.relative_to(SRC)}: {name}"
        for path in SRC.rglob("*.py")
        for name, count in Counter(top_level_names(ast.parse(path.read_text("utf-8")))).items()
        if count > 1
    }
    assert not twice
