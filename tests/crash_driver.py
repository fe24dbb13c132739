"""`python -m crash_driver INDEX CORPUS POINT [rebuild]`: run the real ingest (or rebuild) and SIGKILL this process
at POINT (embedding, vectors-stored: after the first group's vectors and rows, before-commit, after-commit), or at
`pause:MARKER` create MARKER just before the commit and wait until it is deleted. The settings come from the
environment as for the command line (ASSISTANT_CHROMA_URL, ASSISTANT_COLLECTION). Used by test_crash.py."""

import os
import signal
import sys
import time
from pathlib import Path

from assistant.catalogue import Catalogue
from assistant.embed import Embedder, embedder_for
from assistant.index import Store, ingest
from assistant.settings import Settings


def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def main(index: str, corpus: str, point: str, mode: str = "ingest") -> None:
    settings = Settings.load({"index_dir": index})
    store = Store(settings, embedder_for(settings), create=True, rebuild=mode == "rebuild")
    replace, commit = Store.replace, Catalogue.commit
    if point == "embedding":
        Embedder.embed = die
    elif point == "vectors-stored":
        Store.replace = lambda self, *a: (replace(self, *a), die())
    elif point == "before-commit":
        Catalogue.commit = die
    elif point == "after-commit":
        Catalogue.commit = lambda self: (commit(self), die())
    elif point.startswith("pause:"):
        marker = Path(point.removeprefix("pause:"))

        def paused(self):
            marker.touch()
            while marker.exists():
                time.sleep(0.05)
            commit(self)

        Catalogue.commit = paused
    else:
        raise SystemExit(f"unknown point {point}")
    ingest(store, [Path(corpus)], rebuild=mode == "rebuild")


if __name__ == "__main__":
    main(*sys.argv[1:5])
