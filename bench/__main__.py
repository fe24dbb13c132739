"""`make bench`: the shipped corpus, measured end to end on this machine.

Prints a table and writes bench/results/<timestamp>.json. Archive-scale sizes come later.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evals" / "smoke.jsonl"
ROUNDS = 5
INGEST_REPORTS = 12  # about 450 chunks: a minute of embedding with the real model


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    return time.perf_counter() - start


def main() -> int:
    from assistant.answer import Assistant
    from assistant.embed import embedder_for
    from assistant.index import Store
    from assistant.settings import Settings

    exe = [sys.executable, "-m", "assistant"]
    cases = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        index = str(Path(tmp) / "index")
        results = {
            "ingest_cli_s": _timed(exe + ["ingest", "corpus", "--index", index]),
            "reingest_unchanged_cli_s": _timed(exe + ["ingest", "corpus", "--index", index]),
            "cold_start_to_first_answer_s": _timed(exe + ["ask", cases[0]["question"], "--index", index]),
        }
        settings = Settings.load({"index_dir": index})
        embedder = embedder_for(settings)
        store = Store(settings, embedder)
        raw, ours, texts = ingest_vs_encode(embedder, Path(tmp), INGEST_REPORTS)
        assistant = Assistant(settings, embedder, store)
        latencies = []
        for _ in range(ROUNDS):
            for case in cases:
                start = time.perf_counter()
                assistant.ask(case["question"], case.get("history") or [])
                latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    results.update(pdf_throughput(embedder))
    results["backends"] = backend_figures(texts)
    results.update(naive_figures(embedder, cases))
    results.update(
        chunks=len(texts),
        raw_encode_chunks_per_s=raw,
        ingest_chunks_per_s=ours,
        ingest_vs_raw=ours / raw,
        answers=len(latencies),
        warm_p50_ms=statistics.median(latencies),
        warm_p95_ms=latencies[int(0.95 * (len(latencies) - 1))],
    )
    machine = {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}
    for name, value in results.items():
        if not isinstance(value, dict):  # the backends were printed as they ran
            print(f"{name:32} {value:10.3f}" if isinstance(value, float) else f"{name:32} {value:10}")
    results["load"] = load_figures()
    print("load", json.dumps(results["load"]), flush=True)
    results["scale"] = scale_figures(embedder)
    out = ROOT / "bench" / "results" / f"{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": machine, "results": results}, indent=1))
    print(f"written {out.relative_to(ROOT)}")
    return 0


def ingest_vs_encode(embedder, work: Path, count: int) -> tuple[float, float, list[str]]:
    """Chunks per second of raw `encode` and of `ingest()` over the same `count` generated reports,
    with the real model (enough text that ingest's fixed costs, BM25 and the catalogue, amortise)."""
    from assistant.chunks import chunk_report
    from assistant.index import Store, ingest
    from assistant.reports import read_report
    from assistant.settings import Settings

    from bench.scale import generate

    files = generate(work / "ingest-reports", count)
    texts = [c.embed_text for f in files for c in chunk_report(read_report(f))]
    start = time.perf_counter()
    embedder.encode(texts)
    raw = len(texts) / (time.perf_counter() - start)
    store = Store(Settings.load({"index_dir": str(work / "ingest-index")}), embedder, create=True)
    start = time.perf_counter()
    ingest(store, [work / "ingest-reports"])
    return raw, len(texts) / (time.perf_counter() - start), texts


def backend_figures(texts: list[str]) -> dict:
    """Each embedding backend: encode throughput over the same texts, and the eval scorecard over
    the shipped corpus (an index built with that backend; the golden set)."""
    from assistant.answer import Assistant
    from assistant.embed import Embedder
    from assistant.evals import load_set, run, scorecard
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    cases = load_set(ROOT / "evals" / "questions.jsonl")
    out = {}
    for backend in ("torch", "onnx", "onnx-int8"):
        embedder = Embedder("all-MiniLM-L6-v2", backend=backend)
        embedder.encode(texts[:32])  # warm
        start = time.perf_counter()
        embedder.encode(texts)
        rate = len(texts) / (time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings.load({"index_dir": tmp, "embed_backend": backend})
            store = Store(settings, embedder, create=True)
            ingest(store, [ROOT / "corpus"])
            card = scorecard(run(Assistant(settings, embedder, store), cases))
        out[backend] = {"chunks_per_s": round(rate, 1), "overall": card["overall"], **card["accuracy"],
                        "false_answers": card["false_answers"], "latency_ms": card["latency_ms"]}
        print(backend, json.dumps(out[backend]), flush=True)
    return out


def naive_figures(embedder, cases: list[dict]) -> dict:
    """The naive llama-index pipeline on the same corpus and questions: build time and query latency."""
    from assistant.naive import NaivePipeline

    start = time.perf_counter()
    pipeline = NaivePipeline(sorted((ROOT / "corpus").glob("*.txt")), embedder)
    build = time.perf_counter() - start
    times = []
    for _ in range(ROUNDS):
        for case in cases:
            times.append(pipeline.ask(case["question"]).latency_ms)
    times.sort()
    return {"naive_build_s": build, "naive_p50_ms": statistics.median(times), "naive_p95_ms": times[int(0.95 * (len(times) - 1))]}


def load_figures() -> dict:
    """20 chat users for 60 s against a server process, with an ingest into its index meanwhile."""
    import socket

    from bench.load import run

    with socket.socket() as s, tempfile.TemporaryDirectory() as tmp:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        return run(Path(tmp), port, users=20, seconds=60)


def scale_figures(embedder) -> list[dict]:
    """Indexes of generated reports (BENCH_SIZES, default 2,1000,10000), measured one after another."""
    from assistant.evals import load_set

    from bench.scale import measure

    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "2,1000,10000").split(",") if x.strip()]
    questions = [c["question"] for c in load_set(ROOT / "evals" / "questions.jsonl") if not c.get("history")][:60]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            row = measure(size, Path(tmp), embedder, questions)
            rows.append(row)
            print(json.dumps(row), flush=True)
    return rows


def pdf_throughput(embedder, copies: int = 10) -> dict:
    """Pages per second of PDF ingest: parse only, and parse + embed + index (the PDFs are made
    from the shipped reports by the test fixtures' writer)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import fixtures
    from pypdf import PdfReader

    from assistant.index import Store, ingest
    from assistant.reports import read_report
    from assistant.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pdfs"
        folder.mkdir()
        for txt in sorted((ROOT / "corpus").glob("*.txt")):
            made = fixtures.write_pdf(txt, folder / f"{txt.stem}.pdf")
            for i in range(1, copies):
                shutil.copy(made, folder / f"{txt.stem}-copy{i}.pdf")
        files = sorted(folder.glob("*.pdf"))
        pages = sum(len(PdfReader(str(f)).pages) for f in files)
        start = time.perf_counter()
        for f in files:
            read_report(f)
        parse = time.perf_counter() - start
        store = Store(Settings.load({"index_dir": str(Path(tmp) / "index")}), embedder, create=True)
        start = time.perf_counter()
        ingest(store, [folder])
        full = time.perf_counter() - start
    return {"pdf_pages": pages, "pdf_parse_pages_per_s": pages / parse, "pdf_ingest_pages_per_s": pages / full}


if __name__ == "__main__":
    sys.exit(main())
