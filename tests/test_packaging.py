"""What a wheel carries: every package of the source tree, and the files the bot reads at run
time, found through importlib.resources rather than through a source checkout's layout."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hetao_brief import bundled
from hetao_brief.config import Settings, load_settings
from hetao_brief.rendering.locale import LOCALES, Messages

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_of_the_tree_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT / "src").parts) for init in (ROOT / "src").rglob("__init__.py")}
    mapped = {"hetao_brief.bundled.corpus", "hetao_brief.bundled.lexicon", "hetao_brief.bundled.locales"}
    assert listed == in_tree | mapped


def test_bundled_files_are_read_as_package_resources() -> None:
    messages = Messages.load(bundled.locale_dir())
    assert set(messages.catalogs) == set(LOCALES)
    assert (bundled.lexicon_dir() / "aliases.toml").is_file()
    articles = [p for p in bundled.corpus_dir().iterdir() if p.suffix == ".md"]
    assert len(articles) >= 5


def test_state_defaults_to_the_working_directory_not_the_package(tmp_path: Path) -> None:
    settings = load_settings(environ={}, dotenv=tmp_path / "none.env")
    assert settings.state_dir == Path("var") and not settings.state_dir.is_absolute()
    assert settings.corpus_dir == Path("var") / "data" / "corpus"
    assert settings.db_url == "sqlite:///var/hetao-brief.sqlite3"
    assert settings.lexicon_dir == bundled.lexicon_dir()


def test_a_data_directory_with_its_own_lexicon_replaces_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    assert Settings(data_dir=tmp_path).lexicon_dir == bundled.lexicon_dir()  # no aliases.toml: not a lexicon
    (tmp_path / "lexicon" / "aliases.toml").write_text("", "utf-8")
    assert Settings(data_dir=tmp_path).lexicon_dir == tmp_path / "lexicon"
