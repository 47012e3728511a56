"""Instructions an article for the per-article analysis, counted by valgrind (issue 13).

Usage::

    python benchmarks/bench_instructions.py [--articles 20] [--corpus bench|dev] [--seed 1]

CPU and wall times on this shared 2-core machine swing with the load (the same code measured
3.2 ms CPU an article at load 2 and 5.5 ms at load 12); an instruction count does not. This runs
:func:`benchmarks.bench_analysis.one_pass` (what a build's worker does for each article: read it,
``Pipeline.process``, ``to_json``, the cache record) under ``valgrind --tool=callgrind``, collecting
only inside that pass (``--toggle-collect`` on ``operator.call``, which wraps it), after a warm-up
pass of 20 articles, and prints the instructions an article. Slow (valgrind runs Python about 50
times slower: a few minutes for 20 articles); needs ``valgrind`` on the PATH. Compare two
versions of the code by running it in each worktree. This is a benchmark, not a test: it asserts
nothing.
"""

from __future__ import annotations

import argparse
import operator
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(corpus: str, n: int, seed: int) -> None:
    """Under valgrind: warm up on 20 articles, then the measured pass over ``n`` more."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_analysis import corpus_files, one_pass
    from pipeline.core import Pipeline
    from pipeline.output import ArticleRenderer

    files = corpus_files(corpus, n + 20, seed)
    pipe, renderer = Pipeline.from_geo_dir(ROOT / "geo"), ArticleRenderer()
    one_pass(pipe, renderer, files[:20])
    operator.call(one_pass, pipe, renderer, files[20:])  # the only call collected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--corpus", choices=["bench", "dev"], default="bench")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.corpus, args.articles, args.seed)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="qbench-instr-") as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=_operator_call",
                        f"--callgrind-out-file={out}", sys.executable, __file__, "--child", "--articles",
                        str(args.articles), "--corpus", args.corpus, "--seed", str(args.seed)],
                       check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        total = next(int(m.group(1)) for line in out.read_text().splitlines()
                     if (m := re.match(r"(?:summary|totals):\s+(\d+)", line)))
    print(f"corpus {args.corpus}, {args.articles} articles after a warm-up of 20: "
          f"{total / args.articles / 1e6:.2f} M instructions an article (valgrind callgrind)")


if __name__ == "__main__":
    main()
