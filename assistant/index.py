"""The built index: chunks in Chroma (through llama-index) and the report catalogue beside them.

`index/chroma/` holds the vectors; `index/bm25/` the lexical index over the same chunks;
`index/records.sqlite3` the officers' records (commitments, decisions, ratings, events);
`index/reports.json` the parsed reports with their content hashes, so ingest skips an unchanged
report and answers can show whole paragraphs without the corpus.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .chunks import Chunk, chunk_report
from .embed import Embedder, go_offline
from .errors import AssistantError, IndexMissing, UnreadableReport
from .records import RecordStore
from .reports import SUFFIXES, Paragraph, Report, read_report, report_id
from .settings import Settings

CATALOGUE = "reports.json"
LEXICAL = "bm25"
LOCK = "write.lock"
EMBED_GROUP = 400  # paragraphs parsed before one embedding call
EXACT_SCOPE = 2_000  # a scope of up to this many chunks is scored exactly, without an index search
LEXICAL_DEPTH = 64  # BM25 results taken before the scope filter and the cut to k
FORMAT = 1


@dataclass(frozen=True)
class Outcome:
    """What ingest did with one file: new, updated, unchanged or failed (with the reason)."""

    path: str
    status: str
    report_id: str = ""
    detail: str = ""


class Store:
    """Chroma collection + report catalogue for one index folder; one per process."""

    def __init__(self, settings: Settings, embedder: Embedder, create: bool = False):
        self.dir = Path(settings.index_dir)
        self.embedder = embedder
        catalogue = self.dir / CATALOGUE
        if not catalogue.exists() and not create:
            raise IndexMissing(self.dir)
        data = _load_catalogue(catalogue, embedder.identity) if catalogue.exists() else {}
        self.reports: dict[str, Report] = {rid: _report_from_dict(r) for rid, r in data.get("reports", {}).items()}
        self._lexical_key = data.get("lexical_key", "")
        self.records = RecordStore(self.dir)
        self.collection = _collection(settings, self.dir, embedder)
        from llama_index.core import VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.vector_store = ChromaVectorStore(chroma_collection=self.collection)
        self.llama_index = VectorStoreIndex.from_vector_store(self.vector_store, embed_model=embedder.as_llama())

    @property
    def chunks(self) -> list[Chunk]:
        return [c for r in self.reports.values() for c in chunk_report(r)]

    def replace(self, report: Report, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        """Swap a report's old chunks for new ones and record it in the catalogue (written by `save`).

        A crash before `save` leaves the catalogue behind Chroma; the next ingest sees those
        reports as changed and replaces their chunks again, so the two come back in step."""
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        self.vector_store.delete(ref_doc_id=report.id)
        nodes = [
            TextNode(
                id_=c.id,
                text=c.text,
                embedding=v,
                metadata={"report_id": c.report_id, "key": c.key, "label": c.label, "meeting_date": c.meeting_date},
                relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=report.id)},
            )
            for c, v in zip(chunks, vectors)
        ]
        if nodes:
            self.llama_index.insert_nodes(nodes)
        self.records.replace(report)
        self.reports[report.id] = report

    def clear(self) -> None:
        for report_id in list(self.reports):
            self.vector_store.delete(ref_doc_id=report_id)
        self.reports = {}
        self.records.remove_missing(set())
        self.save()

    def save(self) -> None:
        """Write the catalogue and rebuild the persisted BM25 index to match it."""
        self.dir.mkdir(parents=True, exist_ok=True)
        chunks = self.chunks
        key = _chunks_key(chunks)
        if chunks and key != self._lexical_key:
            tmp_dir = self.dir / (LEXICAL + ".tmp")
            shutil.rmtree(tmp_dir, ignore_errors=True)
            build_lexical(chunks).persist(str(tmp_dir))
            shutil.rmtree(self.dir / LEXICAL, ignore_errors=True)
            os.replace(tmp_dir, self.dir / LEXICAL)
        self._lexical_key = key
        data = {
            "format": FORMAT,
            "embed_model": self.embedder.identity,
            "lexical_key": key,
            "reports": {rid: dataclasses.asdict(r) for rid, r in sorted(self.reports.items())},
        }
        tmp = self.dir / (CATALOGUE + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.dir / CATALOGUE)

    def dense(self, question: str, k: int, chunk_ids: list[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the k nearest chunks, optionally among some chunks only.

        Chroma's `where` filter scans every record (about 140 ms at 100k, 600 ms at 300k), so a
        scope is applied by id instead: a small one is scored exactly from its stored vectors; a
        large one takes a deeper unfiltered search and keeps the chunks in scope."""
        if chunk_ids is None:
            retriever = self.llama_index.as_retriever(similarity_top_k=k)
            # the Chroma store reports exp(-cosine distance); turn it back into cosine similarity
            return [(n.node.node_id, 1.0 + math.log(n.score)) for n in retriever.retrieve(question) if n.score]
        if not chunk_ids:
            return []
        if len(chunk_ids) <= EXACT_SCOPE:
            import numpy as np

            stored = self.collection.get(ids=list(chunk_ids), include=["embeddings"])
            vectors = np.asarray(stored["embeddings"], dtype=np.float32)
            scores = vectors @ np.asarray(self.embedder.embed_query(question), dtype=np.float32)
            order = np.argsort(-scores, kind="stable")[:k]
            return [(stored["ids"][i], float(scores[i])) for i in order]
        wanted = set(chunk_ids)
        total = max(self.count(), 1)
        depth = min(total, int(k * total / len(wanted) * 2) + k)
        return [r for r in self.dense(question, depth) if r[0] in wanted][:k]

    def lexical(self):
        """The BM25 retriever over every chunk: the persisted one when it matches the catalogue."""
        chunks = self.chunks
        if not chunks:
            return None
        folder = self.dir / LEXICAL
        if folder.is_dir() and self._lexical_key == _chunks_key(chunks):
            from llama_index.retrievers.bm25 import BM25Retriever

            return BM25Retriever.from_persist_dir(str(folder), show_progress=False)
        return build_lexical(chunks)

    def count(self) -> int:
        return self.collection.count()


def _collection(settings: Settings, folder: Path, embedder: Embedder):
    go_offline()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        client = chromadb.HttpClient(host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https",
                                     settings=chroma_settings)
    else:
        client = chromadb.PersistentClient(path=str(folder / "chroma"), settings=chroma_settings)
    return client.get_or_create_collection(
        settings.collection, embedding_function=embedder.as_chroma(), configuration={"hnsw": {"space": "cosine"}}
    )


def build_lexical(chunks: list[Chunk]):
    """BM25 (bm25s through llama-index) over the chunks' embedded text: names, numbers, acronyms."""
    go_offline()
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    nodes = [TextNode(id_=c.id, text=c.embed_text) for c in chunks]
    return BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=min(len(nodes), LEXICAL_DEPTH), language="english")


def _chunks_key(chunks: list[Chunk]) -> str:
    digest = hashlib.sha256()
    for c in chunks:
        digest.update(f"{c.id}\n{c.embed_text}\n".encode())
    return digest.hexdigest()


def _load_catalogue(path: Path, model: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AssistantError(f"the index catalogue {path} is unreadable ({e}): rebuild with `assistant ingest --rebuild`") from None
    if data.get("embed_model") != model:
        raise AssistantError(
            f"the index at {path.parent} was built with the model {data.get('embed_model')!r}, not {model!r}: "
            "set ASSISTANT_EMBED_MODEL / ASSISTANT_EMBED_BACKEND to match, or rebuild with `assistant ingest --rebuild`"
        )
    return data


def read_catalogue(folder: Path) -> dict[str, Report]:
    """The reports of an index folder, without loading the model or Chroma (for the records commands)."""
    path = Path(folder) / CATALOGUE
    if not path.exists():
        raise IndexMissing(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AssistantError(f"the index catalogue {path} is unreadable ({e}): rebuild with `assistant ingest --rebuild`") from None
    return {rid: _report_from_dict(r) for rid, r in data["reports"].items()}


def _report_from_dict(d: dict) -> Report:
    d = dict(d)
    d["paragraphs"] = tuple(Paragraph(**{**p, "lines": tuple(p["lines"])}) for p in d["paragraphs"])
    for name in ("recommendations", "topic_scores"):
        d[name] = tuple(tuple(x) for x in d[name])
    d["warnings"] = tuple(d["warnings"])
    return Report(**d)


def report_files(paths: Iterable[Path]) -> list[Path]:
    """The report files named, folders expanded to the supported files inside them (sorted)."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return files


def ingest(store: Store, paths: Iterable[Path], rebuild: bool = False,
           progress: Callable[[Iterable], Iterable] = iter) -> list[Outcome]:
    """Add or update reports; an unchanged report (same content hash) is skipped, a changed one replaced.
    Reports are embedded in groups of about EMBED_GROUP chunks (the model is fastest on long,
    length-sorted batches). Only one process may write an index folder at a time."""
    with writer_lock(store.dir):
        if rebuild:
            store.clear()
        outcomes: list[Outcome] = []
        waiting: list[tuple[Path, Report, bool]] = []
        files = report_files(paths)
        try:
            for path in progress(files):
                outcome, report = _read_changed(store, path)
                if report is None:
                    outcomes.append(outcome)
                    continue
                waiting.append((path, report, outcome.status == "updated"))
                if sum(len(r.paragraphs) for _, r, _ in waiting) >= EMBED_GROUP:
                    outcomes += _embed_and_store(store, waiting)
                    waiting = []
            outcomes += _embed_and_store(store, waiting)
        finally:  # what was ingested before an error or an interrupt is kept
            if any(o.status in ("new", "updated") for o in outcomes):
                store.save()
        order = {str(path): i for i, path in enumerate(files)}
        return sorted(outcomes, key=lambda o: order.get(o.path, len(order)))


def _read_changed(store: Store, path: Path) -> tuple[Outcome, Report | None]:
    """(outcome, None) for a file to skip or that failed; (status, report) for one to embed."""
    old = store.reports.get(report_id(path))
    if old and _unchanged(path, old):  # checked before parsing: re-ingesting an archive is quick
        return Outcome(str(path), "unchanged", old.id), None
    try:
        report = read_report(path)
    except UnreadableReport as e:
        return Outcome(str(path), "failed", detail=e.reason), None
    if old and (old.sha256, old.title, old.committee, old.meeting_date) == (
            report.sha256, report.title, report.committee, report.meeting_date):
        return Outcome(str(path), "unchanged", report.id), None
    return Outcome(str(path), "updated" if old else "new", report.id), report


def _embed_and_store(store: Store, waiting: list[tuple[Path, Report, bool]]) -> list[Outcome]:
    chunked = [(path, report, updated, chunk_report(report)) for path, report, updated in waiting]
    vectors = store.embedder.embed([c.embed_text for *_, chunks in chunked for c in chunks])
    outcomes, at = [], 0
    for path, report, updated, chunks in chunked:
        store.replace(report, chunks, vectors[at: at + len(chunks)])
        at += len(chunks)
        detail = f"{len(report.paragraphs)} paragraphs, {len(chunks)} chunks" + "".join(
            f"; warning: {w}" for w in report.warnings)
        outcomes.append(Outcome(str(path), "updated" if updated else "new", report.id, detail))
    return outcomes


def _unchanged(path: Path, old: Report) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == old.sha256 and not _sidecar_newer(path)
    except OSError:
        return False


def _sidecar_newer(path: Path) -> bool:
    """A sidecar edited since the report was read changes the report even when its file did not."""
    return any(path.with_name(path.stem + suffix).exists() for suffix in (".meta.json", ".meta.yaml"))


@contextlib.contextmanager
def writer_lock(folder: Path):
    """An exclusive lock on an index folder for the length of a write; a second writer is told who holds it."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise AssistantError(
                f"the index at {folder} is being written by {holder}: wait for it to finish (only one process may "
                "write an index folder; for several, run a Chroma server and set ASSISTANT_CHROMA_URL)") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
