"""The import direction of every module: front ends (telegram, terminal, cli, and the
composition root app) → conversation → services → the rest (domain, store, search, extract,
fetch, text, rendering). No module imports from a layer above its own, and only the
telegram front end imports python-telegram-bot."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "hetao_brief"
FRONT, CONVERSATION, SERVICES, BASE = 3, 2, 1, 0
LAYERS = {
    "hetao_brief.telegram": FRONT,
    "hetao_brief.terminal": FRONT,
    "hetao_brief.cli": FRONT,
    "hetao_brief.app": FRONT,
    "hetao_brief.conversation": CONVERSATION,
    "hetao_brief.services": SERVICES,
}


def layer(module: str) -> int:
    for prefix, rank in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            return rank
    return BASE


def modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_every_module_is_found() -> None:
    assert {"hetao_brief.cli", "hetao_brief.conversation.admin", "hetao_brief.store.schema"} <= set(modules())
    assert len(modules()) > 60


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = [
        f"{name} ({layer(name)}) imports {imported} ({layer(imported)})"
        for name, path in modules().items()
        for imported in imports(path)
        if imported.startswith("hetao_brief") and layer(imported) > layer(name)
    ]
    assert upward == []


def test_only_the_telegram_front_end_imports_telegram() -> None:
    importers = sorted(
        name
        for name, path in modules().items()
        if any(i == "telegram" or i.startswith("telegram.") for i in imports(path))
    )
    assert importers and all(name.startswith("hetao_brief.telegram") for name in importers), importers


def test_the_conversation_reaches_the_store_only_through_services() -> None:
    """The conversation calls services with plain values: no session, no repository."""
    reaching = sorted(
        f"{name} imports {imported}"
        for name, path in modules().items()
        if name.startswith("hetao_brief.conversation")
        for imported in imports(path)
        if imported.startswith(("hetao_brief.store", "sqlalchemy"))
    )
    assert reaching == []


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern defined twice in one module silently replaces the first for every use above the
    second (labels' _AT_AN_OCCASION once did): each top-level name is bound once."""
    twice = []
    for path in sorted(SRC.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            twice += [f"{path.name}: {name}" for name in names if name in seen]
            seen.update(names)
    assert not twice
