"""Officers' records, extracted at ingest and kept in the index's SQLite catalogue: commitments with due
dates, decisions and recommendations, RAG ratings per workstream and report, and dated events.

Every record keeps its report and paragraph, so each row can be cited and opened.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass

from .evidence import sentences, stems
from .facts import BODY, Found, asked_verb, find_dates, find_decisions, find_people, find_ratings
from .reports import Paragraph, Report, recommends
from .tables import OWNER_HEADER, RAG_HEADER, STATUS_HEADER, done, fields as row_fields, is_code, normalise_rating

_COMMITMENT = re.compile(
    r"\b(expected (?:completion date|to)|anticipated to|due to|will (?:continue|be|report|put|review|present)|"
    r"should be in place|scheduled (?:for|to)|set to be|on course to|to be (?:completed|considered|presented)|"
    r"until|over at least the next|is proposed that)\b", re.I)
_NEXT_MEETING = re.compile(r"\bnext meeting (?:will|is to|is scheduled to) be held\b", re.I)
_PERIOD = re.compile(r"\b(?:over )?(?:at least )?the next (\w+) (months?|weeks?|years?)\b", re.I)
_STATUS = re.compile(r"\b(in progress|underway|completed in draft|completed|awaiting sign off|being developed|"
                     r"being completed|has commenced|commenced|scheduled|on course|in draft)\b", re.I)
# what a table column holds, known by the words councils head it with: a column is of the first kind its header
# names, and each kind is read from the first column of that kind
_DECISION_HEADER = re.compile(r"\bdecision\b", re.I)
_COLUMNS = (
    ("ref", re.compile(r"^\W*(?:\w+\s+)?(?:no|ref|reference|number|id|code)\b\W*$", re.I)),  # "Ref", "Action no."
    ("revised", re.compile(r"\b(?:revised|new|extended|updated)\b.*\b(?:date|deadline)\b", re.I)),
    ("complete", re.compile(r"%|\bper ?cent\b", re.I)),
    ("due", re.compile(r"^(?!.*\b(?:raised|agreed|meeting|added|opened|logged)\b).*\b(?:due|deadline|dates?|by when|"
                       r"timescales?)\b", re.I)),
    ("owner", OWNER_HEADER),
    ("status", STATUS_HEADER),
    ("decision", _DECISION_HEADER),
    ("subject", re.compile(r"\b(?:actions?|recommendations?|measures?|indicators?|descriptions?|subjects?|titles?|"
                           r"items?|risks?)\b", re.I)),
    ("topic", re.compile(r"\b(?:workstreams?|projects?|programmes?|themes?|areas?|audits?|services?|priorit(?:y|ies))\b",
                         re.I)),
)


def names_a_kind(word: str) -> bool:
    """Whether a word names the kind of thing a table's rows are ("action", "workstreams", "measure"), not one of them."""
    return any(pattern.fullmatch(word) for kind, pattern in _COLUMNS if kind in ("subject", "topic"))


_OVERALL = re.compile(r"\b(?:overall|programme) (?:the programme )?is rated as\b", re.I)


@dataclass(frozen=True)
class Commitment:
    report_id: str
    paragraph: str  # label
    key: str
    meeting_date: str
    text: str  # the sentence, verbatim
    due: str  # ISO with its precision ("2023-11", "2023-11-30", "2023-09/2023-10"), or a period ("6 months")
    due_text: str
    owner: str
    status: str
    workstream: str
    revised: str = ""  # a revised due date, as `due`
    complete: str = ""  # "60%", where a tracker gives it


def due_end(due: str) -> str:
    """The last day a due date allows, ISO: "2023-11" -> "2023-11-30"; "" when it is not a date."""
    end = due.split("/")[-1]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
        return end
    if re.fullmatch(r"\d{4}-\d{2}", end):
        year, month = map(int, end.split("-"))
        first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
        return (first_of_next - dt.timedelta(days=1)).isoformat()
    return f"{end}-12-31" if re.fullmatch(r"\d{4}", end) else ""


def overdue(commitment: Commitment, on: dt.date) -> bool:
    """Past its due date (the revised one where there is one) on a day, and not reported done."""
    end = due_end(commitment.revised or commitment.due)
    return bool(end) and end < on.isoformat() and not done(commitment.status)


@dataclass(frozen=True)
class Decision:
    report_id: str
    paragraph: str
    key: str
    meeting_date: str
    kind: str  # "recommendation", "decision", or "planned" (a forward plan's entry)
    verb: str
    text: str
    body: str
    date: str


@dataclass(frozen=True)
class Rating:
    report_id: str
    paragraph: str
    key: str
    meeting_date: str
    workstream: str
    rating: str
    text: str


@dataclass(frozen=True)
class Event:
    report_id: str
    paragraph: str
    key: str
    meeting_date: str
    date: str
    text: str


TABLES = {"commitments": Commitment, "decisions": Decision, "ratings": Rating, "events": Event}


def extract(report: Report) -> dict[str, list]:
    """All four kinds of record in one report."""
    out = {name: [] for name in TABLES}
    ref = dt.date.fromisoformat(report.meeting_date) if report.meeting_date else None
    for p in report.paragraphs:
        place = (report.id, p.label, p.key, report.meeting_date)
        workstream = _workstream(p)
        lines = p.text.split("\n")
        rows = [line for line in lines if row_fields(line)]
        for line in rows:
            # a coded row is its own paragraph, whose heading is the row's name, not a workstream
            for kind, record in _row_records(place, line, ref, "" if lines[0] in rows else workstream).items():
                out[kind].append(record)
        if p.rating and lines[0] not in rows:  # a row's own rating came with the row
            out["ratings"].append(Rating(*place, workstream, p.rating, p.heading))
        for i, line in enumerate(lines[1:], 1):  # a sub-heading rated in its last words, "Management action 3
            rated = _RATED_LINE.fullmatch(line.strip())  # (Medium)", with the line under it that says what it is
            if rated and line not in rows and (found := find_ratings(rated[2])):
                under = lines[i + 1] if i + 1 < len(lines) and not _RATED_LINE.fullmatch(lines[i + 1].strip()) else ""
                out["ratings"].append(Rating(*place, rated[1], found[0].value, "\n".join(filter(None, (line, under)))))
        if rows:  # the rest is read as prose
            p = dataclasses.replace(p, text="\n".join(line for line in lines if line not in rows))
        if recommends(p):
            verb = asked_verb(p.text) or next((f.value for f in find_decisions(p.text)), "")
            out["decisions"].append(Decision(*place, "recommendation", verb, p.text, report.committee, report.meeting_date))
            continue
        for s in sentences(p.text, with_headings=False):
            dates = find_dates(s, ref)
            if _OVERALL.search(s):
                rating = find_ratings(s)
                if rating:
                    out["ratings"].append(Rating(*place, "Overall programme", rating[0].value, s))
            commitment = _commitment(place, s, dates, workstream)
            if commitment:
                out["commitments"].append(commitment)
            decision = _decision(place, s, dates)
            if decision and p.label != "header":
                out["decisions"].append(decision)
            for d in dates:
                if len(d.value) >= 7 and "/" not in d.value and p.label != "header":
                    out["events"].append(Event(*place, d.value, s))
    return out


# a line naming a thing and its rating in brackets, as a sub-heading prints it: "Management action 3 (Medium)"
_RATED_LINE = re.compile(r"([A-Z][\w ,&'’/-]{2,80}?)\s*(\((?:[A-Za-z]+(?:\s*/\s*[A-Za-z]+)?)\))")


def _row_records(place, line: str, ref: dt.date | None, workstream: str) -> dict[str, object]:
    """The records one table row gives, read by what its columns' headers say they hold."""
    pairs = row_fields(line)
    cells: dict[str, str] = {}  # kind -> cell; a reference column is known only so that it is not taken for another
    rating = ""
    for head, value in pairs:
        kind = next((k for k, pattern in _COLUMNS if pattern.search(head)), "")
        if kind and kind not in cells and value.strip():
            cells[kind] = value.strip()
        if not rating:
            rating = normalise_rating(value, bool(RAG_HEADER.search(head)))
    first = next((value for _, value in pairs if value and not is_code(value) and not
                  normalise_rating(value, True) and not re.fullmatch(r"[\d\W]+", value)), "")
    name = cells.get("decision") or cells.get("subject") or cells.get("topic") or first or workstream
    workstream = cells.get("topic", workstream)
    out: dict[str, object] = {}
    if rating:
        out["ratings"] = Rating(*place, name, rating, line)

    def date(kind: str) -> tuple[str, str]:
        found = find_dates(cells.get(kind, ""), ref)
        return (found[0].value, found[0].text) if found else ("", "")

    due, due_text = date("due")
    revised, _ = date("revised")
    status = cells.get("status", "")
    status = re.split(r"\s+[-–:]\s+|[.;]\s", status)[0] if status != rating else ""
    owner = cells.get("owner", "")
    if due and (owner or status or "subject" in cells or "decision" in cells):
        out["commitments"] = Commitment(*place, name, due, due_text, owner, status, workstream if workstream != name
                                        else "", revised, cells.get("complete", ""))
    if any(_DECISION_HEADER.search(head) for head, _ in pairs):  # a forward plan's or a log's entry
        planned = bool(due) and (not place[3] or due.split("/")[0] >= place[3][: len(due.split("/")[0])])
        out["decisions"] = Decision(*place, "planned" if planned else "decision", "", name, owner, due)
    return out


def _decision(place, sentence: str, dates: list[Found]) -> Decision | None:
    """A decision the text reports as taken: its verb, the body that took it, and when."""
    asked = asked_verb(sentence) in ("note", "recognise", "consider", "review")  # asked, not taken
    taken = [d for d in find_decisions(sentence) if not (asked and d.start == 0)
             and not re.search(r"\b(the|an?|to)\s+$", sentence[: d.start])  # "the agreed plan"
             and (d.value.startswith("not") or not re.search(r"\bwill( be)?\s+$", sentence[: d.start]))]  # "will be agreed"
    if not taken:
        return None
    verb = taken[0]
    by = re.match(rf"\s*by,?\s+{BODY.pattern}", sentence[verb.end:])
    before = list(BODY.finditer(sentence[: verb.start]))  # the body nearest the verb
    body = by or (before[-1] if before else None)
    dated = [d for d in dates if len(d.value) >= 7]
    date = min(dated, key=lambda d: abs(d.start - verb.start)).value if dated else ""
    return Decision(*place, "decision", verb.value, sentence, body[1].removeprefix("the ") if body else "", date)


def _workstream(p: Paragraph) -> str:
    heading = re.sub(r"\s*\((?:Green|Amber|Red)(?:/(?:Green|Amber|Red))*\)\s*$", "", p.heading)
    return heading or p.subsection or re.sub(r"^\d+\.\s*", "", p.section)


def _commitment(place, sentence: str, dates: list[Found], workstream: str) -> Commitment | None:
    cue = _COMMITMENT.search(sentence)
    period = _PERIOD.search(sentence)
    if not cue or not (dates or period) or _NEXT_MEETING.search(sentence):  # "the next meeting will be held on ...":
        return None  # a date in the diary, which no one has undertaken to meet
    if dates:
        # the date nearest after the cue: "due to be completed by December 2023"
        after = [d for d in dates if d.start >= cue.start()] or dates
        due = min(after, key=lambda d: d.start - cue.start() if d.start >= cue.start() else 10**6)
        due_value, due_text = due.value, due.text
    else:
        due_value, due_text = f"{period[1]} {period[2]}", period[0]
    people = [f for f in find_people(sentence)]
    body = min(BODY.finditer(sentence), key=lambda b: abs(b.start() - cue.start()), default=None)  # nearest the cue
    owner = people[0].text if people else (body[1].removeprefix("the ") if body else "")
    status = _STATUS.search(sentence)
    return Commitment(*place, sentence, due_value, due_text, owner, status[1].lower() if status else "", workstream)


def _content(text: str) -> set[str]:
    from .questions import key_terms

    return set(stems(key_terms(text)))


class RecordStore:
    """The records tables of an index's catalogue database (`catalogue.py`); a report's rows are
    replaced with the report, in the ingest's transaction."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db  # its tables are made by catalogue.connect

    def replace(self, report: Report) -> None:
        records = extract(report)
        for name, kind in TABLES.items():
            self.db.execute(f"DELETE FROM {name} WHERE report_id = ?", (report.id,))
            fields = [f.name for f in dataclasses.fields(kind)]
            self.db.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(fields))})",
                                [dataclasses.astuple(r) for r in records[name]])

    def remove(self, report_id: str) -> None:
        for name in TABLES:
            self.db.execute(f"DELETE FROM {name} WHERE report_id = ?", (report_id,))

    def all(self, name: str, report_id: str = "") -> list:
        """Every record of a kind, or those of one report."""
        kind = TABLES[name]
        order = {"commitments": "due, report_id, paragraph", "decisions": "meeting_date, report_id, kind DESC, paragraph",
                 "ratings": "workstream, meeting_date", "events": "date, meeting_date"}[name]
        where, args = ("WHERE report_id = ?", (report_id,)) if report_id else ("", ())
        return [kind(*row) for row in self.db.execute(f"SELECT * FROM {name} {where} ORDER BY {order}", args)]

    def commitments(self, due_before: str = "", due_after: str = "", owner: str = "") -> list[Commitment]:
        """Dated commitments due in a window (dates compared at their precision), by owner words."""
        def dated(c):
            return re.match(r"\d{4}", c.due) is not None

        rows = [c for c in self.all("commitments") if not (due_before or due_after) or dated(c)]
        if due_before:
            rows = [c for c in rows if c.due.split("/")[-1][: len(due_before)] <= due_before]
        if due_after:
            rows = [c for c in rows if c.due.split("/")[0] >= due_after[: len(c.due.split("/")[0])]]
        if owner:
            rows = [c for c in rows if owner.lower() in c.owner.lower()]
        return rows

    def later_mentions(self, commitment: Commitment) -> list[Event | Commitment]:
        """What later reports say about a commitment: their dated sentences and commitments in the
        same workstream that share at least half of its words."""
        wanted = _content(commitment.text)
        later = [r for name in ("commitments", "events") for r in self.all(name)
                 if r.meeting_date > commitment.meeting_date]
        same = [r for r in later if getattr(r, "workstream", None) in (None, commitment.workstream)]
        found = [r for r in same if len(wanted & _content(r.text)) >= max(2, len(wanted) / 2)]
        return list({(r.report_id, r.key, r.text): r for r in found}.values())

    def decisions(self, report_id: str = "") -> list[Decision]:
        return [d for d in self.all("decisions") if not report_id or d.report_id == report_id]

    def ratings(self, workstream: str = "") -> list[Rating]:
        words = set(re.findall(r"\w+", workstream.lower()))
        return [r for r in self.all("ratings") if words <= set(re.findall(r"\w+", r.workstream.lower()))]

    def timeline(self) -> list[Event]:
        return self.all("events")

    def events_between(self, first: str, last: str = "") -> list[Event]:
        """The events dated within a span of periods, oldest first: from `first` ("2023-11") to the end of `last`
        ("2024-11", any day of it), or to the newest when `last` is ""."""
        rows = self.db.execute("SELECT * FROM events WHERE date >= ? AND (? = '' OR substr(date, 1, length(?)) <= ?) "
                               "ORDER BY date, meeting_date", (first, last, last, last))
        return [Event(*row) for row in rows]
