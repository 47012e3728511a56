"""The app's server caps glibc's malloc arenas (mapapp.arenas): threads then share two arenas."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mapapp import arenas

ROOT = Path(__file__).resolve().parent.parent

# Six threads allocate at once and wait; glibc's malloc_info then tells how many arenas (heaps) exist.
PROBE = textwrap.dedent(
    """
    import ctypes, sys, tempfile, threading
    from mapapp.arenas import limit_arenas
    print(limit_arenas(2, environ=eval(sys.argv[1])))
    barrier = threading.Barrier(7)
    kept = []
    def work():
        kept.append([bytearray(5000) for _ in range(50)])
        barrier.wait()
        barrier.wait()
    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    barrier.wait()
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    with tempfile.NamedTemporaryFile(suffix=".xml") as f:
        fp = libc.fopen(f.name.encode(), b"w")
        libc.malloc_info(0, fp)
        libc.fclose(fp)
        print(open(f.name).read().count("<heap nr="))
    barrier.wait()
    for t in threads:
        t.join()
    """
)


def _glibc() -> bool:
    try:
        return hasattr(ctypes.CDLL(None), "gnu_get_libc_version")
    except OSError:
        return False


def _probe(environ: dict[str, str]) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run([sys.executable, "-c", PROBE, repr(environ)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    return out[0], int(out[1])


@pytest.mark.skipif(not _glibc(), reason="glibc only")
def test_capped_threads_share_two_arenas():
    answer, heaps = _probe({})
    assert answer == "True"
    assert heaps <= 2


@pytest.mark.skipif(not _glibc(), reason="glibc only")
def test_an_operators_malloc_arena_max_wins():
    # the variable is named: nothing is set, so six busy threads get arenas of their own
    answer, heaps = _probe({"MALLOC_ARENA_MAX": "8"})
    assert answer == "None"
    assert heaps > 2


def test_no_arena_is_refused(monkeypatch):
    monkeypatch.setitem(arenas._state, "done", None)
    with pytest.raises(ValueError, match="at least 1"):
        arenas.limit_arenas(0, environ={})
