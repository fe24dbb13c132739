"""Tables in report text: runs of tab-separated rows (the readers turn HTML, Markdown and Word tables
into them). A row whose first cell is a reference code (`PE08`, `23/24 HR 03`, `KD/2026/006`, `A12`) is a
citable unit of its own; every row is written out with its column headers
("Indicator: ... · Q2 target: 45.0% · RAG: Amber"), so a row reads as a sentence and answers from itself.
RAG notations (`G`, "Red (R)", "RAG: Amber", "Amber-Green", "Green/Amber") are normalised wherever found.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


_LETTERS = {"G": "Green", "A": "Amber", "R": "Red"}
# `Green (G)`, `RAG: Amber`, `Amber-Green`, `Green/Amber`, `Red RAG status`: a cell that is a rating and little else
_RATING_CELL = re.compile(r"^(?:RAG\s*(?:status|rating)?\s*[:\-]?\s*)?((?:Green|Amber|Red)(?:\s*[/\-–]\s*(?:Green|Amber|Red))*)"
                          r"(?:\s*\(\s*[GAR](?:\s*/\s*[GAR])*\s*\))?(?:\s+RAG(?:\s+status)?)?\.?$", re.I)
RAG_HEADER = re.compile(r"\b(RAG|rating|rated|status)\b", re.I)
# a reference code: short, holds a digit, no lower-case word: `PE08`, `A12`, `23/24 HR 03`, `KD/2026/006`
_CODE = re.compile(r"^(?=.*\d)(?!.*[a-z]{2})[A-Z0-9][A-Z0-9/ .\-]{0,18}$")
_PLAIN_NUMBER = re.compile(r"^[\d.,%£\s-]+$")
# a cell that begins with its code: "AG1: Report on progress with ...", "A4 – Circulate the action plan"
_LEADING_CODE = re.compile(r"^([A-Z0-9][A-Z0-9/.\-]{0,10})\s*(?::|\s[–-])\s+(?=\S)")


@dataclass(frozen=True)
class Row:
    label: str  # the reference code, or "" for a row that belongs to the paragraph introducing its table
    name: str  # the row's name (its first text cell after the code), or ""
    rating: str  # normalised RAG rating, or ""
    text: str  # "Header: cell · Header: cell ..."
    line: int  # 1-based source line


_SEPARATOR = " · "
# a column or field that names who is responsible: "Owner", "Lead officer", "Decision taker", "Report author"
OWNER_HEADER = re.compile(r"\b(?:owner|lead|responsib\w*|officer|accountable|decision[ -](?:maker|taker)s?|by whom|"
                          r"author|report (?:of|by|from)|(?:prepared|written) by|portfolio holder|cabinet member)\b",
                          re.I)
# a column that says how the work stands: "Status", "Progress", "Position", "Update"
STATUS_HEADER = re.compile(r"\b(?:status|progress|position|update)\b", re.I)
_FIELD = re.compile(r"(?:^|(?<= · ))([^:·\n]{1,40}):\s+([^·\n]+?)(?=\s+·|\s*$)", re.M)


def labelled_fields(text: str):
    """`Header: value` pairs in a row as `read_table` wrote it or in `Label: value` lines, as matches:
    group 1 the header, group 2 the value."""
    return _FIELD.finditer(text)


def row_cells(text: str) -> list[re.Match]:
    """The `Header: value` cells of a row as `read_table` wrote it, as matches (group 1 the header, group 2 the
    value); [] for a text that is no such row."""
    return list(_FIELD.finditer(text)) if _SEPARATOR in text else []


def fields(line: str) -> list[tuple[str, str]]:
    """A row as `read_table` wrote it, back into (header, cell) pairs; [] for a line that is not such a row."""
    parts = line.split(_SEPARATOR)
    if len(parts) < 3:
        return []
    pairs = [tuple(part.split(": ", 1)) if ": " in part else ("", part) for part in parts]
    return pairs if sum(1 for head, _ in pairs if head) >= 2 else []


def cells(line: str) -> list[str]:
    """A row's cells as text (HTML cells arrive with their markup)."""
    return [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", c))).strip() for c in line.strip().split("\t")]


def is_row(line: str) -> bool:
    """A table row: three or more tab-separated cells (two-cell lines are front-matter fields)."""
    return line.count("\t") >= 2 and sum(1 for c in line.split("\t") if c.strip()) >= 3


def normalise_rating(text: str, rag_column: bool = False) -> str:
    """`Green (G)` -> Green, `RAG: Amber` -> Amber, `Amber-Green` -> Amber/Green; a bare `G`/`A`/`R`
    only in a column headed as a rating; anything else -> ""."""
    text = re.sub(r"<[^>]+>", "", text).strip()
    if rag_column and text.upper() in _LETTERS:
        return _LETTERS[text.upper()]
    m = _RATING_CELL.match(text)
    if not m:
        return ""
    return "/".join(w.capitalize() for w in re.split(r"\s*[/\-–]\s*", m[1]))


def is_code(cell: str) -> bool:
    return bool(_CODE.match(cell)) and not _PLAIN_NUMBER.match(cell)


def codes_like(codes) -> re.Pattern | None:
    """What a question may type as one of these codes or another of their form: its runs of letters and of digits
    as such, its separators as written ("23/24 HR 03" gives the form of "23/24 ICT 01" and "24/25 HR 02")."""
    forms = {re.sub(r"[A-Z]+", "[A-Z]+", re.sub(r"\d+", r"\\d+", re.escape(c).replace(r"\ ", " ").replace(" ", r"\s+")))
             for c in codes}
    if not forms:
        return None
    return re.compile(r"(?<![\w/.-])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![\w/-])", re.I)


def codes_asked(pattern: re.Pattern | None, text: str) -> tuple[str, ...]:
    """The codes a question types, in the papers' capitals; a quarter ("Q1") is a time, not a code."""
    found = [re.sub(r"\s+", " ", m[0]).upper() for m in pattern.finditer(text)] if pattern else []
    return tuple(dict.fromkeys(c for c in found if not re.fullmatch(r"Q[1-4]", c)))


def _code_of(cell: str) -> tuple[str, str]:
    """The reference code a first cell is or begins with, and what follows it ("AG1: Report on ..." -> AG1, "Report
    on ..."); ("", cell) when it has none."""
    lead = _LEADING_CODE.match(cell)
    if is_code(cell):
        return cell, ""
    return (lead[1], cell[lead.end():]) if lead and is_code(lead[1]) else ("", cell)


def read_table(rows: list[tuple[int, list[str]]]) -> list[Row]:
    """Rows (line number, cells) of one table, the first being its header unless it is coded itself."""
    if not rows:
        return []
    codes, rests = zip(*[_code_of(c[0]) for _, c in rows])
    header: list[str] = []
    if not codes[0] or len(rows) == 1:
        header = rows[0][1]
        rows, codes, rests = rows[1:], codes[1:], rests[1:]
    labelled = bool(rows) and sum(map(bool, codes)) >= max(2, 0.6 * len(rows)) and len(set(codes)) == len(codes)
    rag = [bool(RAG_HEADER.search(h)) for h in header]
    out = []
    for (n, row), code, rest in zip(rows, codes, rests):
        parts, rating = [], ""
        for i, cell in enumerate(row):
            if not cell:
                continue
            found = normalise_rating(cell, i < len(rag) and rag[i])
            if found and not rating:
                rating = found
            head = header[i] if i < len(header) and header[i] else ""
            value = found if found and len(cell) <= 12 else _in_pounds(cell, head)
            parts.append(f"{head}: {value}" if head and head != value else value)
        label = code if labelled else ""
        name = next((c for c in [rest] + row[1:] if c and not is_code(c)), "") if label else ""
        out.append(Row(label, name, rating, _SEPARATOR.join(parts), n))
    return out


# a column of sums in a unit its header gives: "Budget (£m)", "Variance £000", "Forecast (£'000s)", "Cost (£k)"
_POUNDS_HEADER = re.compile(r"£\s?(m|bn|k|000|'000)s?\b", re.I)
_FIGURE = re.compile(r"^(\(?)(-?\d[\d,]*(?:\.\d+)?)(\)?)$")


def _in_pounds(cell: str, header: str) -> str:
    """A bare figure under a header that gives its unit, written as the sum it is: `4.1` under "Variance (£m)" ->
    `£4.1m`, `(0.5)` -> `(£0.5m)`; any other cell as it is."""
    unit, figure = _POUNDS_HEADER.search(header), _FIGURE.match(cell.strip())
    if not unit or not figure:
        return cell
    scale = {"000": "k", "'000": "k"}.get(unit[1].lower(), unit[1].lower())
    return f"{figure[1]}£{figure[2]}{scale}{figure[3]}"


_DONE = re.compile(r"^(?:complete|completed|implemented|closed|done|achieved)\b", re.I)


def done(status: str) -> bool:
    """A status that says the work is finished: "Complete", "completed in draft", "Implemented"."""
    return bool(_DONE.match(status))
