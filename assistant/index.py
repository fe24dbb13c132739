"""The built index: vectors in Chroma (through llama-index), BM25 beside them, and the catalogue.

`index/chroma/` holds the vectors, `index/bm25-<key>/` the lexical index over the same chunks
(memory-mapped, without its corpus), `index/index.sqlite3` the catalogue (`catalogue.py`) and the
officers' records (`records.py`).

An ingest is all or nothing for readers. A report's vectors are stored under ids naming its version
(`<chunk id>@<generation>`), so new versions are written beside the old ones and stay invisible
until the catalogue says otherwise; the BM25 folder of the new state is written beside the old one;
then one SQLite commit switches catalogue, records and BM25 folder together, and only then are old
vectors and folders deleted. An ingest killed at any point leaves the last committed index as it
was; the next ingest sweeps what the killed one left and reuses the vectors it had already stored.
A rebuild is the same single commit: every report gets a new generation (new vector ids) beside the live ones.

The catalogue records where its vectors were written (`Store.where`); an index whose vector store lacks them (moved
to a new Chroma server, a server wiped) refuses to answer with an error that says so, and the next ingest writes them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import secrets
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .catalogue import DATABASE, FORMAT, Catalogue, connect, serialise
from .chunks import Chunk, chunk_report, split_chunk_id
from .embed import Embedder, go_offline, identity_of
from .neighbours import vocabulary
from .errors import AssistantError, IndexMissing, UnreadableReport, VectorsMissing
from .records import RecordStore
from .reports import SUFFIXES, Report, read_report, report_id
from .settings import Settings

LEXICAL = "bm25"
LOCK = "write.lock"
PENDING = "ingest.pending"  # present while an ingest runs: if it outlives one, the next sweeps up
EMBED_GROUP = 400  # paragraphs parsed before one embedding call and one vector insert
EXACT_SCOPE = 2_000  # a scope of up to this many chunks is scored exactly, without an index search
LEXICAL_DEPTH = 64  # BM25 results taken before the scope filter and the cut to k
TOKEN_PATTERN = r"(?u)\b\d{1,2}(?=(?:st|nd|rd|th)\b)|\b\w\w+\b"  # ("16th October" is the day 16 a member types)


@dataclass(frozen=True)
class Outcome:
    """What ingest did with one file: new, updated, unchanged or failed (with the reason)."""

    path: str
    status: str
    report_id: str = ""
    detail: str = ""


class Store:
    """Chroma collection + BM25 + catalogue of one index folder; one per process.

    `reports` maps report id to its parsed `Report`, read on demand from the catalogue."""

    def __init__(self, settings: Settings, embedder: Embedder, create: bool = False, rebuild: bool = False):
        self.dir = Path(settings.index_dir)
        self.embedder = embedder
        if not (self.dir / DATABASE).exists():
            if (self.dir / "reports.json").exists():  # the earlier format: a catalogue file and one BM25 folder
                if not rebuild:
                    raise AssistantError(f"the index at {self.dir} was built by an earlier version: rebuild it "
                                         "with `assistant ingest --rebuild`")
                for name in ("reports.json", "records.sqlite3"):
                    (self.dir / name).unlink(missing_ok=True)
            if not create:
                raise IndexMissing(self.dir)
        self.db = connect(self.dir, write=create)
        self.reports = Catalogue(self.db)
        built_with = self.reports.state("embed_model")
        if built_with and built_with != embedder.identity and not rebuild:
            raise AssistantError(
                f"the index at {self.dir} was built with the model {built_with!r}, not {embedder.identity!r}: "
                "set ASSISTANT_EMBED_MODEL / ASSISTANT_EMBED_BACKEND to match, or rebuild with `assistant ingest --rebuild`"
            )
        self.records = RecordStore(self.db)
        self.settings = settings
        self._open_collection()
        self._garbage: list[str] = []  # vectors of replaced versions, deleted after the commit
        self._reopening = threading.Lock()
        if not create:
            self.check_vectors()

    @property
    def where(self) -> str:
        """Where this index's vectors are to be found now, as the settings say: `<store>, collection <name>`."""
        store = self.settings.chroma_url or f"the embedded store {self.dir / 'chroma'}"
        return f"{store}, collection {collection_name(self.settings, self.embedder.identity)!r}"

    def _open_collection(self) -> None:
        from llama_index.core import VectorStoreIndex
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.client = _client(self.settings, self.dir)
        self.collection = self.client.get_or_create_collection(
            collection_name(self.settings, self.embedder.identity), embedding_function=self.embedder.as_chroma(),
            configuration={"hnsw": {"space": "cosine"}})
        self.vector_store = ChromaVectorStore(chroma_collection=self.collection)
        self.llama_index = VectorStoreIndex.from_vector_store(self.vector_store, embed_model=self.embedder.as_llama())

    def stored_id(self, chunk_id: str) -> str:
        """The Chroma id of a chunk of the current version of its report."""
        return f"{chunk_id}@{self.reports.summaries[split_chunk_id(chunk_id)[0]].generation}"

    def replace(self, group: list[tuple[Report, list[Chunk], str, str]], vectors: dict[str, list[float]]) -> None:
        """Store new versions of reports, given as (report, its chunks, body, version from `serialise`): their vectors
        (those not already stored) beside the old ones, in one insert, and their catalogue and records
        rows in the open transaction (made visible by `save`)."""
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        nodes = [
            TextNode(
                id_=f"{c.id}@{version}",
                text="",  # the text lives in the catalogue; Chroma would index it for full-text search
                embedding=vectors[c.id],
                metadata={"report_id": c.report_id, "key": c.key, "label": c.label, "meeting_date": c.meeting_date,
                          "generation": version},
                relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=report.id)},
            )
            for report, chunks, _, version in group for c in chunks if c.id in vectors
        ]
        if nodes:
            self.llama_index.insert_nodes(nodes)
        new_words = self.reports.unknown_words({w for report, *_ in group for w in vocabulary(report)})
        if new_words:  # the words a question's own may be near in meaning ("extra" and "additional")
            self.reports.put_words(new_words, self.embedder.embed(new_words))
        for report, chunks, body, version in group:
            old = self.reports.summaries.get(report.id)
            if old and old.generation != version:
                self._garbage += [self.stored_id(cid) for cid in self.reports.chunk_ids([report.id])]
            self.reports.put(report, chunks, body, version)
            self.records.replace(report)

    def retire(self, name: str) -> None:
        """Delete a collection this index no longer uses (its vectors of another model), if it is there."""
        if name != self.collection.name and name in [c.name for c in self.client.list_collections()]:
            self.client.delete_collection(name)

    def drop(self, report_id: str) -> None:
        """Remove a report, its chunk rows and records in the open transaction; its vectors after the commit."""
        self._garbage += [self.stored_id(cid) for cid in self.reports.chunk_ids([report_id])]
        self.reports.remove(report_id)
        self.records.remove(report_id)

    def missing_vectors(self, counted: bool = True) -> set[str]:
        """The reports some of whose current vectors the vector store lacks (moved to a new server, a server
        wiped, another index's rebuild): a sample of every fiftieth report's vectors is looked up first, then (when
        `counted`, as an ingest does) the store's count, and the vectors are listed id by id only when either falls
        short. Opening an index skips the count, which takes seconds at 300,000 vectors."""
        expected = self.count()
        if not expected:
            return set()
        sample = [self.stored_id(c) for c in self.reports.chunk_ids(list(self.reports)[:: max(1, len(self.reports) // 50)])]
        whole = len(self.collection.get(ids=sample, include=[])["ids"]) == len(set(sample))
        if whole and (not counted or self.collection.count() >= expected):
            return set()
        stored, offset = set(), 0
        while ids := self.collection.get(include=[], limit=20_000, offset=offset)["ids"]:
            stored.update(ids)
            offset += len(ids)
        return {split_chunk_id(c)[0] for c in self.reports.chunk_ids(list(self.reports)) if self.stored_id(c) not in stored}

    def check_vectors(self) -> None:
        """Refuse to answer from an index whose vectors are not where the settings point."""
        missing = self.missing_vectors(counted=False)
        if missing:
            written = self.reports.state("vectors")
            moved = f" (they were written to {written})" if written and written != self.where else ""
            raise VectorsMissing(
                f"{self.where} lacks the vectors of {len(missing)} of the {len(self.reports)} reports in the index at "
                f"{self.dir}{moved}: run `assistant ingest` with the reports' folder to write them")

    def save(self) -> None:
        """Write the BM25 index of the new state beside the old one, commit the catalogue (which
        names it), then delete what the old state alone used."""
        self.reports.set_state("format", str(FORMAT))
        self.reports.set_state("embed_model", self.embedder.identity)
        self.reports.set_state("vectors", self.where)
        versions = "".join(f"{rid}@{self.reports.summaries[rid].generation}\n" for rid in self.reports)
        key = hashlib.sha256(versions.encode()).hexdigest()[:16]
        if len(self.reports) and not (self.dir / f"{LEXICAL}-{key}").is_dir():
            tmp_dir = self.dir / f"{LEXICAL}-{key}.tmp"
            shutil.rmtree(tmp_dir, ignore_errors=True)
            _persist_lexical([c for rid in self.reports for c in chunk_report(self.reports[rid])], tmp_dir)
            os.replace(tmp_dir, self.dir / f"{LEXICAL}-{key}")
        self.reports.set_state("lexical", f"{LEXICAL}-{key}" if len(self.reports) else "")
        self.reports.commit()
        for start in range(0, len(self._garbage), 5000):
            self.collection.delete(ids=self._garbage[start:start + 5000])
        self._garbage = []
        self._remove_stale_folders()

    def _remove_stale_folders(self) -> None:
        current = self.reports.state("lexical")
        for folder in self.dir.glob(f"{LEXICAL}*"):
            if folder.is_dir() and folder.name != current:
                shutil.rmtree(folder, ignore_errors=True)

    def sweep(self) -> None:
        """Delete every vector that is not of a report's current version (left by a killed ingest)."""
        stale, offset = [], 0
        while True:
            ids = self.collection.get(include=[], limit=20_000, offset=offset)["ids"]
            if not ids:
                break
            offset += len(ids)
            for sid in ids:
                chunk_id, _, version = sid.rpartition("@")
                summary = self.reports.summaries.get(split_chunk_id(chunk_id)[0])
                if summary is None or summary.generation != version:
                    stale.append(sid)
        for start in range(0, len(stale), 5000):
            self.collection.delete(ids=stale[start:start + 5000])
        self._remove_stale_folders()

    def dense(self, question: str, k: int, report_ids: set[str] | None = None,
              chunk_ids: list[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the k nearest chunks, optionally within some reports or
        among some chunks only.

        Chroma's `where` filter scans every record (about 140 ms at 100k, 600 ms at 300k), so a
        scope is applied by id instead: a small one is scored exactly from its stored vectors; a
        large one takes a deeper unfiltered search and keeps the chunks in scope."""
        if report_ids is None and chunk_ids is None:
            return self._search(question, k)[:k]
        if chunk_ids is None:
            size = sum(self.reports.summaries[r].chunks for r in report_ids if r in self.reports)
            if size <= EXACT_SCOPE:
                chunk_ids = self.reports.chunk_ids(report_ids)
        if chunk_ids is not None:
            return self._exact(question, k, chunk_ids)
        total = max(self.count(), 1)
        depth = min(total, int(k * total / size * 2) + k)
        return [r for r in self._search(question, depth) if split_chunk_id(r[0])[0] in report_ids][:k]

    def _search(self, question: str, k: int) -> list[tuple[str, float]]:
        """An unfiltered vector search, keeping only vectors of the reports' current versions."""
        found = self._read(lambda: self.llama_index.as_retriever(similarity_top_k=k + 8).retrieve(question))
        if not found and self.count():
            self.check_vectors()  # an empty answer from a store that should hold vectors: say why
        out = []  # k + 8: room for the versions an ingest is writing
        for n in found:
            chunk_id, _, version = n.node.node_id.rpartition("@")
            summary = self.reports.summaries.get(split_chunk_id(chunk_id)[0])
            if n.score and summary is not None and summary.generation == version:
                # the Chroma store reports exp(-cosine distance); turn it back into cosine similarity
                out.append((chunk_id, 1.0 + math.log(n.score)))
        return out

    def _exact(self, question: str, k: int, chunk_ids: list[str]) -> list[tuple[str, float]]:
        import numpy as np

        if not chunk_ids:
            return []
        ids = [self.stored_id(c) for c in chunk_ids]
        stored = self._read(lambda: self.collection.get(ids=ids, include=["embeddings"]))
        if len(stored["ids"]) < len(set(ids)):
            self.check_vectors()
        vectors = np.asarray(stored["embeddings"], dtype=np.float32)
        scores = vectors @ np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(stored["ids"][i].rpartition("@")[0], float(scores[i])) for i in order]

    def _read(self, operation: Callable):
        """Read the vectors. Another process's ingest can leave this process's view of an embedded
        store behind (Chroma: "Error finding id"); then open the store afresh and read again."""
        from chromadb.errors import InternalError

        try:
            return operation()
        except InternalError:
            if self.settings.chroma_url:
                raise
            self._reopen()
            return operation()

    def _reopen(self) -> None:
        with self._reopening:
            self.client.clear_system_cache()
            self._open_collection()

    def reload(self) -> None:
        """Take up what another process's ingest committed: the catalogue and, for an embedded
        store, the vectors (a Chroma server is always current)."""
        self.reports.reload()
        if not self.settings.chroma_url:
            self._reopen()

    def lexical(self) -> "Lexical | None":
        """The persisted BM25 index of the committed state, or None when the index is empty."""
        name = self.reports.state("lexical")
        if not name:
            return None
        if not (self.dir / name).is_dir():
            raise AssistantError(f"the BM25 index {self.dir / name} is missing: run `assistant ingest` again")
        return Lexical(self.dir / name)

    def count(self) -> int:
        return sum(s.chunks for s in self.reports.summaries.values())


class Lexical:
    """BM25 (bm25s) over every chunk's embedded text, loaded memory-mapped without its corpus:
    row i is chunk `ids[i]`; a scope is a weight mask over the rows, exact and fast."""

    def __init__(self, folder: Path):
        go_offline()
        import bm25s
        import numpy as np
        import Stemmer

        self.bm25 = bm25s.BM25.load(str(folder), load_corpus=False, mmap=True)
        self.ids: list[str] = json.loads((folder / "rows.json").read_text(encoding="utf-8"))
        reports = [split_chunk_id(cid)[0] for cid in self.ids]
        self.numbers = {rid: i for i, rid in enumerate(dict.fromkeys(reports))}
        self.row_report = np.fromiter((self.numbers[r] for r in reports), dtype=np.int32, count=len(reports))
        self.stemmer = Stemmer.Stemmer("english")

    def search(self, question: str, k: int, wanted: set[str] | None = None) -> list[tuple[str, float]]:
        import bm25s
        import numpy as np

        mask, rows = None, len(self.ids)
        if wanted is not None:
            mask = np.isin(self.row_report, [self.numbers[r] for r in wanted if r in self.numbers])
            rows = int(mask.sum())
        if not rows:
            return []
        tokens = bm25s.tokenize(question, stemmer=self.stemmer, token_pattern=TOKEN_PATTERN, show_progress=False)
        found, scores = self.bm25.retrieve(tokens, k=min(rows, max(k, LEXICAL_DEPTH) if mask is None else k),
                                           weight_mask=None if mask is None else mask.astype(float),
                                           show_progress=False, n_threads=1)
        ranked = [(self.ids[int(r)], float(s)) for r, s in zip(found[0], scores[0]) if s > 0]
        return sorted(ranked, key=lambda r: (-r[1], r[0]))[:k]  # ties broken by id, so runs repeat exactly


def collection_name(settings: Settings, identity: str) -> str:
    """The Chroma collection of an index's vectors: the setting's name for the default model, and the name with
    the model's otherwise, so that vectors of two models never share a collection (a rebuild with another model
    writes beside the old vectors)."""
    default = Settings()
    if identity == identity_of(default.embed_model, default.embed_backend):
        return settings.collection
    return f"{settings.collection}-{hashlib.sha256(identity.encode()).hexdigest()[:8]}"


def _client(settings: Settings, folder: Path):
    """A Chroma server's client when ASSISTANT_CHROMA_URL is set, else the embedded store in the index folder."""
    go_offline()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https",
                                   settings=chroma_settings)
    return chromadb.PersistentClient(path=str(folder / "chroma"), settings=chroma_settings)


def _persist_lexical(chunks: list[Chunk], folder: Path) -> None:
    """BM25 over the chunks' embedded text (names, numbers, acronyms), built by llama-index's
    BM25Retriever and saved without its corpus, with the chunk id of every row."""
    go_offline()
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    nodes = [TextNode(id_=c.id, text=c.embed_text) for c in chunks]
    retriever = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=min(len(nodes), LEXICAL_DEPTH),
                                            language="english", token_pattern=TOKEN_PATTERN)
    folder.mkdir(parents=True)
    retriever.bm25.save(str(folder))
    (folder / "rows.json").write_text(json.dumps([c.id for c in chunks]), encoding="utf-8")


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
    """Add or update reports; an unchanged report (same content hash) is skipped, a changed one replaced, and one
    whose vectors the store lacks written again. Reports are embedded in groups of about EMBED_GROUP chunks (the
    model is fastest on long, length-sorted batches). Only one process may write an index folder at a time.

    A rebuild reads and embeds every report anew under new ids, beside the live vectors, and drops what it did not
    read, all in the same single commit as an ingest: killed before it, the index answers as before."""
    with writer_lock(store.dir):
        pending = store.dir / PENDING
        interrupted = pending.exists()  # an earlier ingest was killed: sweep what it left, at the end
        pending.write_text(f"process {os.getpid()}\n")
        salt = secrets.token_hex(4) if rebuild else ""  # new generations: new vector ids for every report
        built_with = store.reports.state("embed_model")
        # read again even if unchanged: every report for a rebuild or after an earlier version read them, else those
        # whose vectors the store lacks
        stale = rebuild or store.reports.state("format") != str(FORMAT)
        again = set(store.reports) if stale else store.missing_vectors()
        outcomes: list[Outcome] = []
        waiting: list[tuple[Path, Report, bool]] = []
        files = report_files(paths)
        claimed: dict[str, Path] = {}  # report id -> the file of this run that gave it
        contents = {s.sha256: s.id for s in store.reports.summaries.values()}
        finished = False
        try:
            for path in progress(files):
                rid = report_id(path)
                if rid in claimed:
                    outcomes.append(Outcome(str(path), "failed", rid, f"gives the same report id ({rid}) as "
                                            f"{claimed[rid]}: one file a report (rename or remove one)"))
                    continue
                claimed[rid] = path
                outcome, report = _read_changed(store, path, rid in again)
                if report is not None and contents.get(report.sha256, rid) != rid:
                    outcome, report = Outcome(str(path), "failed", rid, f"the same content as the report "
                                              f"{contents[report.sha256]}: a copy (remove one)"), None
                if report is None:
                    outcomes.append(outcome)
                    continue
                contents[report.sha256] = rid
                waiting.append((path, report, outcome.status == "updated"))
                if sum(len(r.paragraphs) for _, r, _ in waiting) >= EMBED_GROUP:
                    outcomes += _embed_and_store(store, waiting, salt)
                    waiting = []
            outcomes += _embed_and_store(store, waiting, salt)
            finished = True
        finally:  # what was ingested before an error or an interrupt is kept; a rebuild is all or nothing
            stored = {o.report_id for o in outcomes if o.status in ("new", "updated")}
            if rebuild and finished:
                for rid in set(store.reports) - stored:
                    store.drop(rid)
                store.save()
                if built_with and built_with != store.embedder.identity:
                    store.retire(collection_name(store.settings, built_with))  # the other model's vectors
            elif not rebuild and stored:
                store.save()
        if interrupted:
            store.sweep()
        pending.unlink()
        order = {str(path): i for i, path in enumerate(files)}
        return sorted(outcomes, key=lambda o: order.get(o.path, len(order)))


def _read_changed(store: Store, path: Path, again: bool = False) -> tuple[Outcome, Report | None]:
    """(outcome, None) for a file to skip or that failed; (status, report) for one to embed (`again`: even if
    unchanged)."""
    old = store.reports.summaries.get(report_id(path))
    if old and not again and _unchanged(path, old.sha256):  # checked before parsing: re-ingesting an archive is quick
        return Outcome(str(path), "unchanged", old.id), None
    try:
        report = read_report(path, store.settings.max_file_mb)
    except UnreadableReport as e:
        return Outcome(str(path), "failed", detail=e.reason), None
    if old and not again and (old.sha256, old.title, old.committee, old.meeting_date) == (
            report.sha256, report.title, report.committee, report.meeting_date):
        return Outcome(str(path), "unchanged", report.id), None
    return Outcome(str(path), "updated" if old else "new", report.id), report


def _embed_and_store(store: Store, waiting: list[tuple[Path, Report, bool]], salt: str = "") -> list[Outcome]:
    """Embed a group of reports in one call, except chunks whose vectors are already stored (by a killed ingest,
    or in the store this index has moved to)."""
    chunked = [(path, report, updated, chunk_report(report), *serialise(report, salt)) for path, report, updated in waiting]
    wanted = {f"{c.id}@{version}": c for _, _, _, chunks, _, version in chunked for c in chunks}
    stored = set(store.collection.get(ids=list(wanted), include=[])["ids"]) if wanted else set()
    todo = [c for sid, c in wanted.items() if sid not in stored]
    vectors = dict(zip((c.id for c in todo), store.embedder.embed([c.embed_text for c in todo])))
    store.replace([(report, chunks, body, version) for _, report, _, chunks, body, version in chunked], vectors)
    outcomes = []
    for path, report, updated, chunks, _, _ in chunked:
        detail = f"{len(report.paragraphs)} paragraphs, {len(chunks)} chunks" + "".join(
            f"; warning: {w}" for w in report.warnings)
        outcomes.append(Outcome(str(path), "updated" if updated else "new", report.id, detail))
    return outcomes


def _unchanged(path: Path, sha256: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256 and not _sidecar_newer(path)
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
