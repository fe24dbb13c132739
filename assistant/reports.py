"""Read a committee report into a `Report` and its numbered `Paragraph`s.

Every non-blank line of the file ends up in exactly one paragraph: front matter in the `header`
paragraph, each recommendation in its letter (`A`, `B` ...), section headings and separators with
the numbered paragraph they introduce or follow. `Paragraph.lines` keeps those line numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import itertools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import frontmatter, tables
from .errors import UnreadableReport
from .facts import RATING_RE, TITLES, parse_date
from .formats import READERS, in_runs, read_document

SUFFIXES = tuple(READERS)
META_FIELDS = {"committee": "committee", "meeting_date": "meeting date", "title": "title"}


@dataclass(frozen=True)
class Paragraph:
    key: str  # unique in the report: the label, or `1.1~2` for the second paragraph labelled 1.1
    label: str  # as printed: `2.4`, a recommendation letter `F`, or `header`
    section: str  # `2. Proposal`, `Recommendations`, `Front matter`
    subsection: str  # `Financial Implications`, or ""
    heading: str  # the paragraph's own heading, e.g. `Procurement (Green)`, or ""
    rating: str  # the RAG rating its heading carries, as written, or ""
    text: str  # clean text, one line per heading, sentence run or bullet
    lines: tuple[int, ...] = ()  # 1-based numbers of the source lines it was made from
    page: int = 0  # the PDF page it starts on; 0 for other formats


@dataclass(frozen=True)
class Report:
    id: str
    path: str
    sha256: str
    title: str
    committee: str
    meeting_date: str  # ISO, or "" when neither the report nor its file name gives one
    fields: dict = field(default_factory=dict)  # front-matter fields as printed: `Report of` -> ...
    recommendations: tuple[tuple[str, str], ...] = ()
    topic_scores: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    warnings: tuple[str, ...] = ()

    @functools.cached_property
    def publisher(self) -> str:
        """Whose paper it is ("Kestrelford County Council"), from its front matter or else its text; or ""."""
        front = [p.text for p in self.paragraphs if p.label == "header"] + [str(v) for v in self.fields.values()]
        body = [p.text for p in self.paragraphs if p.label != "header"]
        return frontmatter.publisher("\n".join(front), "\n".join(body))

    @property
    def short(self) -> str:
        """How citations name the report: `OSC 27 Nov 2023`; a committee of one word whole: `Cabinet 11 Feb 2026`."""
        words = [w for w in re.findall(r"[A-Za-z]+", self.committee) if w.lower() not in {"and", "of", "the"}]
        abbr = words[0] if len(words) == 1 else "".join(w[0].upper() for w in words) or self.id  # ("Cabinet" whole)
        if not self.meeting_date:
            return abbr
        d = dt.date.fromisoformat(self.meeting_date)
        return f"{abbr} {d.day} {d:%b %Y}"

    def paragraph(self, key: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.key == key), None)

    def passage(self, label: str) -> tuple[Paragraph, ...]:
        """What a printed label cites: its paragraph (the first, where a label repeats), or else every paragraph of
        the numbered section or minute it numbers (`45` is minute 45: 45.1 ... 45(3)); () when it is neither."""
        own = next((p for p in self.paragraphs if p.label == label), None)
        if own is not None or not label.isdigit():
            return (own,) if own else ()
        return tuple(p for p in self.paragraphs if re.match(rf"{label}\.?\s", p.section))


_RECOMMENDATIONS = re.compile(r"(?:\d+\.\s*)?recommendations?", re.I)


def recommends(p: Paragraph) -> bool:
    """A recommendation the report puts to its meeting: under a heading "Recommendation(s)", numbered or not."""
    return bool(_RECOMMENDATIONS.fullmatch(p.section) or _RECOMMENDATIONS.fullmatch(p.subsection))


def report_id(path: Path) -> str:
    """A stable, readable id from the file name: `2023-11-27-osc-improvement-framework`."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "report"


def read_report(path: Path, max_mb: float = 25.0) -> Report:
    """Parse one report file (.txt, .md, .html, .pdf, .docx) with its sidecar `<name>.meta.json`, if any;
    raises UnreadableReport with the reason when it cannot be read or is over `max_mb`."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UnreadableReport(path, f"unsupported file type {path.suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > max_mb * 2**20:
            raise UnreadableReport(path, f"the file is {size / 2**20:.0f} MB, over the {max_mb:g} MB limit "
                                         "(ASSISTANT_MAX_FILE_MB)")
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableReport(path, e.strerror or str(e)) from None
    document = read_document(path, data)
    report = parse_report(document.text, path, hashlib.sha256(data).hexdigest(), document.pages, sidecar(path))
    if document.title and document.title not in report.fields.values():
        report = replace(report, fields={**report.fields, "HTML title": document.title})
    return report


def sidecar(path: Path) -> dict:
    """Front matter a report lacks, from `<file name>.meta.json` (or `.meta.yaml`) beside it."""
    import json

    for candidate in (path.with_name(path.stem + ".meta.json"), path.with_name(path.stem + ".meta.yaml")):
        if candidate.exists():
            try:
                text = candidate.read_text(encoding="utf-8")
                if candidate.suffix == ".json":
                    data = json.loads(text)
                else:
                    import yaml

                    data = yaml.safe_load(text)
            except Exception as e:  # a bad sidecar is named, never fatal to the report
                raise UnreadableReport(path, f"its sidecar {candidate.name} is unreadable ({e})") from None
            return {str(k): str(v) for k, v in (data or {}).items()}
    return {}


LABEL_RE = re.compile(r"^(\d+\.\d+)(?:\t(.*)| +(?=[A-Z(<\"‘'£])(.*))?\s*$")
# `5. Household Waste Recycling Centres`; a minute numbered by its year, `25/061 APOLOGIES FOR ABSENCE`, or by its
# body and year, `HWB/24/16 BETTER CARE FUND`, or by its body alone, `PL/43 25/01290/FUL - LAND REAR OF ...` (a heading
# may open with a reference of its own), or by its body's letter and its number in the year, `C14/26 APOLOGIES`; or a
# heading numbered without a stop, `### 52 Proposed Precept` (a web page's minute)
_MINUTE_NUMBER = r"(?:[A-Z]{1,5}/)?\d{2,4}/\d{1,4}|[A-Z]{2,5}/\d{1,4}|[A-Z]{1,5}\d{1,4}/\d{2}"
SECTION_RE = re.compile(rf"^#{{0,6}}\s*(\d+(?=\.)|(?:{_MINUTE_NUMBER})(?=\.?\s+(?:[A-Z]|\d{{2}}/\d))|(?:(?<=#\s)|(?<=#))\d{{1,3}}"
                        r"(?=\s+[A-Z]))\.?\s+([^\t]{1,120}?)\s*\t?\s*$")
# a section's number and title without a stop, "3 The consultation": one only where its paragraphs are numbered 3.1 ...
_BARE_SECTION = re.compile(r"^(\d{1,2})\s+([A-Z][^\t.:;]{1,80})$")
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
SEPARATOR_RE = re.compile(r"^[-\s|]*--[-\s|]*$")
LETTER_RE = re.compile(r"^([A-Z])\t+(.+)$")
# `(a)`, `a)`, `(1)`, `(iv)`: an item of a list that a line ending in a colon (or RESOLVED) introduced
ITEM_RE = re.compile(r"^\(?([a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)\s+(\S.*)$")
NUMBERED_ITEM_RE = re.compile(r"^(\d{1,2})\t+(?=[A-Z])(.+)$")  # `1<TAB>That Cabinet ...`: a numbered recommendation
_LISTED = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")  # `1. That ...`, `1. the consultation ...` in a list a colon or RESOLVED opened
_RESOLVED_HEADING = re.compile(r"(?:resolved|agreed|decided|decision)\s*:?", re.I)
RESOLVED_RE = re.compile(r"^(RESOLVED|AGREED|DECIDED)\b\s*(?:to|that)?\s*:?\s*(.*)$")
APPENDIX_RE = re.compile(r"^((?:Appendix|Annex|Annexe|Schedule)\s+[A-Z0-9]{1,3})\b")
# `4. The plan contains 24 audits.`: a paragraph numbered on one level, in a report that numbers no `3.4`
SINGLE_RE = re.compile(r"^(\d{1,3})\.?(?:\t+| +)(?=[A-Z(<\"‘'£])(.+?)\s*$")
RUN_IN_RE = re.compile(r"^<(strong|b)>\s*([^<]{1,40}?)\s*:?\s*</\1>\s*:?\s*")  # `<strong>Summary:</strong> text`


_COLON_DASH = re.compile(r":[ \t]*[-–—]+[ \t]*$")


def parse_report(text: str, path: Path, sha256: str = "", pages: tuple[int, ...] = (), meta: dict | None = None) -> Report:
    meta = meta or {}
    lines = [_COLON_DASH.sub(":", line) for line in text.splitlines()]  # "The Committee agreed:-": a colon
    single = _numbered_on_one_level(lines)
    start = body_start(lines, single)
    if start is None:  # neither numbered nor marked: its headings, if it has them, as short lines standing alone
        lines = _plain_headings(lines)
        start = body_start(lines, single)
    warnings = []
    front = _FrontMatter(path)
    if start is None:
        warnings.append("no numbered paragraphs found: read as plain paragraphs")
        body = _plain_paragraphs(lines)
    else:
        front.read(lines[:start])
        reader = _BodyReader(lines, start, single)
        body = reader.read()
        front.sign_off(lines, reader.sign_off)
        body = front.absorb(body)
    front.resolve()
    paragraphs = front.paragraphs() + body
    if pages:
        paragraphs = [replace(p, page=pages[min(p.lines) - 1]) if p.lines else p for p in paragraphs]
    committee = front.committee or meta.get("committee", "")
    meeting_date = front.meeting_date or _iso(meta.get("meeting_date", ""))
    sections = {p.section for p in body if re.match(r"\d+\. ", p.section)}
    only = re.sub(r"^\d+\.\s+", "", sections.pop()) if len(sections) == 1 and len(body) > 1 else ""
    title = front.title or meta.get("title", "") or only  # an agenda item's page: the item's heading
    missing = [name for key, name in META_FIELDS.items() if not {"committee": committee, "meeting_date": meeting_date,
                                                                  "title": title}[key]]
    if missing:
        warnings.append(f"missing {', '.join(missing)}: give them in {path.stem}.meta.json")
    return Report(
        id=report_id(path),
        path=str(path),
        sha256=sha256,
        title=title or path.stem,
        committee=committee,
        meeting_date=meeting_date,
        fields={**{name: meta[key] for key, name in (("report_of", "Report of"), ("lead_member", "Lead Member"),
                                                     ("key_decision", "Key Decision")) if meta.get(key)},
                **front.fields},
        recommendations=tuple(front.recommendations),
        topic_scores=tuple(front.scores),
        paragraphs=tuple(_unique_keys(paragraphs)),
        warnings=tuple(warnings),
    )


def _iso(text: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        return text.strip()
    date = parse_date(text)
    return date.isoformat() if date else ""


def _plain(line: str) -> str:
    """A line without its markup: tags, bold marks, list dashes kept."""
    return html.unescape(re.sub(r"<[^>]+>", "", line)).replace("**", "").strip()


_SECTION_NUMBER = re.compile(r"^\d+\.0+$")  # "1.0 SUMMARY", "2.00 Background": a section's number, not a paragraph's


CAPITALS = 7  # the heading level of an all-capitals line, below Markdown's six


def heading_level(line: str) -> int:
    """1-6 for a Markdown (or HTML, as the reader marks it) heading, CAPITALS for an all-capitals line, else 0."""
    m = MD_HEADING_RE.match(line.strip())
    if m:
        return len(m[1])
    text = _plain(line)
    if re.search(r"[a-z]", text) or not re.search(r"[A-Z]{2}", text) or "\t" in line.strip() or text.endswith((":", ".")):
        return 0
    return CAPITALS if len(text.split()) <= 16 and not RESOLVED_RE.match(text) else 0


def heading_text(line: str) -> str:
    m = MD_HEADING_RE.match(line.strip())
    return _plain(m[2] if m else line).rstrip(":").strip()


def numbered(line: str, single: bool = False) -> tuple[str, str] | None:
    """(label, text) of a numbered paragraph's first line: `3.4<TAB>text`; with `single`, also `4. text` when the
    text reads as a paragraph (six words or more, ending as a sentence does or mostly in lower case; a PDF wraps
    its lines), not a heading (`1. Purpose`, `2. Financial Implications of the Proposal`)."""
    m = LABEL_RE.match(line)
    if m:
        return m[1], m[2] or m[3] or ""
    m = SINGLE_RE.match(line) if single else None
    words = m[2].split() if m else []
    if len(words) >= 6 and (m[2].endswith((".", ":", ";")) or sum(w[0].islower() for w in words) * 2 > len(words)) or (
            len(words) >= 2 and m[2].endswith(":")):  # (one introducing a list: `2. Cabinet agreed:`)
        return m[1], m[2]
    return None


def _numbered_on_one_level(lines: list[str]) -> bool:
    """Whether a report numbers its paragraphs 1, 2, 3 ... through the document: no `3.4` labels, and its numbered
    sentences run on without starting again (a list numbered under a heading starts again, or is short)."""
    if any(LABEL_RE.match(line.strip()) for line in lines):
        return False
    numbers = [int(m[0]) for m in (numbered(line.strip(), True) for line in lines) if m]
    return len(numbers) >= _LEAST_NUMBERED and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_LEAST_NUMBERED = 4  # numbered sentences that make a report numbered on one level, not a list


def body_start(lines: list[str], single: bool = False) -> int | None:
    """Where the body begins: the first numbered paragraph (with the short heading just above it, in a report
    numbered on one level), the first numbered section (`1. Purpose`, or a minute `43. APOLOGIES` whose paragraphs
    are `43.1` ...), a table of coded rows, or a heading with text under it after the front matter's fields."""
    fields_seen = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if numbered(line, single):
            above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
            heading = above is not None and single and _short_heading(lines[above]) and not frontmatter.field(
                _plain(lines[above])) and not (above and lines[above - 1].strip())
            return above if heading else i
        section = SECTION_RE.match(line)
        if section and (section[1] == "1" or fields_seen or _next_label(lines, i).startswith(f"{section[1]}.")):
            return i  # after the front matter's fields, a minute's heading: `5. Household Waste Recycling Centres`
        bare = _BARE_SECTION.match(_plain(line))
        if bare and _next_label(lines, i).startswith(f"{bare[1]}."):
            return i
        if tables.is_row(line) and any(r.label for r in tables.read_table(_table_run(lines, i)[0])):
            return i
        if fields_seen and tables.is_row(line):  # a page of tables after the meeting's fields (an attendance page)
            return i
        following = next((l for l in lines[i + 1:] if l.strip()), "")
        if fields_seen and heading_level(line) and not heading_level(following) and not re.match(r"^([A-Z]|x)\t", following) \
                and not frontmatter.field(_plain(following)) \
                and not heading_text(line).lower().startswith(("recommendation", "strategic objective")):
            return i
        fields_seen = fields_seen or frontmatter.field(_plain(line)) is not None or _meeting_heading(line)
    return None


def _meeting_heading(line: str) -> bool:
    """A heading that is the meeting's field: "## Meeting: Licensing Committee, Tuesday, 20th January, 2026"."""
    found = frontmatter.field(_plain(heading_text(line))) if heading_level(line) else None
    return bool(found and frontmatter.names_meeting(found[0]))


def _plain_headings(lines: list[str]) -> list[str]:
    """A paper with neither numbers nor marked headings, its front matter's fields then short lines standing alone
    with prose under them (`Decision`, then "To award a contract ..."): those lines marked as the headings they are,
    so its sections are read by them. The lines as they were when it has no such fields or lines."""
    fielded = [i for i, line in enumerate(lines[:_FRONT_LINES]) if frontmatter.field(_plain(line))]
    out = list(lines)
    for i in range(fielded[-1] + 1 if fielded else len(lines), len(lines) - 1):
        following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        alone = not lines[i - 1].strip() and following is not None and following > i + 1
        if alone and _short_heading(lines[i]) and re.search(r"[a-z]{3,}.*[.;:]$", _plain(lines[following])):
            out[i] = f"## {lines[i].strip()}"
    return out


_FRONT_LINES = 60  # the lines a paper's front matter fields are looked for in


def _short_heading(line: str) -> bool:
    """A short line without closing punctuation or a bullet: `Legal Implications`."""
    text = _plain(line)
    return bool(text) and len(text) <= 60 and text[-1] not in ".:;,)" and not text.startswith(("•", "-", "<"))


def _next_label(lines: list[str], i: int) -> str:
    m = next((LABEL_RE.match(l.strip()) for l in lines[i + 1:] if LABEL_RE.match(l.strip())), None)
    return m[1] if m else ""


def _table_run(lines: list[str], i: int) -> tuple[list[tuple[int, list[str]]], int]:
    """The rows (1-based line number, cells) of the table starting at line index i, and the index after it."""
    rows = []
    while i < len(lines) and tables.is_row(lines[i]):
        rows.append((i + 1, tables.cells(lines[i])))
        i += 1
    return rows, i


def _labels_joined(lines: list[str]) -> tuple[list[str], set[int]]:
    """A label on a line of its own and its value on the next ("Apologies:" over "Councillor Neil Burns."), as one
    field; with the (1-based) numbers of the value lines so joined."""
    out, joined = list(lines), set()
    for i in range(len(lines) - 1):
        label = frontmatter.field(_plain(re.sub(r"^#+\s*", "", lines[i])))
        value = _plain(lines[i + 1])
        if label and not label[1] and value and not label[0].lower().startswith("recommendation") and not (
                frontmatter.field(value) or heading_level(lines[i + 1]) or tables.is_row(lines[i + 1])):
            out[i], out[i + 1] = f"{label[0]}: {value}", ""
            joined.add(i + 2)
    return out, joined


class _FrontMatter:
    """Committee, date, title, label-value fields, recommendations and the topic-scoring table."""

    def __init__(self, path: Path):
        self.path = path
        self.committee = self.meeting_date = self.title = ""
        self.fields: dict[str, str] = {}
        self.recommendations: list[tuple[str, str]] = []
        self.rec_lines: list[int] = []
        self.scores: list[tuple[str, str]] = []
        self.header_lines: list[int] = []
        self.header_text: list[str] = []
        self.seen: list[frontmatter.Line] = []  # what the committee, date and title are chosen from
        self.closing: list[frontmatter.Line] = []  # a sign-off block's lines (its date is not the meeting's)

    def read(self, lines: list[str]) -> None:
        rec = False
        scored = in_runs([len(c := [x for x in line.split("\t") if x.strip()]) == 2 and
                          bool(re.fullmatch(r"\d{1,3}", _plain(c[1]))) and not frontmatter.full_dates(c[0])
                          for line in lines])
        lines, joined = _labels_joined(lines)
        for n, raw in enumerate(lines, start=1):
            line = re.sub(r"^#+\s*|\*\*", "", raw).strip()
            if n in joined:  # (the value of the label on the line before)
                self.header_lines.append(n)
                continue
            if not line:
                continue
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            key = _plain(cells[0]).rstrip(":").lower()
            rec = key.startswith("recommendation") or rec and not key.startswith("strategic objective")
            item = ITEM_RE.match(_plain(line)) if rec else None  # ("(i) approves the revised scheme ...")
            if rec and (LETTER_RE.match(line) or item):
                letter, body = (f"({item[1]})", item[2]) if item else LETTER_RE.match(line).groups()
                self.recommendations.append((letter, clean_html(body)))
                self.rec_lines.append(n)
                continue
            self.header_lines.append(n)
            if n - 1 in scored:
                self._score(cells)
            elif not key.startswith("recommendation"):  # the heading of the letters, which are paragraphs of their own
                for part in re.split(r"<br\s*/?>", line, flags=re.I):
                    if _plain(part):
                        self._header_line(_plain(part) if "\t" not in part else part, heading_level(raw))

    def _score(self, cells: list[str]) -> None:
        """A row of a scored table: `Public Interest <TAB> 2`."""
        name, score = (clean_html(c) for c in cells)
        name = re.sub(r"\s*\[.*?\]\s*", " ", name).strip()
        self.scores.append((name, score))
        self.header_text.append(f"{name}: {score}")

    def _header_line(self, line: str, level: int) -> None:
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        found = frontmatter.field(line)
        if level and not line.endswith(":") and not (level == CAPITALS and found and (
                _CAPITAL_LABEL.search(found[0]) or _ALIGNED.search(line))) and not (
                found and frontmatter.names_meeting(found[0])):  # ("## Meeting: Licensing Committee, 20 January 2026")
            found = None  # a heading, though it has a colon: "SCHOOL MEALS: UPTAKE AND DEBT" (not a field set out as
            # one, its value apart from its label: "SUBJECT:      SCHOOL TRANSPORT POLICY REVIEW")
        if cells[0] == "x" and len(cells) == 2:
            self.header_text.append(f"• {clean_html(cells[1])}")
        elif found:
            self.seen.append(self._field(line, *found))
        else:
            self.seen.append(frontmatter.Line("\t".join(_plain(c) for c in cells), heading=level))
            self.header_text.append(self._cover_line(cells) or clean_html(" ".join(cells)))

    def _field(self, line: str, label: str, value: str) -> frontmatter.Line:
        """Keep a label-value field (the first value of a label wins) and write it into the header's text."""
        value = clean_html(value).replace("\n", " ")
        if value:
            self.fields.setdefault(label, value)
        self.header_text.append(f"{label}: {value}" if value else f"{label}:")
        return frontmatter.Line(line, label, value)

    def _cover_line(self, cells: list[str]) -> str:
        """A front sheet's `Committee <TAB> Agenda Item` and `27 November 2023 <TAB> 6`, said in words."""
        if len(cells) > 2:
            return ""
        if frontmatter.names_body(cells[0]):
            return f"Committee: {cells[0]}"
        if frontmatter.full_dates(cells[0]) and len(cells[0].split()) <= 4:
            if len(cells) == 2 and re.fullmatch(r"\d{1,3}", cells[1]):
                self.fields["Agenda Item"] = cells[1]
                return f"Meeting date: {cells[0]}\nAgenda item: {cells[1]}"
            return f"Meeting date: {cells[0]}" if len(cells) == 1 else ""
        return ""

    def sign_off(self, lines: list[str], numbers: set[int]) -> None:
        """A signature or author block at the end of the body (`Author: ...`, `Date: ...`) is front matter."""
        for n in sorted(numbers):
            line = _plain(lines[n - 1])
            found = frontmatter.field(line)
            self.header_lines.append(n)
            if found:
                self.closing.append(self._field(line, *found))
            else:
                self.header_text.append(line)

    def absorb(self, body: list[Paragraph]) -> list[Paragraph]:
        """The body without the blocks of the paper's own fields standing in it, which are front matter: a decision
        page's "Report author: ..." heading over "Date of decision: 11/02/2026", "Effective from: ..." (a block all
        of fields, one of them dating the meeting, decision or publication; not an action's "Owner:", "Due:")."""
        out = []
        for p in body:
            given = [frontmatter.field(line) for line in p.text.splitlines() if line.strip()]
            if len(given) >= 2 and all(f and f[1] for f in given) and any(
                    frontmatter.dates_the_paper(label) and frontmatter.full_dates(value) for label, value in given):
                self.header_lines += p.lines
                self.closing += [self._field(f"{label}: {value}", label, value) for label, value in given]
            else:
                out.append(p)
        return out

    def resolve(self) -> None:
        """Choose the committee, meeting date and title; a date from the file name as a last resort."""
        self.committee = frontmatter.committee(self.seen)
        self.meeting_date = frontmatter.meeting_date(self.seen)
        self.title = frontmatter.title(self.seen, self.committee)
        if self.committee:
            self.fields.setdefault("Committee", self.committee)
        if not self.meeting_date:
            m = re.match(r"(\d{4})[-_](\d{2})[-_](\d{2})", self.path.name)
            self.meeting_date = "-".join(m.groups()) if m else frontmatter.meeting_date(self.closing)

    def paragraphs(self) -> list[Paragraph]:
        if not self.header_lines and not self.recommendations:
            return []
        out = [Paragraph("header", "header", "Front matter", "", "", "", "\n".join(self.header_text),
                         tuple(sorted(self.header_lines)))]
        for (letter, body), n in zip(self.recommendations, self.rec_lines):
            out.append(Paragraph(letter, letter, "Recommendations", "", "", "", body, (n,)))
        return out


# an all-capitals line that is a field all the same, by how its label ends: "REPORT BY:", "REPORT NO:", "DATE:"
_ALIGNED = re.compile(r"^[^:]{1,48}:(?:\t|\s{2,})\S")
_CAPITAL_LABEL = re.compile(r"(?:^|\s)(?:by|of|to|from|no\.?|number|ref|reference|date|dated)$", re.I)


class _BodyReader:
    """Labelled units as printed: numbered paragraphs (`3.4`, `1.07`, a minute's `45.2`), resolutions and
    lettered items (`(a)`, `2.1(b)`, `45(2)`), numbered recommendations (`1`), a minute's unnumbered
    resolution or note (`47`), sections labelled by their heading, and table rows by their reference code;
    each with the section and subsection headings it sits under."""

    def __init__(self, lines: list[str], start: int, single: bool = False):
        self.lines, self.start, self.single = lines, start, single
        self.section = self.subsection = ""
        self.number = ""  # the current numbered section or minute: `45`
        self.titled = ""  # the heading that labels text under it when no number does
        self.pending: list[int] = []  # heading lines waiting for the paragraph they introduce
        self.label = ""
        self.current: list[tuple[int, str]] = []
        self.items = None  # the label items are numbered under (`2.1`, `45`, or "") while a list is open
        self.numbered_within = False  # whether the current numbered section numbers its paragraphs (`45.1`)
        self.out: list[Paragraph] = []
        self.sign_off = _sign_off(lines, start, single)

    def read(self) -> list[Paragraph]:
        i = self.start
        while i < len(self.lines):
            if i + 1 in self.sign_off:
                i += 1
            elif tables.is_row(self.lines[i]):
                rows, i = _table_run(self.lines, i)
                self._table(rows)
            else:
                self._line(i + 1, self.lines[i])
                i += 1
        self._close()
        if self.pending and self.out:  # headings after the last paragraph belong to it
            last = self.out[-1]
            self.out[-1] = replace(last, lines=last.lines + tuple(self.pending))
        elif self.pending:  # headings and no paragraph at all: they are the text
            text = clean_html("\n".join(self.lines[n - 1].strip() for n in self.pending))
            self.out.append(Paragraph("p1", "p1", self.section, self.subsection, "", "", text, tuple(self.pending)))
        return self.out

    def _line(self, n: int, raw: str) -> None:
        line = raw.strip()
        if not line:
            return
        plain = _plain(line)
        label = numbered(line, self.single) or self._next_in_turn(line)
        section = SECTION_RE.match(line)
        level = heading_level(line)
        if label and _SECTION_NUMBER.search(label[0]) and (heading_level(label[1]) or _short_heading(label[1])):
            self._open_section(n, label[0].split(".")[0], label[1])
        elif label:
            self._start(n, *label)
            self.items = None
        elif SEPARATOR_RE.match(line):
            (self.current.append((n, "")) if self.current else self.pending.append(n))
        elif section and not self._listed(plain):  # "2. That ..." after RESOLVED: is its second item
            self._open_section(n, section[1], section[2])
        elif (bare := _BARE_SECTION.match(plain)) and _next_label(self.lines, n - 1).startswith(f"{bare[1]}."):
            self._open_section(n, bare[1], bare[2])  # "3 The consultation" numbering the paragraphs under it, 3.1 ...
        elif APPENDIX_RE.match(heading_text(line)) and (level or self._standalone(n) and len(plain) <= 80):
            self._start(n, APPENDIX_RE.match(heading_text(line))[1], heading_text(line))
            self.titled, self.items = self.label, None
        elif level and APPENDIX_RE.match(self.titled):
            self.current.append((n, heading_text(line)))  # an appendix keeps its own headings
        elif level and (given := frontmatter.field(heading_text(line))) and given[1]:
            self._start(n, given[0], heading_text(line))  # a heading that is a field, "Report author: Graham Ellery",
            self.titled = given[0]  # says its value: a paragraph of it and the fields under it
        elif level or self._is_subheading(n, plain):
            self._close()
            self.subsection = clean_html(heading_text(line))
            self.titled = _as_label(self.subsection) if level else self.titled
            self.pending.append(n)
            # (a heading "Resolved:" opens the list of what was resolved: its items (1), (2) ...)
            self.items = (self.number or "") if _RESOLVED_HEADING.fullmatch(self.subsection) else None
        elif RESOLVED_RE.match(plain) and self.number:
            rest = RESOLVED_RE.match(plain)[2]
            if rest:
                self._start(n, self.number, line)
            else:
                self._close()
                self.pending.append(n)
            self.items = None if rest else self.number
        elif (self.items is not None or self._opens_list(plain)) and (ITEM_RE.match(plain) or self._listed(plain)):
            self.items = self.number if self.items is None else self.items
            item = ITEM_RE.match(plain) or _LISTED.match(plain)
            parent = self.items if re.fullmatch(rf"\d+(\.\d+)*|(?:{_MINUTE_NUMBER})", self.items) else ""
            self._start(n, f"{parent}({item[1]})", re.sub(r"^\(?\w{1,4}[).]\s*", "", line))
        elif NUMBERED_ITEM_RE.match(line) and (not self.current or re.fullmatch(r"\d{1,2}", self.label)):
            self._start(n, NUMBERED_ITEM_RE.match(line)[1], NUMBERED_ITEM_RE.match(line)[2])
        elif RUN_IN_RE.match(line) and not self.number:  # in a minute, "<strong>Response:</strong>" is its text
            self._start(n, RUN_IN_RE.match(line)[2], line)
        elif self.number and not self.numbered_within and self._label_line(n, plain):
            self._close()  # "Supporting documents:" on a line of its own, text under it: a block of that name
            self.titled = plain.rstrip(":").strip()
            self.pending.append(n)
        elif self.current:
            self.current.append((n, line))
        elif self.number and (plain.startswith("(") or not self.numbered_within and self._unsaid(self.number)):
            self._start(n, self.number, line)  # a minute's note, "(Councillor X left the meeting.)", or its text: `27`
        elif self.titled:
            self._start(n, self.titled, line)
        else:
            self.pending.append(n)
        if self.current and self.items is None and (plain.endswith(":") or self._resolves_in_items(n)):
            self.items = self.label

    def _resolves_in_items(self, n: int) -> bool:
        """`15.4 RESOLVED: That the Committee` over `(1) notes ...`: a resolution whose items follow it."""
        following = next((l.strip() for l in self.lines[n:] if l.strip()), "")
        item = ITEM_RE.match(_plain(following))
        return len(self.current) == 1 and bool(RESOLVED_RE.match(_plain(self.current[0][1]))) and bool(
            item and item[1] in ("a", "1", "i"))

    def _opens_list(self, plain: str) -> bool:
        """A minute whose text begins as a list, `(a) Payments ... (b) ...`: its items are `25/068(a)` ..."""
        item = ITEM_RE.match(plain)
        return bool(self.number and not self.current and self._unsaid(self.number) and item and item[1] in ("a", "1"))

    def _next_in_turn(self, line: str) -> tuple[str, str] | None:
        """In a report numbered on one level, the number after the last paragraph's starts the next paragraph, whatever
        its line looks like (`13. Internal Audit Plan 2024/25, approved by ...`)."""
        m = SINGLE_RE.match(line) if self.single and self.label.isdigit() else None
        return (m[1], m[2]) if m and int(m[1]) == int(self.label) + 1 else None

    def _start(self, n: int, label: str, text: str) -> None:
        self._close()
        self.label = label
        self.current = [(n, text)]

    def _open_section(self, n: int, number: str, title: str) -> None:
        self._close()
        self.section, self.subsection = f"{number}. {clean_html(title)}", ""
        self.number, self.titled, self.items = number, "", None
        self.pending.append(n)
        ahead = itertools.takewhile(lambda line: not SECTION_RE.match(line.strip()), self.lines[n:])
        self.numbered_within = any(line.strip().startswith(f"{number}.") and numbered(line.strip()) for line in ahead)

    def _unsaid(self, label: str) -> bool:
        return not any(p.label == label for p in self.out)

    def _label_line(self, n: int, plain: str) -> bool:
        """A short label ending in a colon with plain text, not a list, under it: `Minutes:`, `Supporting documents:`."""
        following = next((l.strip() for l in self.lines[n:] if l.strip()), "")
        return bool(re.fullmatch(r"[A-Z][\w ,'’-]{0,40}:", plain)) and len(plain.split()) <= 4 and not RESOLVED_RE.match(
            plain) and not (ITEM_RE.match(following) or _LISTED.match(following) or following.startswith(("•", "-")))

    def _listed(self, plain: str) -> bool:
        """`2. That ...`: the next item of a numbered list a colon or RESOLVED opened (not the next minute's heading)."""
        m = _LISTED.match(plain) if self.items is not None else None
        last = re.search(r"\((\d+)\)$", self.label) if self.current and self.label.startswith(f"{self.items}(") else None
        return bool(m) and int(m[1]) == (int(last[1]) + 1 if last else 1)

    def _table(self, rows: list[tuple[int, list[str]]]) -> None:
        """Coded rows are units of their own; other tables belong to the paragraph that introduces them."""
        read = tables.read_table(rows)
        coded = any(r.label for r in read)
        if coded:
            self._close()
        if not read or read[0].line != rows[0][0]:  # the header row goes with the first unit the table gives
            (self.current.append((rows[0][0], "")) if self.current else self.pending.append(rows[0][0]))
        for row in read:
            if row.label:
                self._close()
                self.out.append(Paragraph(row.label, row.label, self.section, self.subsection, row.name, row.rating,
                                          row.text, tuple(sorted(self.pending + [row.line]))))
                self.pending = []
            elif coded and self.out:  # a total row under coded rows
                last = self.out[-1]
                self.out[-1] = replace(last, text=f"{last.text}\n{row.text}", lines=last.lines + (row.line,))
            elif self.current:
                self.current.append((row.line, row.text))
            else:
                self._start(row.line, self.titled or self.number or "p1", row.text)

    def _standalone(self, n: int) -> bool:
        """A line set apart by blank lines above and below (a heading in plain text)."""
        return not self.lines[n - 2].strip() and (n >= len(self.lines) or not self.lines[n].strip())

    def _is_subheading(self, n: int, line: str) -> bool:
        """A short untitled line directly before a numbered paragraph: `Legal Implications`."""
        if not _short_heading(line):
            return False
        following = next((l for l in self.lines[n:] if l.strip()), "")
        return bool(numbered(following.strip(), self.single))

    def _close(self) -> None:
        if not self.current:
            return
        numbers = tuple(sorted(self.pending + [n for n, _ in self.current]))
        text = clean_html("\n".join(t for _, t in self.current))
        heading, rating = _heading(text)
        self.out.append(Paragraph(self.label, self.label, self.section, self.subsection, heading, rating, text, numbers))
        self.current, self.pending = [], []


_SUMMARY_HEADING = re.compile(r"(?:executive\s+)?summary(?:\s+of\s+(?:the\s+)?(?:report|paper|decision))?", re.I)


def _as_label(heading: str) -> str:
    """The label of the text under an unnumbered heading: the heading as printed, but a summary's by the one word
    its kind goes by ("EXECUTIVE SUMMARY", "Summary of Report": `Summary`)."""
    return "Summary" if _SUMMARY_HEADING.fullmatch(heading.strip()) else heading


_CLOSED = re.compile(r"^the meeting (?:closed|ended|finished|concluded|rose) at\b", re.I)


def _sign_off(lines: list[str], start: int, single: bool = False) -> set[int]:
    """Line numbers of a closing author or signature block: label-value lines (`Author: ...`, `Date: ...`)
    standing alone after the last numbered paragraph, with the name lines just above them."""
    # minutes end "The meeting closed at 3.40 pm." over a line for the chair's signature
    closed = next((i for i in range(start, len(lines)) if _CLOSED.match(_plain(lines[i])) and all(
        len(_plain(rest).split()) <= 4 for rest in lines[i + 1:])), None)
    out: set[int] = {k + 1 for k in range(closed, len(lines)) if lines[k].strip()} if closed is not None else set()
    last = max((i for i in range(start, len(lines)) if numbered(lines[i].strip(), single)), default=None)
    if last is None:
        return out
    for i in range(last + 1, len(lines)):
        line = _plain(lines[i])
        found = frontmatter.field(line) if line and not tables.is_row(lines[i]) else None
        if found and len(found[0].split()) <= 3 and found[1] and not lines[i - 1].strip() and not found[0].isupper():
            block = [i]
            while i + len(block) < len(lines) and frontmatter.field(_plain(lines[i + len(block)])):
                block.append(i + len(block))
            above = i - 1
            while above > last and not lines[above].strip():
                above -= 1
            names = []
            while above > last and lines[above].strip() and len(_plain(lines[above])) <= 80 and \
                    not _plain(lines[above]).endswith((".", ":")) and not heading_level(lines[above]):
                names.append(above)
                above -= 1
            if 0 < len(names) <= 3 and not lines[above].strip():
                block += names
            out |= {k + 1 for k in block}
    # an unlabelled block closing the paper: a name, an office and a date, each a short line of its own
    end = len(lines)
    while end > last + 1 and not lines[end - 1].strip():
        end -= 1
    begin = end
    while begin > last + 1 and lines[begin - 1].strip():
        begin -= 1
    block = [_plain(line) for line in lines[begin:end]]
    if 2 <= len(block) <= 4 and not lines[begin - 1].strip() and all(
            len(line) <= 60 and not line.endswith((".", ":", ";")) and not numbered(line, single) for line in block) and (
            re.fullmatch(rf"(?:(?:{TITLES})\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}", block[0])
            and any(frontmatter.full_dates(line) and not _PROSE.search(line) for line in block[1:])):
        out |= set(range(begin + 1, end + 1))
    return out


_PROSE = re.compile(r"\b(?:the|was|were|is|are|will|has|have)\b")


def _heading(text: str) -> tuple[str, str]:
    """A paragraph's own heading is a short first line without a full stop, followed by more text."""
    first, _, rest = text.partition("\n")
    run_in = re.match(r"([A-Z][^.():;]{1,60}?)\s*\(\s*(" + RATING_RE.pattern + r")\s*\)[.:]\s+\S", first)
    if run_in:  # "Customer Access (Amber). The new website went live ...": a workstream and its rating run in
        return f"{run_in[1]} ({run_in[2]})", re.sub(r"\s+", "", run_in[2])
    if not rest or len(first) > 90 or first.endswith((".", ",", ";")) or tables.fields(first):  # (nor a table's row)
        return "", ""
    m = re.search(r"\(\s*(" + RATING_RE.pattern + r")\s*\)\s*$", first)
    return first.rstrip(":"), (re.sub(r"\s+", "", m[1]) if m else "")


def _plain_paragraphs(lines: list[str]) -> list[Paragraph]:
    out, block = [], []
    for n, line in enumerate(lines + [""], start=1):
        if line.strip():
            block.append((n, line))
        elif block:
            label = f"p{len(out) + 1}"
            text = clean_html("\n".join(t for _, t in block))
            out.append(Paragraph(label, label, "", "", "", "", text, tuple(n for n, _ in block)))
            block = []
    return out


def _unique_keys(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Keys unique in the report and safe in a chunk id (`23/24 HR 03` -> `23∕24 HR 03`): the second `1.1` is `1.1~2`."""
    seen: dict[str, int] = {}
    out = []
    for p in paragraphs:
        key = p.label.replace("/", "∕").replace("#", "♯")
        seen[key] = seen.get(key, 0) + 1
        out.append(replace(p, key=key if seen[key] == 1 else f"{key}~{seen[key]}"))
    return out


_BLOCK_TAGS = re.compile(r"</?(?:p|ul|ol|div|br|tr|table|h\d)\b[^>]*>|</li>", re.I)


def clean_html(text: str) -> str:
    """Report HTML fragments to clean text: one line per block, bullets as `•` / `○` lines."""
    text = re.sub(r"<sup>\s*(.*?)\s*</sup>", r"\1", text, flags=re.I)
    text = re.sub(r"<li\b[^>]*>", "\n• ", text, flags=re.I)
    text = _BLOCK_TAGS.sub("\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^[-*]\s+", "• ", line.strip())
        for piece in re.split(r"\s+(?=[•○]\s)|(?<=[.:])\s+(?=•)", line):
            piece = re.sub(r"^•\s*(?=[•○])", "", re.sub(r"\s+", " ", piece).strip())
            if piece and piece not in {"•", "○"}:
                out.append(piece)
    return "\n".join(out)
