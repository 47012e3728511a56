"""Static checks as tests: ``ruff check`` on the whole tree and ``mypy`` on ``pipeline/``, ``mapapp/`` and ``app.py``.

The rule sets live in ``pyproject.toml`` (``[tool.ruff]``, ``[tool.mypy]``). A finding fails
the test with the tool's own report (file:line: rule, message), so fix the code, or, if a rule
is wrong for this project, change the configuration with a reason beside it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def _require(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is not installed; it is part of the test extra: pip install -e '.[test]'")


def test_ruff_check_is_clean():
    _require("ruff")
    r = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."])
    assert r.returncode == 0, f"ruff check found problems:\n{r.stdout}{r.stderr}"


#: What mypy checks, as ``[tool.mypy] files`` lists it: the pipeline, the app's modules and the app's page script.
MYPY_TARGETS = ["pipeline", "mapapp", "app.py"]


def test_mypy_is_clean():
    """One mypy run over :data:`MYPY_TARGETS` (their shared imports, pandas and numpy above all, are
    analysed once). mypy keeps its incremental cache in ``.mypy_cache/`` (its default): a cold run
    takes about 25 s, a rerun on unchanged or lightly changed code a second or two."""
    import tomllib

    _require("mypy")
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["files"]
    assert configured == MYPY_TARGETS, "[tool.mypy] files and this test check different things"
    r = _run([sys.executable, "-m", "mypy", *MYPY_TARGETS])
    assert r.returncode == 0, f"mypy found problems in {', '.join(MYPY_TARGETS)}:\n{r.stdout}{r.stderr}"


def test_version_has_one_source():
    """pyproject.toml's version is the pipeline's, and the changelog's latest release."""
    import re
    import tomllib

    import pipeline

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert pipeline.__version__ == version
    released = re.findall(r"^## (\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert released and released[0] == version, "CHANGELOG's latest release heading and pyproject.toml disagree"
    r = _run([sys.executable, "-m", "pipeline", "--version"])
    assert r.stdout.split() == ["python", "-m", "pipeline", version]
