"""Archive-scale figures: reports generated deterministically from the shipped two (dates,
committees, names, numbers, ratings and wording varied), written to a temporary folder, indexed,
and questioned with and without a report or date filter.

Embedding 10,000 reports with the real model would take hours on two cores (about 50 chunks/s),
so at these sizes each chunk gets a synthetic vector: the real vector of the shipped chunk it was
made from, perturbed by a seed from its own text. Questions are embedded by the real model. These
runs measure the index, retrieval, answering and memory at scale; embedding throughput is
measured on real text in the main benchmark.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np

from assistant.embed import Embedder

ROOT = Path(__file__).resolve().parent.parent
COMMITTEES = ["Overview and Scrutiny Committee", "Audit and Governance Committee", "Combined Authority Board",
              "Skills Committee", "Transport and Infrastructure Committee", "Housing and Communities Committee"]
NAMES = ["Max Soule", "Janice Gotts", "Angela Probert", "Nick Bell", "Ruth Adeyemi", "Tom Okafor", "Priya Shah",
         "Gareth Lewis", "Hannah Moss", "Leo Carter"]
RATINGS = ["Green", "Amber", "Red", "Green/Amber", "Amber/Red"]
SWAPS = [("progress", "headway"), ("staff", "colleagues"), ("developed", "drawn up"), ("ensure", "make sure")]


def generate(folder: Path, count: int) -> list[Path]:
    """`count` reports varied from the shipped ones, with meeting dates spread over ten years."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    start = dt.date(2015, 1, 5)
    made = []
    for i in range(count):
        text = sources[i % len(sources)]
        day = start + dt.timedelta(days=int(i * 3650 / max(count, 1)))
        committee = COMMITTEES[i % len(COMMITTEES)]
        text = re.sub(r"\d{1,2} (November) (2023|2024)", f"{day.day} {day:%B %Y}", text, count=1)
        text = text.replace("Overview and Scrutiny Committee", committee)
        for j, name in enumerate(("Max Soule", "Janice Gotts", "Angela Probert")):
            text = text.replace(name, NAMES[(i + j) % len(NAMES)])
        text = re.sub(r"\((Green|Green/Amber)\)", lambda m: f"({RATINGS[(i + len(m[0])) % len(RATINGS)]})", text)
        text = re.sub(r"£250K", f"£{100 + i % 900}K", text).replace("Over 85 staff", f"Over {20 + i % 180} staff")
        old, new = SWAPS[i % len(SWAPS)]
        text = text.replace(old, new)
        slug = re.sub(r"[^a-z]+", "-", committee.lower()).strip("-")
        path = folder / f"{day.isoformat()}-{slug}-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


class SyntheticEmbedder(Embedder):
    """The real model for questions; for report text, the real vector of the shipped chunk nearest in
    shape, perturbed by the text's own seed (so every chunk differs, deterministically)."""

    def __init__(self, real: Embedder, bases: list[str]):
        self.__dict__.update(real.__dict__)
        self.real = real
        self.bases = np.asarray(real.embed(bases), dtype=np.float32)
        self.keys = [self._key(t) for t in bases]

    @staticmethod
    def _key(text: str) -> str:
        return re.sub(r"[^a-z]", "", text.lower())[:60]

    def embed(self, texts):
        out = []
        for text in texts:
            key = self._key(text)
            base = next((i for i, k in enumerate(self.keys) if k[:30] == key[:30]), zlib.crc32(key.encode()) % len(self.bases))
            noise = np.random.default_rng(zlib.crc32(text.encode())).normal(0, 0.02, self.bases.shape[1])
            vector = self.bases[base] + noise.astype(np.float32)
            out.append((vector / np.linalg.norm(vector)).tolist())
        return out

    def embed_query(self, text: str):
        return self.real.embed_query(text)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, in MB."""
    status = Path("/proc/self/status").read_text()
    get = lambda key: int(re.search(rf"{key}:\s+(\d+)", status)[1]) / 1024
    return get("VmRSS"), get("VmHWM")


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def serve_figures(index: Path, questions: list[str], filters: dict) -> dict:
    """Run in a fresh process (`python -m bench.scale serve INDEX`): load the index as the server
    does, answer every question warm, with and without filters, and report latency and memory."""
    from assistant.answer import Assistant
    from assistant.retrieve import Scope
    from assistant.settings import Settings

    start = time.perf_counter()
    assistant = Assistant(Settings.load({"index_dir": str(index)}))
    assistant.ask(questions[0])
    cold = time.perf_counter() - start
    out = {"cold_start_to_first_answer_s": round(cold, 2)}
    for name, scope in [("unfiltered", Scope()), ("one_report", Scope.from_flags([filters["report"]])),
                        ("date_range", Scope.from_flags(since=filters["since"], until=filters["until"]))]:
        times = []
        for question in questions:
            t = time.perf_counter()
            assistant.ask(question, scope=scope)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[f"{name}_p50_ms"] = round(statistics.median(times), 1)
        out[f"{name}_p95_ms"] = round(times[int(0.95 * (len(times) - 1))], 1)
    out["server_rss_mb"], out["server_peak_rss_mb"] = (round(x) for x in rss_mb())
    return out


def measure(size: int, work: Path, real: Embedder, questions: list[str]) -> dict:
    """Build an index of `size` generated reports and measure it."""
    from assistant.chunks import chunk_report
    from assistant.index import Store, ingest
    from assistant.reports import read_report
    from assistant.settings import Settings

    folder = work / f"reports-{size}"
    files = generate(folder, size) if size > 2 else sorted((ROOT / "corpus").glob("*.txt"))
    bases = [c.embed_text for p in sorted((ROOT / "corpus").glob("*.txt")) for c in chunk_report(read_report(p))]
    embedder = SyntheticEmbedder(real, bases) if size > 2 else real
    index = work / f"index-{size}"
    store = Store(Settings.load({"index_dir": str(index)}), embedder, create=True)
    start = time.perf_counter()
    ingest(store, [folder] if size > 2 else files)
    build = time.perf_counter() - start
    chunks = store.count()
    start = time.perf_counter()
    ingest(store, [folder] if size > 2 else files)
    reingest = time.perf_counter() - start
    del store
    reports = sorted(p.stem for p in files)
    middle = reports[len(reports) // 2]
    filters = {"report": re.sub(r"[^a-z0-9]+", "-", middle.lower()).strip("-"),
               "since": middle[:10] if size > 2 else "2024-01-01", "until": reports[-1][:10] if size > 2 else "2024-12-31"}
    figures = json.loads(subprocess.run(
        [sys.executable, "-m", "bench.scale", "serve", str(index), json.dumps(filters)],
        input="\n".join(questions), capture_output=True, text=True, cwd=ROOT, check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"}).stdout.strip().splitlines()[-1])
    row = {"reports": len(files), "chunks": chunks, "index_build_s": round(build, 1),
           "index_build_chunks_per_s": round(chunks / build, 1), "reingest_unchanged_s": round(reingest, 2),
           "index_disk_mb": round(disk_mb(index)), **figures}
    if size <= NAIVE_MAX:
        row.update(naive_figures(files, embedder, questions))
    return row


NAIVE_MAX = 1_000  # beyond this the naive in-memory store needs more memory and minutes a query


def naive_figures(files: list[Path], embedder: Embedder, questions: list[str]) -> dict:
    """The naive llama-index pipeline over the same files and (synthetic) vectors: build, query, memory."""
    from assistant.naive import NaivePipeline

    before = rss_mb()[0]
    start = time.perf_counter()
    pipeline = NaivePipeline(files, embedder)
    build = time.perf_counter() - start
    times = sorted(pipeline.ask(q).latency_ms for q in questions)
    return {"naive_build_s": round(build, 1), "naive_p50_ms": round(statistics.median(times), 1),
            "naive_p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
            "naive_memory_mb": round(rss_mb()[0] - before)}


if __name__ == "__main__" and sys.argv[1:2] == ["serve"]:
    questions = [line for line in sys.stdin.read().splitlines() if line.strip()]
    print(json.dumps(serve_figures(Path(sys.argv[2]), questions, json.loads(sys.argv[3]))))
