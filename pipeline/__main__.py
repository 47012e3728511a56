"""``python -m pipeline``: see :mod:`pipeline.cli`."""

import sys

from .cli import main

sys.exit(main())
