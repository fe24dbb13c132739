"""Read a committee report into a `Report` and its numbered `Paragraph`s.

Every non-blank line of the file ends up in exactly one paragraph: front matter in the `header`
paragraph, each recommendation in its letter (`A`, `B` ...), section headings and separators with
the numbered paragraph they introduce or follow. `Paragraph.lines` keeps those line numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import UnreadableReport
from .facts import RATING_RE, parse_date
from .formats import READERS, read_document

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

    @property
    def short(self) -> str:
        """How citations name the report: `OSC 27 Nov 2023`."""
        words = [w for w in re.findall(r"[A-Za-z]+", self.committee) if w.lower() not in {"and", "of", "the"}]
        abbr = "".join(w[0].upper() for w in words) or self.id
        if not self.meeting_date:
            return abbr
        d = dt.date.fromisoformat(self.meeting_date)
        return f"{abbr} {d.day} {d:%b %Y}"

    def paragraph(self, key: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.key == key), None)


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


LABEL_RE = re.compile(r"^(\d+\.\d+)(?:\t(.*))?\s*$")
SECTION_RE = re.compile(r"^#{0,6}\s*(\d+)\.\s+([^\t]{1,80}?)\s*\t?\s*$")
MD_HEADING_RE = re.compile(r"^#{1,6}\s+(.+?)\s*$")
SEPARATOR_RE = re.compile(r"^[-\s|]*--[-\s|]*$")
FIELD_RE = re.compile(r"^([A-Z][A-Za-z ()]{2,40}):\t+(.*)$")
LETTER_RE = re.compile(r"^([A-Z])\t+(.+)$")


def parse_report(text: str, path: Path, sha256: str = "", pages: tuple[int, ...] = (), meta: dict | None = None) -> Report:
    meta = meta or {}
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _starts_body(line)), None)
    warnings = []
    front = _FrontMatter(path)
    if start is None:
        warnings.append("no numbered paragraphs found: read as plain paragraphs")
        body = _plain_paragraphs(lines)
    else:
        front.read(lines[:start])
        body = _BodyReader(lines, start).read()
    paragraphs = front.paragraphs() + body
    if pages:
        paragraphs = [replace(p, page=pages[min(p.lines) - 1]) if p.lines else p for p in paragraphs]
    committee = front.committee or meta.get("committee", "")
    meeting_date = front.meeting_date or _iso(meta.get("meeting_date", ""))
    title = front.fields.get("Title") or meta.get("title", "")
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


def _starts_body(line: str) -> bool:
    m = SECTION_RE.match(line)
    return bool(LABEL_RE.match(line) or (m and m[1] == "1"))


class _FrontMatter:
    """Committee, date, key-value fields, recommendations and the topic-scoring table."""

    def __init__(self, path: Path):
        self.path = path
        self.committee = ""
        self.meeting_date = ""
        self.fields: dict[str, str] = {}
        self.recommendations: list[tuple[str, str]] = []
        self.rec_lines: list[int] = []
        self.scores: list[tuple[str, str]] = []
        self.header_lines: list[int] = []
        self.header_text: list[str] = []

    def read(self, lines: list[str]) -> None:
        mode = ""
        for n, raw in enumerate(lines, start=1):
            line = re.sub(r"^#+\s*|\*\*", "", raw).strip()
            if not line:
                continue
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            key = cells[0].rstrip(":").lower()
            if key == "recommendations":
                mode = "rec"
            elif key.startswith("strategic objective"):
                mode = ""
            elif key == "topic scoring":
                mode = "scores"
            elif key == "rating scores":
                mode = ""
            if mode == "rec" and LETTER_RE.match(line):
                letter, body = LETTER_RE.match(line).groups()
                self.recommendations.append((letter, clean_html(body)))
                self.rec_lines.append(n)
                continue
            self.header_lines.append(n)
            if key != "recommendations":  # the heading of the letters, which are paragraphs of their own
                self._header_line(line, cells, mode)

    def _header_line(self, line: str, cells: list[str], mode: str) -> None:
        date = parse_date(cells[0])
        if not self.committee and "committee" in cells[0].lower() and ":" not in cells[0]:
            self.committee = cells[0]
            self.fields["Committee"] = cells[0]
            self.header_text.append(f"Committee: {cells[0]}")
        elif date and not self.meeting_date:
            self.meeting_date = date.isoformat()
            self.header_text.append(f"Meeting date: {cells[0]}")
            if len(cells) > 1:
                self.fields["Agenda Item"] = cells[1]
                self.header_text.append(f"Agenda item: {cells[1]}")
        elif FIELD_RE.match(line):
            key, value = FIELD_RE.match(line).groups()
            self.fields[key] = clean_html(value)
            self.header_text.append(f"{key}: {self.fields[key]}")
        elif mode == "scores" and len(cells) == 2:
            name, score = (clean_html(c) for c in cells)
            name = re.sub(r"\s*\[.*?\]\s*", " ", name).strip()
            self.scores.append((name, score))
            self.header_text.append(f"{name}: {score}")
        elif cells[0] == "x" and len(cells) == 2:
            self.header_text.append(f"• {clean_html(cells[1])}")
        else:
            self.header_text.append(clean_html(" ".join(cells)))

    def paragraphs(self) -> list[Paragraph]:
        if not self.meeting_date:
            m = re.match(r"(\d{4})[-_](\d{2})[-_](\d{2})", self.path.name)
            if m:
                self.meeting_date = "-".join(m.groups())
        if not self.header_lines and not self.recommendations:
            return []
        out = [Paragraph("header", "header", "Front matter", "", "", "", "\n".join(self.header_text),
                         tuple(self.header_lines))]
        for (letter, body), n in zip(self.recommendations, self.rec_lines):
            out.append(Paragraph(letter, letter, "Recommendations", "", "", "", body, (n,)))
        return out


class _BodyReader:
    """Numbered paragraphs, with the section and subsection headings they sit under."""

    def __init__(self, lines: list[str], start: int):
        self.lines, self.start = lines, start
        self.section = self.subsection = ""
        self.pending: list[int] = []  # heading lines waiting for the paragraph they introduce
        self.label = ""
        self.current: list[tuple[int, str]] = []
        self.out: list[Paragraph] = []

    def read(self) -> list[Paragraph]:
        for i in range(self.start, len(self.lines)):
            self._line(i + 1, self.lines[i])
        self._close()
        if self.pending and self.out:  # headings after the last paragraph belong to it
            last = self.out[-1]
            self.out[-1] = replace(last, lines=last.lines + tuple(self.pending))
        elif self.pending:  # headings and no paragraph at all: they are the text
            text = clean_html("\n".join(self.lines[n - 1].strip() for n in self.pending))
            self.out.append(Paragraph("p1", "p1", self.section, self.subsection, "", "", text, tuple(self.pending)))
        return self.out

    def _line(self, n: int, raw: str) -> None:
        line = raw.rstrip()
        if not line.strip():
            return
        label = LABEL_RE.match(line)
        section = SECTION_RE.match(line)
        heading = MD_HEADING_RE.match(line)
        if label:
            self._close()
            self.label = label[1]
            self.current = [(n, label[2] or "")]
        elif SEPARATOR_RE.match(line):
            (self.current.append((n, "")) if self.current else self.pending.append(n))
        elif section:
            self._close()
            self.section, self.subsection = f"{section[1]}. {section[2]}", ""
            self.pending.append(n)
        elif heading or not self.current or self._is_subheading(n, line):
            self._close()
            self.subsection = clean_html(heading[1] if heading else line)
            self.pending.append(n)
        else:
            self.current.append((n, line))

    def _is_subheading(self, n: int, line: str) -> bool:
        """A short untitled line directly before a numbered paragraph: `Legal Implications`."""
        text = line.strip()
        if len(text) > 60 or text[-1] in ".:;,)" or text.startswith(("•", "-", "<")):
            return False
        following = next((l for l in self.lines[n:] if l.strip()), "")
        return bool(LABEL_RE.match(following))

    def _close(self) -> None:
        if not self.current:
            return
        numbers = tuple(sorted(self.pending + [n for n, _ in self.current]))
        text = clean_html("\n".join(t for _, t in self.current))
        heading, rating = _heading(text)
        self.out.append(Paragraph(self.label, self.label, self.section, self.subsection, heading, rating, text, numbers))
        self.current, self.pending = [], []


def _heading(text: str) -> tuple[str, str]:
    """A paragraph's own heading is a short first line without a full stop, followed by more text."""
    first, _, rest = text.partition("\n")
    if not rest or len(first) > 90 or first.endswith((".", ",", ";")):
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
    seen: dict[str, int] = {}
    out = []
    for p in paragraphs:
        seen[p.label] = seen.get(p.label, 0) + 1
        out.append(p if seen[p.label] == 1 else replace(p, key=f"{p.label}~{seen[p.label]}"))
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
