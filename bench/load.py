"""Many chat users at once: a real server process (`assistant serve`) on 127.0.0.1, `users` threads each
with its own gradio_client asking the smoke questions for `seconds`, while another process ingests a
new report into the same index folder. Every answer must equal the one the question gets alone,
from the index as it was before the ingest or as it is after.

`make bench` runs it for 60 s (`python -m bench.load`); the test suite runs the same harness shorter.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [json.loads(line)["question"] for line in (ROOT / "evals" / "smoke.jsonl").read_text().splitlines()
             if line.strip()]


@contextlib.contextmanager
def server(index: Path, port: int):
    """`assistant serve` on 127.0.0.1:port over an index folder, until the block ends."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ASSISTANT_INDEX_DIR": str(index), "ASSISTANT_PORT": str(port)}
    process = subprocess.Popen([sys.executable, "-m", "assistant", "serve"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"the server did not start: {process.stderr.read()[-2000:]}") from None
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=30)


def load(url: str, users: int, seconds: float, during=None) -> dict:
    """`users` concurrent chat users for `seconds`; `during()` runs once, a few seconds in."""
    from gradio_client import Client

    alone = Client(url, verbose=False)
    expected = {q: alone.predict(q, [], api_name="/chat") for q in QUESTIONS}
    answers: list = []  # (ms, question, answer), then (ms, whether it is the answer of the index before or after)
    errors: list[str] = []
    start = time.monotonic()
    stop = start + seconds

    def user(number: int) -> None:
        client = Client(url, verbose=False)
        turn = number
        while time.monotonic() < stop:
            question = QUESTIONS[turn % len(QUESTIONS)]
            turn += 1
            asked = time.perf_counter()
            try:
                got = client.predict(question, [], api_name="/chat")
            except Exception as e:  # counted and reported: the figure that must be zero
                errors.append(f"{type(e).__name__}: {e}")
                continue
            answers.append(((time.perf_counter() - asked) * 1000, question, got))

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for t in threads:
        t.start()
    side = None
    if during is not None:
        time.sleep(min(5, seconds / 4))
        side = during()
    for t in threads:
        t.join(timeout=seconds + 120)
    after = {q: alone.predict(q, [], api_name="/chat") for q in QUESTIONS}  # what the ingested state answers
    answers = [(ms, got in (expected[q], after[q])) for ms, q, got in answers]
    times = sorted(ms for ms, _ in answers)
    return {
        "users": users, "seconds": seconds, "answers": len(answers), "answers_per_s": round(len(answers) / seconds, 1),
        "wrong": sum(1 for _, ok in answers if not ok), "errors": len(errors), "first_errors": errors[:3],
        "p50_ms": round(statistics.median(times), 1) if times else None,
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1) if times else None,
        "ingest_during": side,
    }


def ingest_a_report(index: Path, work: Path) -> dict:
    """Another process ingests a new report into the index the server reads."""
    folder = work / "new-reports"
    folder.mkdir(exist_ok=True)
    (folder / "2025-06-30-highways-maintenance.txt").write_text(
        "Highways and Transport Committee\nReport of: Rowan Ellis, Head of Highways\n\n1. Purpose\n\n"
        "1.1\tThis report sets out the winter gritting programme for 2025/26.\n\n2. Proposal\n\n"
        "2.1\tThe programme will treat 1,200 km of priority routes from October 2025.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(folder), "--index", str(index)],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    return {"exit": done.returncode, "output": (done.stdout + done.stderr).strip().splitlines()[-1:]}


def run(work: Path, port: int, users: int = 20, seconds: float = 60) -> dict:
    index = work / "index"
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(ROOT / "corpus"), "--index", str(index)],
                   cwd=ROOT, check=True, capture_output=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    with server(index, port) as url:
        return load(url, users, seconds, during=lambda: ingest_a_report(index, work))


if __name__ == "__main__":
    import socket
    import tempfile

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(Path(tmp), free, seconds=float(os.environ.get("LOAD_SECONDS", 60)))
    print(json.dumps(figures))
