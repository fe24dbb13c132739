"""Readers for the formats councils publish: text, Markdown, HTML (ModernGov-like pages), PDF and Word.

Each turns a file into the report's text in the layout the parser reads (one block per line,
`2.4<TAB>text` for a numbered paragraph, `Field:<TAB>value` for front matter, `A<TAB>text` for a
recommendation), plus the page of each line for a PDF. Numbers that are not in the text (Word's
automatic numbering, HTML ordered lists) are written into it; PDF headers, footers and page
numbers are dropped, hyphenation and wrapped lines mended, a paragraph across a page break kept whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import frontmatter
from .errors import UnreadableReport

FIELDS = ("Title", "Report of", "Lead Member", "Public Report", "Key Decision", "Voting Arrangements", "Agenda Item")
_LABEL = re.compile(r"^(\d+\.\d+)[ \t]+(?=\S)")
_FIELD = re.compile(rf"^({'|'.join(FIELDS)})\s*:[ \t]*(?=\S)")
_LETTER = re.compile(r"^([A-Z])[ \t.)]+(?=[A-Z])")
_OBJECTIVE = re.compile(r"^x[ \t]+(?=\S)")
_SCORE = re.compile(r"^(.+?)[ \t]+(\d{1,2})$")
# a front sheet's two-column rows: "Overview and Scrutiny Committee | Agenda Item", "27 November 2023 | 6"
_COVER = re.compile(r"^(.+ Committee|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})[ \t]+(Agenda Item|\d{1,3})$")
_BLOCK_START = re.compile(rf"^(\d+\.\d+\b|\d{{1,2}}\.\s+[A-Z]|\(?(?:[a-z]{{1,2}}|[ivx]{{1,4}}|\d{{1,2}})\)\s|RESOLVED\b|[•○▪◦-]\s|#|[A-Z][ \t]+[A-Z]|x[ \t]|(?:{'|'.join(FIELDS)})\s*:"
                          r"|Recommendations?\b|Strategic Objective)")
# bullet glyphs PDF text extraction turns up (Symbol-font bullets from Word, WinAnsi quirks)
_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "•", "\x7f": "•", "\u25aa": "•", "\u2219": "•", "\uf0d8": "•"})


@dataclass(frozen=True)
class Document:
    text: str
    pages: tuple[int, ...] = ()  # the page of each line of `text` (PDFs), else empty
    title: str = ""  # a saved page's own title (HTML `<title>`): it names the council, and is never a paragraph


def read_document(path: Path, data: bytes) -> Document:
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise UnreadableReport(path, f"unsupported file type {suffix or '(none)'}; expected {', '.join(sorted(READERS))}")
    if not data.strip():
        raise UnreadableReport(path, "the file is empty")
    return reader(path, data)


def decode(data: bytes, path: Path) -> str:
    """UTF-8, else Windows-1252 (common in council files: £ and smart quotes)."""
    if b"\x00" in data[:4096]:
        raise UnreadableReport(path, "binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise UnreadableReport(path, "the file is empty")
    return text


def read_text(path: Path, data: bytes) -> Document:
    """Text as it is; a saved web page's file sizes ("report PDF 214 KB") dropped, as from its HTML. Text a PDF was
    saved as loses its page footers, and its lines wrapped at a fixed width are joined within each block."""
    lines = [_FILE_SIZE.sub("", line) for line in decode(data, path).splitlines() if not _PAGE_FOOTER.match(line)]
    return Document("\n".join(unwrap(lines) if hard_wrapped(lines) else lines))


# a page's number as PDFs print it ("3", "page 3", "3 of 12"); in text saved from one, a footer line that says "page
# N of M", after its running title or alone ("Cabinet – 12 November 2025          page 1 of 3")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d+(?:\s+(?:of|/)\s+\d+)?\s*$", re.I)
_PAGE_FOOTER = re.compile(r"^\s*(?:\S.*?\s{3,})?page\s+\d+\s+(?:of|/)\s+\d+\s*$", re.I)
_ENDED = re.compile(r"[.!?:;]['’\"”)]?$")


def hard_wrapped(lines: list[str]) -> bool:
    """Whether the text's lines were broken at a width, not at its paragraphs: sentences run on into a next line
    that starts in lower case, often enough (at least three times, one line in twenty)."""
    pairs = list(zip(lines, lines[1:]))
    broken = sum(1 for a, b in pairs if a.strip() and b.strip() and not _ENDED.search(a.strip())
                 and b.strip()[:1].islower() and "\t" not in a + b)
    return broken >= 3 and broken * 20 >= sum(1 for line in lines if line.strip())


def unwrap(lines: list[str]) -> list[str]:
    """Join a block's lines wrapped at its width: a line that does not end a sentence, is near the widest, and is
    followed by one that begins no new item (a number, a bullet, a field); blank lines still part blocks."""
    widest = max((len(line.rstrip()) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        previous, text = (out[-1].rstrip() if out else ""), line.strip()
        if previous and text and "\t" not in previous + line and not _ENDED.search(previous) and not _BLOCK_START.match(
                text) and not frontmatter.field(text) and (text[:1].islower() or len(previous) >= 0.6 * widest):
            out[-1] = previous[:-1] + text if re.search(r"[a-z]-$", previous) and text[:1].islower() else f"{previous} {text}"
        else:
            out.append(line)
    return out


def read_markdown(path: Path, data: bytes) -> Document:
    text = re.sub(r"\*\*|__", "", decode(data, path))
    lines = []
    for line in text.splitlines():  # a pipe table's rows as tab-separated cells, its rule dropped
        if re.match(r"^\s*\|.*\|\s*$", line):
            if not re.fullmatch(r"[\s|:-]+", line):
                lines.append("\t".join(c.strip() for c in line.strip().strip("|").split("|")))
        else:
            lines.append(line)
    return Document("\n".join(layout(lines)))


def layout(lines: list[str]) -> list[str]:
    """Put tabs where the parser expects them in text that lost them (PDF, Word, Markdown)."""
    out, mode = [], ""
    scored = in_runs([bool(_SCORE.match(line.strip())) and "\t" not in line for line in lines])
    for i, line in enumerate(lines):
        line = line.rstrip()
        key = line.strip().rstrip(":").lower()
        if key.startswith("recommendation"):
            mode = "rec"
        elif key.startswith("strategic objective") or re.match(r"^\d+\.\s", line):
            mode = ""
        line = _LABEL.sub(r"\1\t", line)
        line = _COVER.sub(r"\1\t\2", line)
        line = _FIELD.sub(r"\1:\t", line)
        if mode == "rec":
            line = _LETTER.sub(r"\1\t", line)
        elif i in scored:
            line = _SCORE.sub(r"\1\t\2", line)
        line = _OBJECTIVE.sub("x\t", line)
        out.append(line)
    return out


def in_runs(flags: list[bool], least: int = 3) -> set[int]:
    """Indexes of the flagged lines that stand in runs of at least `least` in a row: a scored table's rows
    ("Public Interest 2", three or more lines each ending in a small number)."""
    out, run = set(), []
    for i, flag in enumerate(flags + [False]):
        if flag:
            run.append(i)
            continue
        if len(run) >= least:
            out.update(run)
        run = []
    return out


def read_html(path: Path, data: bytes) -> Document:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(data, path), "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "head"]):
        tag.decompose()
    for tag in soup.find_all(attrs={"class": _FURNITURE}) + soup.find_all(attrs={"id": _FURNITURE}):
        tag.decompose()
    lines: list[str] = []
    _html_block(soup.body or soup, lines, "")
    return Document("\n".join(layout([line for line in lines if line.strip()])), title=title)


# page furniture around a council page's content, by a class or id naming it whole: `mgHeader`, `site-footer`,
# `breadcrumb` (a `report-header` table or a `menu-of-options` list is content)
_NUMBERED_CAPTION = re.compile(r"(?:table|figure|chart|appendix)\s+[\dA-Z]", re.I)
_FURNITURE = re.compile(r"^(?:mg|site|page|global)?[-_]?(?:header|footer|breadcrumbs?|nav|menu|banner|cookies?|skip-?links?)$",
                        re.I)
_FILE_SIZE = re.compile(r"\s*\b(?:PDF|Word|DOCX?|XLSX?|ODT|HTML?)\s+\d+(?:\.\d+)?\s*[KM]B\b", re.I)
_RESOLVING = re.compile(r"\b(?:resolved|decision|decided|agreed)\b\s*:?\s*$", re.I)  # a heading over what was resolved
_HTML_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ol", "ul", "li", "div", "section", "article",
                "main", "body", "dl", "blockquote"}


_ITEM_NUMBER = re.compile(r"\d{1,4}\.?")
# what the page writes around an item's text: its parts' labels, and a link to the rest of it
_ITEM_FURNITURE = re.compile(r"(?:minutes|additional documents|supporting documents)\s*:|\W*view the full (?:minutes|agenda) "
                             r"text for item.*", re.I)


def _agenda_items(rows: list, lines: list[str]) -> bool:
    """A table of an agenda's numbered items (a ModernGov "Agenda and minutes" page: a "No." column, then each item's
    title, papers and minutes), written as the minutes it holds: "### 41. Apologies for Absence" over the item's text.
    False, writing nothing, for any other table."""
    body = [cells for cells in rows if not all(c.name == "th" for c in cells)]
    if len(body) < 2 or not all(len(cells) == 2 and _ITEM_NUMBER.fullmatch(cells[0].get_text(strip=True))
                                for cells in body):
        return False
    for number, item in body:
        title = next((c for c in item.children if getattr(c, "name", None) or str(c).strip()), None)
        title = title.extract().get_text(" ", strip=True) if title is not None else ""
        lines.append(f"### {number.get_text(strip=True).rstrip('.')}. {_FILE_SIZE.sub('', title).strip()}")
        for part in item.find_all(True):
            if _ITEM_FURNITURE.fullmatch(part.get_text(" ", strip=True)):
                part.decompose()
        _html_block(item, lines, "")
    return True


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


# an ordered list's item labels by its type: `a` -> a, b, c; `A` -> A, B; `i` -> i, ii; `I` -> I, II
_LETTERED = {"a": lambda n: chr(96 + n), "A": lambda n: chr(64 + n), "i": _roman, "I": lambda n: _roman(n).upper()}


def _html_block(element, lines: list[str], number: str) -> None:
    """Walk block elements in order: table rows become tab-separated lines keeping their cells'
    HTML (the parser cleans it); ordered lists get their numbers written in."""
    for child in element.children:
        name = getattr(child, "name", None)
        if name is None:
            if str(child).strip():
                lines.append(str(child).strip())
        elif name == "table":
            caption = child.find("caption")
            if caption is not None and caption.get_text(strip=True):
                text = caption.get_text(" ", strip=True)  # a caption naming what a page's table holds heads it
                lines.append(text if _NUMBERED_CAPTION.match(text) else f"### {text}")  # ("Apologies"; not "Table 1:
                # Major schemes", a paragraph's table)
            rows = [cells for row in child.find_all("tr") if (cells := row.find_all(["td", "th"], recursive=False))]
            if _agenda_items(rows, lines):
                continue  # (written as the minutes they are, by `_agenda_items`)
            for cells in rows:
                first = cells[0].get_text(" ", strip=True)
                rest = [_FILE_SIZE.sub("", c.decode_contents().replace("\n", " ").strip()) for c in cells[1:]]
                lines.append("\t".join([first, *rest]))
        elif name == "dl":  # a definition list's terms and descriptions, as a two-cell table's rows
            term = ""
            for item in child.find_all(["dt", "dd"], recursive=False):
                if item.name == "dt":
                    term = item.get_text(" ", strip=True)
                else:
                    lines.append("\t".join(filter(None, [term, item.decode_contents().replace("\n", " ").strip()])))
                    term = ""
        elif name == "ol" and (child.get("type") in _LETTERED or lines and _RESOLVING.search(lines[-1])):
            # `<ol type="a">`: items printed (a), (b) ...; a list of what was resolved, (1), (2) ...
            start, lettered = int(child.get("start", 1) or 1), _LETTERED.get(child.get("type"), str)
            for i, item in enumerate(child.find_all("li", recursive=False)):
                lines.append(f"({lettered(start + i)}) {item.get_text(' ', strip=True)}")
        elif name == "ol":
            start = int(child.get("start", 1) or 1)
            for i, item in enumerate(child.find_all("li", recursive=False)):
                label = f"{number}.{start + i}" if number else str(start + i)
                nested = item.find(["ol", "ul", "table"])
                head = item.decode_contents() if nested is None else "".join(
                    str(c) for c in item.children if c is not nested and getattr(c, "name", None) not in ("ol", "ul", "table"))
                head = head.replace("\n", " ").strip()
                lines.append(f"{label}\t{head}" if "." in label else f"{label}. {head}")
                if nested is not None:
                    _html_block(item, lines, label) if nested.name == "ol" else lines.append(str(nested).replace("\n", " "))
        elif name in ("ul",):
            lines.append(_FILE_SIZE.sub("", str(child).replace("\n", " ")))
        elif name in _HTML_BLOCKS and child.find(list(_HTML_BLOCKS - {"p"})) is not None:
            _html_block(child, lines, number)
        elif re.fullmatch(r"h[1-6]", name):
            text = child.get_text(" ", strip=True)
            if text:
                lines.append(f"{'#' * int(name[1])} {text}")
        elif name in _HTML_BLOCKS or name in ("span", "b", "strong", "em", "a"):
            text = child.decode_contents().replace("\n", " ").strip() if name in ("p", "li", "div") else child.get_text(" ", strip=True)
            text = _FILE_SIZE.sub("", text)
            if text:
                lines.append(text)


def read_pdf(path: Path, data: bytes) -> Document:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableReport(path, "the PDF is encrypted: save a copy without a password")
        pages = [t.translate(_BULLETS) for t in _pages_text(reader.pages)]
    except UnreadableReport:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise UnreadableReport(path, f"not a readable PDF ({type(e).__name__}: {e})") from None
    except Exception as e:  # pypdf raises many kinds on damaged files; report, never crash the folder
        raise UnreadableReport(path, f"not a readable PDF ({type(e).__name__}: {e})") from None
    if not any(p.strip() for p in pages):
        raise UnreadableReport(path, "no text layer: needs OCR")
    lines, line_pages = reflow(strip_running_lines([p.splitlines() for p in pages]))
    return Document("\n".join(layout(lines)), tuple(line_pages))


def _pages_text(pages) -> list[str]:
    """Each page's text, tables' rows as tab-separated cells. pypdf's layout mode keeps where each word stands, so
    lines whose words are set apart in columns that line up with the next line's or the last's (a front sheet's labels
    and values, a RAG table's rows) are tables; a paper with none is read as plain extraction reads it, and one with
    some is read all in layout mode, its running heads alike on every page."""
    plain = lambda: [page.extract_text() or "" for page in pages]  # (read only when layout mode is not used)
    try:
        laid = [(page.extract_text(extraction_mode="layout") or "").splitlines() for page in pages]
    except Exception:  # (layout mode fails on some damaged pages that plain extraction reads)
        return plain()
    rows = [_table_rows(lines) for lines in laid]
    if not any(rows):
        return plain()
    return ["\n".join("\t".join(_COLUMN_GAP.split(line.strip())) if i in table else " ".join(line.split())
                      for i, line in enumerate(lines) if line.strip()) for lines, table in zip(laid, rows)]


def _table_rows(lines: list[str]) -> set[int]:
    """The lines of a page in layout mode that are rows of a table: cells set apart by wide gaps, starting where
    the cells of the line before or after start."""
    starts = [{m.end() for m in _COLUMN_GAP.finditer(line.rstrip())} for line in lines]
    return {i for i, cells in enumerate(starts) if cells and any(
        0 <= j < len(lines) and any(abs(a - b) <= 1 for a in cells for b in starts[j]) for j in (i - 1, i + 1))}


_COLUMN_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")  # the space between two cells of a row, as layout mode sets them


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop headers, footers and page numbers: lines (digits aside) found on most pages' top or bottom."""
    shape = lambda line: re.sub(r"\d+", "#", line.strip())
    kept = [[line for line in lines if line.strip()] for lines in pages]
    at_edge = lambda i, lines: i < 3 or i >= len(lines) - 3  # where headers and footers sit
    edges = Counter(s for lines in kept for s in {shape(line) for i, line in enumerate(lines) if at_edge(i, lines)})
    running = {s for s, n in edges.items() if len(pages) > 1 and n >= max(2, 0.6 * len(pages))}
    out = []
    for lines in kept:
        dropped, page = set(), []
        for i, line in enumerate(lines):  # each running line once per page, and only at the page's edge
            if at_edge(i, lines) and (_PAGE_NUMBER.match(line) or (shape(line) in running and shape(line) not in dropped)):
                dropped.add(shape(line))
                continue
            page.append(line)
        out.append(page)
    return out


def reflow(pages: list[list[str]]) -> tuple[list[str], list[int]]:
    """Join lines the PDF wrapped (also across a page break); mend words hyphenated at a line end."""
    widest = max((len(line) for lines in pages for line in lines), default=0)
    out: list[str] = []
    where: list[int] = []
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            line = line.strip()
            previous = out[-1] if out else ""
            # a sentence or a table row (ending in its score) finished, and something new begins
            ended = re.search(r"([.!?:]['’\"”)]?|\s\d{1,2})$", previous) and re.match(r"['‘\"“(]?[A-Z]", line)
            # the writer wrapped here only if the next word would not have fitted on the line
            full = len(previous) + 1 + len(line.split(" ", 1)[0]) > 0.97 * widest
            wrapped = bool(previous) and not _BLOCK_START.match(line) and "\t" not in line and (  # (a row is its own)
                line[:1].islower() or (full and not ended))
            if wrapped and re.search(r"[a-z]-$", previous) and line[:1].islower():
                out[-1] = previous[:-1] + line
            elif wrapped:
                out[-1] = f"{previous} {line}"
            else:
                out.append(line)
                where.append(number)
    return out, where


def read_docx(path: Path, data: bytes) -> Document:
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise UnreadableReport(path, f"not a readable Word document ({type(e).__name__})") from None
    numbering = _Numbering(document)
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(node.text or "" if node.tag.endswith("}t") else ("\t" if node.tag.endswith("}tab") else "\n")
                           for node in block.iter() if node.tag.endswith(("}t", "}br", "}tab")))
            label = numbering.label(block)
            if label and text.strip():
                text = f"{label}\t{text}" if "." in label else f"{label}. {text}"
            elif text.strip() and not re.match(r"\d", text.strip()) and (level := _heading_style(document, block)):
                text = f"{'#' * level} {text}"  # a heading by Word's style ("Heading 2"), marked as one
            lines += text.split("\n")
        elif tag == "tbl":
            for row in block.iter(f"{{{_W}}}tr"):
                cells = ["\n".join(_text(p) for p in cell.iter(f"{{{_W}}}p")).strip().replace("\n", " ")
                         for cell in row.iter(f"{{{_W}}}tc")]
                lines.append("\t".join(cells))
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise UnreadableReport(path, "the Word document has no text")
    return Document("\n".join(layout(lines)))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _heading_style(document, block) -> int:
    """The level of a paragraph styled as a heading ("Heading 2", "Title"), else 0."""
    style = block.find(f"{{{_W}}}pPr/{{{_W}}}pStyle")
    found = document.styles.element.get_by_id(style.get(f"{{{_W}}}val")) if style is not None else None
    name = found.name_val if found is not None else ""
    level = re.fullmatch(r"heading\s*([1-6])|(title)", name or "", re.I)
    return (int(level[1]) if level[1] else 1) if level else 0


def _text(p) -> str:
    return "".join(node.text or "" for node in p.iter(f"{{{_W}}}t"))


class _Numbering:
    """Word's automatic paragraph numbers (`2.4`), which live in numbering.xml, not in the text."""

    def __init__(self, document):
        self.formats: dict[str, dict[int, tuple[str, int]]] = {}  # numId -> level -> (lvlText, start)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        w = lambda name: f"{{{_W}}}{name}"
        abstract = {}
        for a in root.iter(w("abstractNum")):
            levels = {}
            for lvl in a.iter(w("lvl")):
                text = lvl.find(w("lvlText"))
                start = lvl.find(w("start"))
                levels[int(lvl.get(w("ilvl")))] = (text.get(w("val")) if text is not None else "",
                                                   int(start.get(w("val"))) if start is not None else 1)
            abstract[a.get(w("abstractNumId"))] = levels
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            if ref is not None:
                self.formats[num.get(w("numId"))] = abstract.get(ref.get(w("val")), {})

    def label(self, paragraph) -> str:
        pr = paragraph.find(f"{{{_W}}}pPr/{{{_W}}}numPr")
        if pr is None:
            return ""
        num_id = pr.find(f"{{{_W}}}numId")
        level = pr.find(f"{{{_W}}}ilvl")
        num_id = num_id.get(f"{{{_W}}}val") if num_id is not None else ""
        level = int(level.get(f"{{{_W}}}val")) if level is not None else 0
        levels = self.formats.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [levels.get(i, ("", 1))[1] - 1 for i in range(9)])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels.get(deeper, ("", 1))[1] - 1
        text = levels[level][0]
        label = re.sub(r"%(\d)", lambda m: str(counters[int(m[1]) - 1]), text)
        return label.rstrip(".") if re.fullmatch(r"[\d.]+", label) else ""


READERS = {".txt": read_text, ".md": read_markdown, ".html": read_html, ".htm": read_html,
           ".pdf": read_pdf, ".docx": read_docx}
