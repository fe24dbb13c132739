"""The report catalogue: one SQLite file, `index/index.sqlite3`, beside the vectors.

It holds every parsed report (read on demand, a few hundred kept parsed), one small row per chunk
(its report, paragraph and place, for scoped search), the document frequency of every word stem
(for the answer scorer's IDF weights) and the name of the current BM25 folder. The officers' records
(`records.py`) live in the same file, so one commit makes a whole ingest visible at once: readers
(WAL mode) keep the last committed catalogue while an ingest writes, and a killed ingest commits
nothing. A process keeps only the reports' summaries in memory, so an archive of 10,000 reports
starts in seconds.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import tables
from .chunks import Chunk
from .errors import AssistantError, IndexMissing
from .facts import acronyms, proper_names
from .questions import AUTHORITY_NAME, STOPWORDS
from .reports import Paragraph, Report

DATABASE = "index.sqlite3"
FORMAT = 34  # raised when the reader, the records, the word stems, the names or the words kept change: the next ingest reads every report again
PARSED = 512  # parsed reports kept in memory

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, title TEXT, committee TEXT,
    meeting_date TEXT, generation TEXT, chunks INTEGER, paragraphs INTEGER, author TEXT, body TEXT);
CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, report_id TEXT, key TEXT, label TEXT, place TEXT);
CREATE INDEX IF NOT EXISTS chunks_by_report ON chunks (report_id);
CREATE TABLE IF NOT EXISTS terms (stem TEXT PRIMARY KEY, df INTEGER);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS acronyms (report_id TEXT, short TEXT, long TEXT);
CREATE INDEX IF NOT EXISTS acronyms_by_report ON acronyms (report_id);
CREATE INDEX IF NOT EXISTS acronyms_by_short ON acronyms (short COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS names (report_id TEXT, name TEXT);
CREATE INDEX IF NOT EXISTS names_by_report ON names (report_id);
CREATE INDEX IF NOT EXISTS names_by_name ON names (name);
CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY, vector BLOB);
"""


@dataclass(frozen=True)
class Summary:
    """What a process keeps in memory of each report."""

    id: str
    path: str
    sha256: str
    title: str
    committee: str
    meeting_date: str
    generation: str  # names this version of the report's vectors in Chroma
    chunks: int
    paragraphs: int
    author: str  # the front matter's "Report of"

    short = property(Report.short.fget)


def serialise(report: Report, salt: str = "") -> tuple[str, str]:
    """A parsed report as the catalogue stores it (JSON), and its generation: a name for this parsed
    version of the report, which its vectors in Chroma carry."""
    body = json.dumps(dataclasses.asdict(report), ensure_ascii=False)
    return body, hashlib.sha256((body + salt).encode()).hexdigest()[:12]


def connect(folder: Path, write: bool = False) -> sqlite3.Connection:
    """The catalogue database of an index folder; a writer creates its tables (a reader never
    writes, so it never waits for an ingest's transaction)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / DATABASE, check_same_thread=False, timeout=30)
    if write:
        from .records import TABLES

        db.execute("PRAGMA journal_mode=WAL")  # readers see the last commit while an ingest writes
        db.executescript(_SCHEMA)
        for name, kind in TABLES.items():
            columns = [f.name for f in dataclasses.fields(kind)]
            db.execute(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(columns)})")
            have = {row[1] for row in db.execute(f"PRAGMA table_info({name})")}
            for column in columns:  # a table an earlier version made gains the new columns (filled at the next ingest)
                if column not in have:
                    db.execute(f"ALTER TABLE {name} ADD COLUMN {column} DEFAULT ''")
            db.execute(f"CREATE INDEX IF NOT EXISTS {name}_by_report ON {name} (report_id)")
        db.commit()
    return db


class Catalogue(Mapping):
    """Report id -> Report, read from SQLite on demand; `summaries` are always in memory.

    Writes (`put`, `remove`, `set_state`) join the connection's open transaction; `commit` makes
    them visible to other processes all at once."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.summaries: dict[str, Summary] = {}
        self._parse = functools.lru_cache(maxsize=PARSED)(self._load)
        self.reload()

    def reload(self) -> None:
        """Read the committed catalogue afresh (after another process's ingest); the same Catalogue stays in use."""
        self._seen = self.db.execute("PRAGMA data_version").fetchone()[0]
        # a new dict put in place at once: a question other threads are answering never sees it half filled
        self.summaries = {row[0]: Summary(*row) for row in self.db.execute(
            "SELECT id, path, sha256, title, committee, meeting_date, generation, chunks, paragraphs, author "
            "FROM reports ORDER BY id")}
        self._parse.cache_clear()
        self._order: list[str] | None = None  # the ids sorted, so every process iterates alike

    @property
    def stale(self) -> bool:
        """Whether another process has committed to the catalogue since it was read."""
        return self.db.execute("PRAGMA data_version").fetchone()[0] != self._seen

    def __getitem__(self, report_id: str) -> Report:
        summary = self.summaries[report_id]  # KeyError for an unknown id, as a dict would
        return self._parse(report_id, summary.generation)

    def __iter__(self):
        if self._order is None:
            self._order = sorted(self.summaries)
        return iter(self._order)

    def __len__(self) -> int:
        return len(self.summaries)

    def __contains__(self, report_id) -> bool:
        return report_id in self.summaries

    def _load(self, report_id: str, generation: str) -> Report:
        (body,) = self.db.execute("SELECT body FROM reports WHERE id = ?", (report_id,)).fetchone()
        return report_from_dict(json.loads(body))

    def chunk_ids(self, report_ids) -> list[str]:
        ids = list(report_ids)
        out = []
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            out += [row[0] for row in self.db.execute(
                f"SELECT id FROM chunks WHERE report_id IN ({','.join('?' * len(part))}) ORDER BY report_id, rowid", part)]
        return out

    def chunks_under(self, section: str) -> list[tuple[str, str]]:
        """(chunk id, report id) of the chunks whose section, subsection or heading contains `section`."""
        return self.db.execute("SELECT id, report_id FROM chunks WHERE instr(place, ?) > 0",
                               (section.lower(),)).fetchall()

    def unknown_words(self, words: set[str]) -> list[str]:
        """The words among these that have no vector yet."""
        ordered, known = sorted(words), set()
        for start in range(0, len(ordered), 500):
            part = ordered[start:start + 500]
            known |= {row[0] for row in self.db.execute(
                f"SELECT word FROM words WHERE word IN ({','.join('?' * len(part))})", part)}
        return [w for w in ordered if w not in known]

    def put_words(self, words: list[str], vectors) -> None:
        """Each word's vector (from the embedding model), kept at half precision."""
        import numpy as np

        self.db.executemany("INSERT OR REPLACE INTO words VALUES (?, ?)",
                            [(w, np.asarray(v, dtype=np.float16).tobytes()) for w, v in zip(words, vectors)])

    def word_vectors(self):
        """Every word the reports use and its vector, as a list and a matrix (float32, one row a word)."""
        import numpy as np

        rows = self.db.execute("SELECT word, vector FROM words ORDER BY word").fetchall()
        matrix = np.frombuffer(b"".join(v for _, v in rows), dtype=np.float16).reshape(len(rows), -1).astype(np.float32)
        return [w for w, _ in rows], matrix

    def document_frequencies(self) -> tuple[dict[str, int], int]:
        """Stem -> number of paragraphs containing it, and the number of paragraphs."""
        df = dict(self.db.execute("SELECT stem, df FROM terms"))
        return df, df.pop("", 0)

    def long_forms(self, shorts) -> dict[str, str]:
        """Short form (lower case) -> the long form most reports give it, for the short forms asked about:
        "saf" -> "Single Assurance Framework"."""
        shorts = sorted(set(shorts))
        best: dict[str, tuple[int, str]] = {}
        for start in range(0, len(shorts), 500):
            part = shorts[start:start + 500]
            for short, long, n in self.db.execute(
                    f"SELECT lower(short), long, COUNT(*) FROM acronyms WHERE short COLLATE NOCASE IN "
                    f"({','.join('?' * len(part))}) GROUP BY lower(short), long", part):
                if n > best.get(short, (0, ""))[0]:
                    best[short] = (n, long)
        return {short: long for short, (_, long) in best.items()}

    def row_codes(self) -> set[str]:
        """The reference codes that label rows of the indexed papers' tables ("23/24 HR 03", "KD/2026/006", "PE08")."""
        labels = self.db.execute("SELECT DISTINCT label FROM chunks WHERE label GLOB '*[0-9]*' AND label GLOB '*[A-Z]*'")
        return {label for (label,) in labels if tables.is_code(label)}

    def reports_named(self, names, words=()) -> list[set[str]]:
        """For each of the names asked about that the reports give, the reports that give it; and for each of some
        words that may be names ("in saltmarsh"), the reports that give it as a name (not as an acronym's letters)."""
        names, words, out = sorted(set(names)), sorted(set(words) - set(names)), {}
        if not names and not words:
            return []
        marks, plain = ",".join("?" * len(names)), ",".join("?" * len(words))
        # (an acronym is given by a report that writes it, and by one that spells it out: "DLUHC" by "the Department for
        # Levelling Up, Housing and Communities")
        for name, report_id in self.db.execute(
                f"SELECT name, report_id FROM names WHERE name IN ({marks}) OR name IN ({plain}) UNION "
                f"SELECT lower(short), report_id FROM acronyms WHERE short COLLATE NOCASE IN ({marks})",
                names + words + names):
            out.setdefault(name, set()).add(report_id)
        return [ids for name, ids in out.items() if name in names or self._only_in(name, ids)]

    def _only_in(self, word: str, report_ids: set[str]) -> bool:
        """Whether no more paragraphs use a word than the reports giving it as a name hold: "Saltmarsh", not "Castle" of
        Castle Point Borough Council, which other papers use for castles."""
        from .evidence import paragraph_stems

        stem = next(iter(paragraph_stems(word)), word)
        used = self.db.execute("SELECT df FROM terms WHERE stem = ?", (stem,)).fetchone()
        return (used[0] if used else 0) <= sum(self.summaries[rid].paragraphs for rid in report_ids)

    def state(self, name: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return row[0] if row else default

    def set_state(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (name, value))

    def put(self, report: Report, chunks: list[Chunk], body: str, version: str) -> Summary:
        """Add or replace a report (`body`, `version`: from `serialise`), its chunk rows and its share
        of the document frequencies."""
        if report.id in self.summaries:
            self._count_terms(self[report.id], -1)
        summary = Summary(report.id, report.path, report.sha256, report.title, report.committee,
                          report.meeting_date, version, len(chunks), len(report.paragraphs),
                          report.fields.get("Report of", ""))
        self.db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*dataclasses.astuple(summary), body))
        self.db.execute("DELETE FROM chunks WHERE report_id = ?", (report.id,))
        places = {p.key: f"{p.section} {p.subsection} {p.heading}".lower() for p in report.paragraphs}
        self.db.executemany("INSERT INTO chunks VALUES (?, ?, ?, ?, ?)",
                            [(c.id, c.report_id, c.key, c.label, places[c.key]) for c in chunks])
        self._count_terms(report, +1)
        self.db.execute("DELETE FROM acronyms WHERE report_id = ?", (report.id,))
        found = {pair for p in report.paragraphs for pair in acronyms(p.text)} | set(acronyms(report.title))
        self.db.executemany("INSERT INTO acronyms VALUES (?, ?, ?)", [(report.id, *pair) for pair in sorted(found)])
        self.db.execute("DELETE FROM names WHERE report_id = ?", (report.id,))
        # (a table's column headers are no names: "Workstream: Supply" names a supply workstream)
        cells = [" ".join(v for _, v in tables.fields(line)) or line for p in report.paragraphs for line in p.text.split("\n")]
        text = "\n".join([report.title, report.committee, *report.fields.values(), *cells])
        own = AUTHORITY_NAME.search(report.publisher)  # (its council's own name, though the dictionary knows it:
        named = proper_names(text) | ({w for w in own[1].lower().split() if w not in STOPWORDS} if own else set())
        self.db.executemany("INSERT INTO names VALUES (?, ?)", [(report.id, n) for n in sorted(named)])  # "Saltmarsh")
        self.summaries[report.id] = summary
        self._order = None
        return summary

    def remove(self, report_id: str) -> None:
        if report_id in self.summaries:
            self._count_terms(self[report_id], -1)
            for table, column in (("reports", "id"), ("chunks", "report_id"), ("acronyms", "report_id"),
                                  ("names", "report_id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (report_id,))
            del self.summaries[report_id]
            self._order = None

    def _count_terms(self, report: Report, sign: int) -> None:
        from .evidence import paragraph_stems

        counts: dict[str, int] = {"": len(report.paragraphs)}  # "" counts the paragraphs
        for p in report.paragraphs:
            for s in paragraph_stems(p.text):
                counts[s] = counts.get(s, 0) + 1
        self.db.executemany(
            "INSERT INTO terms VALUES (?, ?) ON CONFLICT (stem) DO UPDATE SET df = df + excluded.df",
            [(s, sign * n) for s, n in counts.items()])
        if sign < 0:
            self.db.execute("DELETE FROM terms WHERE df <= 0 AND stem != ''")

    def commit(self) -> None:
        self.db.commit()


def report_from_dict(d: dict) -> Report:
    d = dict(d)
    d["paragraphs"] = tuple(Paragraph(**{**p, "lines": tuple(p["lines"])}) for p in d["paragraphs"])
    for name in ("recommendations", "topic_scores"):
        d[name] = tuple(tuple(x) for x in d[name])
    d["warnings"] = tuple(d["warnings"])
    return Report(**d)


def open_catalogue(folder: Path) -> Catalogue:
    """The reports of an index folder, without loading the model or Chroma (for the records commands)."""
    folder = Path(folder)
    if not (folder / DATABASE).exists():
        raise IndexMissing(folder)
    try:
        return Catalogue(connect(folder))
    except sqlite3.DatabaseError as e:
        raise AssistantError(f"the index catalogue {folder / DATABASE} is unreadable ({e}): "
                             "rebuild with `assistant ingest --rebuild`") from None
