"""Members' typos mended before a question is read: "what raing did partnershhip working get?" is asked as "what
rating did partnership working get?".

A word is mended only when neither the reports nor an English dictionary (pyspellchecker's, in its package) knows it,
in British or American spelling, and only by one slip (a letter added, dropped or changed, or two side by side
swapped): to a word the reports use that near, else to the dictionary's. Two letters swapped come before any other
slip ("wnat" is "want", not "what"), then the word the reports use most, or the dictionary's most frequent. A word
under six letters is mended only by a swap or a letter dropped after its first ("deide" is "decide"; "admin" is no
slip of "admit", nor "quals" of "equals").

Left alone: words of three letters or fewer; acronyms (capitals after the first letter, or no vowel: "DFGs", "dfgs");
a capitalised word no report uses that near (a name: "Ardnish"); and a word the reports use half as long again keeps
its first and last letters and all its letters in order ("comms", "cttee": shortened, not misspelt; the evidence reads
those as the reports' words), unless a word the reports use is that word with one letter more ("raing": "rating").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable

from .evidence import in_order
from .facts import MONTHS
from .questions import STOPWORDS

_WORD = re.compile(r"(?<![\w'’&-])[A-Za-z]{4,}(?![\w'’&-])")
# the dictionary spells as Americans do; councils write "colour", "organisation", "centre", "programme", "licence",
# "travelling": a word is known if its American spelling is
_AMERICAN = [(re.compile(a), b) for a, b in (
    (r"our", "or"), (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"tre(s?)$", r"ter\1"), (r"ogue(s?)$", r"og\1"), (r"gramme(s?)$", r"gram\1"), (r"ence(s?)$", r"ense\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"), (r"dgement(s?)$", r"dgment\1"))]
_BRITISH = re.compile(r"our|[iy]s|tre|ogue|gramme|ence|ll|dgement")
_SHORT = 6  # letters: a shorter word no report uses may be a short form ("admin", "quals")


class Speller:
    """`used`: the words the reports use, read when first needed; `count`: how much the reports use a word."""

    def __init__(self, used: Callable[[], Iterable[str]], count: Callable[[str], float]):
        self._read, self._count = used, count
        self._used: set[str] = set()
        self._ends: dict[tuple[str, str], list[str]] = {}
        self._english = None
        self._lock = threading.Lock()

    def mend(self, text: str) -> str:
        return _WORD.sub(self._mended, text)

    def _mended(self, m: re.Match) -> str:
        typed = m[0]
        word = typed.lower()
        english = self._dictionary()
        acronym = any(c.isupper() for c in typed[1:]) or not re.search("[aeiouy]", word)
        if acronym or word in self._used or self._known([word]):
            return typed
        edits = english.edit_distance_1(word)
        if self._shortened(word):  # ("comms": not "comes"; but "raing" is "rating", a letter dropped)
            edits = {w for w in edits if len(w) == len(word) + 1 and in_order(word, w) and w in self._used}
        if len(word) < _SHORT:
            edits = {w for w in edits if sorted(w) == sorted(word) or (
                len(w) > len(word) and w[0] == word[0] and in_order(word, w))}
        ours = [w for w in edits if w in self._used]
        name = typed[0].isupper() and m.start() > 0  # (a name no report uses: none of the dictionary's words)
        theirs = [] if name else self._known(set(edits) - set(ours))
        if not ours + theirs:
            return typed
        fix = max(ours + theirs, key=lambda w: (sorted(w) == sorted(word), w in self._used, self._count(
            w) if w in self._used else english.word_usage_frequency(_american(w)), w))
        return fix.capitalize() if typed[0].isupper() else fix

    def _known(self, words: Iterable[str]) -> list[str]:
        """The words the dictionary knows, in either spelling."""
        words = list(words)
        known = self._english.known(words + [_american(w) for w in words])
        return [w for w in words if w in known or _american(w) in known]

    def _shortened(self, word: str) -> bool:
        """Whether a word the reports use keeps this one's first and last letters and all its letters in order, and
        is half as long again."""
        return any(2 * len(w) >= 3 * len(word) and in_order(word, w) for w in self._ends.get((word[0], word[-1]), ()))

    def _dictionary(self):
        """The dictionary, and the reports' words, read once."""
        with self._lock:
            if self._english is None:
                from spellchecker import SpellChecker

                self._used = {w.lower() for w in self._read()} | set(MONTHS) | STOPWORDS  # (the words of asking too)
                for w in self._used:
                    self._ends.setdefault((w[0], w[-1]), []).append(w)
                self._english = SpellChecker(distance=1)
            return self._english


def _american(word: str) -> str:
    if not _BRITISH.search(word):
        return word
    for pattern, spelt in _AMERICAN:
        word = pattern.sub(spelt, word)
    return word
