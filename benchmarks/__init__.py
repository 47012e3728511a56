"""Speed, memory and accuracy measurements (scripts that print figures; not tests).

A package so that the tests and the scripts import one another's generators as
``benchmarks.bench_pipeline`` (``make_corpus``), ``benchmarks.bench_hostile`` and
``benchmarks.bench_map``, never as bare top-level names. Each script still runs as
``python benchmarks/<name>.py`` (it puts the project folder on ``sys.path`` first).
"""
