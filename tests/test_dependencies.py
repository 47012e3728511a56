"""Every third-party package the code imports is declared in ``pyproject.toml``.

CI installs the project into a fresh virtual environment (``.ci/run``), so an import that
arrives only through another package's dependencies breaks a user's install some day. This
test reads the imports of ``app.py``, ``mapapp/`` and ``pipeline/`` (the runtime code) with
:mod:`ast` and requires each third-party one to be a declared dependency; the imports of
``tests/`` may also come from the ``test`` extra.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import lru_cache
from importlib.metadata import packages_distributions
from pathlib import Path

from conftest import ROOT

#: Import names whose distribution is spelled differently (PyPI name, normalised).
DISTRIBUTION_OF = {"PIL": "pillow", "yaml": "pyyaml", "sklearn": "scikit-learn", "bs4": "beautifulsoup4",
                   "dateutil": "python-dateutil", "google": "protobuf"}
#: This project's own top-level names (not on PyPI): the packages, ``app.py``, pytest's
#: ``conftest`` (shared fixtures) and ``browser_support`` (the browser tests' helpers, beside
#: it). Nothing else: a test shares fixtures through ``conftest`` and imports the benchmark
#: generators as ``benchmarks.<script>``, never another test module or script by a bare name.
LOCAL = {"app", "pipeline", "mapapp", "conftest", "browser_support", "tests", "benchmarks"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    return _norm(re.split(r"[\s<>=!~;\[(]", spec.strip(), maxsplit=1)[0])


def declared(extras: tuple[str, ...] = ()) -> set[str]:
    """Normalised distribution names in ``[project] dependencies`` (plus the given extras)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_requirement_name(d) for d in project["dependencies"]}
    for extra in extras:
        names |= {_requirement_name(d) for d in project["optional-dependencies"][extra]}
    return names


def _module_level(tree: ast.AST):
    """The nodes of ``tree`` outside function bodies (what importing the module runs)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        todo += [n for n in ast.iter_child_nodes(node) if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def imported_modules(source: str, module_level_only: bool = False) -> set[str]:
    """Absolute, non-standard-library module names imported anywhere in ``source``
    (function-level imports included unless ``module_level_only``), without this project's
    own modules."""
    found: set[str] = set()
    tree = ast.parse(source)
    for node in (_module_level(tree) if module_level_only else ast.walk(tree)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return {m for m in found if m.split(".")[0] not in sys.stdlib_module_names and m.split(".")[0] not in LOCAL}


@lru_cache(maxsize=1)
def _installed() -> dict[str, list[str]]:
    return packages_distributions()


def candidates(module: str) -> set[str]:
    """Distribution names that may provide ``module`` (normalised)."""
    top = module.split(".")[0]
    if top == "xstatic":  # namespace package: xstatic.pkg.leaflet_markercluster -> xstatic-leaflet-markercluster
        parts = module.split(".")
        return {_norm("xstatic-" + parts[2])} if len(parts) > 2 and parts[1] == "pkg" else {"xstatic"}
    names = {_norm(top), _norm(DISTRIBUTION_OF.get(top, top))}
    names |= {_norm(d) for d in _installed().get(top, [])}
    return names


def undeclared(files: list[Path], allowed: set[str], module_level_only: bool = False) -> dict[str, list[str]]:
    """Imported modules no allowed distribution provides -> the files importing them."""
    missing: dict[str, list[str]] = {}
    for path in files:
        for module in imported_modules(path.read_text(encoding="utf-8"), module_level_only):
            if not candidates(module) & allowed:
                missing.setdefault(module, []).append(path.name)
    return missing


def _runtime_files() -> list[Path]:
    return [ROOT / "app.py", *sorted((ROOT / "mapapp").rglob("*.py")), *sorted((ROOT / "pipeline").rglob("*.py"))]


#: Extras whose packages the runtime code may import, inside the function that needs them only
#: (with a message naming the extra when absent): ``pipeline/engines.py`` and Dask.
OPTIONAL_RUNTIME_EXTRAS = ("dask",)


def test_runtime_imports_are_declared_dependencies():
    missing = undeclared(_runtime_files(), declared())
    lazy_optional = undeclared(_runtime_files(), declared(OPTIONAL_RUNTIME_EXTRAS))
    assert not lazy_optional, f"imported but not in pyproject.toml [project] dependencies: {lazy_optional}"
    eager = undeclared(_runtime_files(), declared(), module_level_only=True)
    assert not eager, f"an optional extra's package imported when the module loads (import it lazily): {eager}"
    assert set(missing) <= {"distributed"}, missing  # the one optional import so far (Dask engine)


def test_the_test_extra_brings_the_optional_engine():
    """CI installs ``.[test]`` only, and the Dask engine's test must run there."""
    assert declared(OPTIONAL_RUNTIME_EXTRAS) - declared() <= declared(("test",))


def test_test_imports_are_declared_in_the_test_extra():
    missing = undeclared(sorted((ROOT / "tests").rglob("*.py")), declared(("test",)))
    assert not missing, f"imported by tests but not in pyproject.toml (dependencies or the test extra): {missing}"


def test_directly_used_packages_are_declared():
    """The ones the fresh-install review found arriving only through other packages."""
    deps = declared()
    for name in ("altair", "numpy", "jinja2", "branca", "pyarrow", "shapely", "xstatic-leaflet"):
        assert name in deps, name
    # PNG pixels are read by Chromium (mapapp.pngpixels), so nothing imports PIL and Pillow is not declared
    assert "pillow" not in deps
    assert "matplotlib" not in deps  # the matplotlib PNG fallback is gone; nothing imports it


def test_the_check_catches_an_undeclared_import(tmp_path):
    """The checker itself: a module importing something undeclared (at function level too) is caught."""
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nimport numpy as np\nimport pyarrow.parquet as pq\nfrom PIL import Image\n"
                     "def f():\n    import matplotlib.pyplot as plt\n    from somethingnew.sub import x\n",
                     encoding="utf-8")
    missing = undeclared([probe], declared())
    assert set(missing) == {"PIL", "matplotlib.pyplot", "somethingnew.sub"}  # PIL: pillow is not declared
    assert set(undeclared([probe], declared(), module_level_only=True)) == {"PIL"}  # the other two are function-level
    probe.write_text("import distributed\n", encoding="utf-8")
    assert set(undeclared([probe], declared(), module_level_only=True)) == {"distributed"}


def test_tests_import_no_test_module_or_benchmark_script_by_a_bare_name():
    """Shared fixtures come from ``conftest``, benchmark generators from ``benchmarks.<script>``:
    a bare ``import test_truces`` or ``from bench_pipeline import …`` works only with the
    right folder on ``sys.path`` and reads as an undeclared third-party import."""
    bare = {p.stem for p in (ROOT / "tests").glob("test_*.py")} | {p.stem for p in (ROOT / "benchmarks").glob("*.py")}
    found = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            found.update({n: path.name for n in names if n.split(".")[0] in bare})
    assert not found, f"local modules imported by a bare name (use conftest or benchmarks.<script>): {found}"
