"""Members' typos mended before a question is read: "what raing did partnershhip working get?" is asked as "what
rating did partnership working get?".

A word is mended only when neither the reports nor an English dictionary (pyspellchecker's, in its package) knows it,
in British or American spelling, and only by one slip (a letter added, dropped or changed, or two side by side
swapped): to a word the reports use that near, else to the dictionary's. A word of the reports comes first ("meber" is
"member", not the anagram "ember"), then two letters swapped ("wnat" is "want", not the asking word "what"), then the
word the reports use most, or English's most frequent in either spelling ("calted" is "called"). A word under six
letters is mended only by a swap or a letter dropped after its first ("deide" is "decide"; "admin" is no slip of
"admit", nor "quals" of "equals"); a word of eight or more that nothing is one slip from may be two slips from a word
the reports use ("imlrovment").

Left alone: words of three letters or fewer; acronyms (capitals after the first letter, or no vowel: "DFGs", "dfgs");
a capitalised word no report uses that near (a name: "Ardnish"); and a word the reports use half as long again keeps
its first and last letters and all its letters in order ("comms", "cttee": shortened, not misspelt; the evidence reads
those as the reports' words), unless a word the reports use is that word with one letter more ("raing": "rating"),
or, for a word of six letters or more, one slip away ("repoits": "reports", not short for "responsibilities").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable

from .evidence import in_order
from .facts import MONTHS
from .questions import STOPWORDS

_WORD = re.compile(r"(?<![\w'’&-])[A-Za-z]{4,}(?=['’]s\b|(?![\w'’&-]))")  # (with its "'s": "the Auitor's letter")
# the dictionary spells as Americans do; councils write "colour", "organisation", "centre", "programme", "licence",
# "travelling": a word is known if its American spelling is
_AMERICAN = [(re.compile(a), b) for a, b in (
    (r"our(?=(s|ed|ing|ite|ites|able|ably|hood|ful|less|er|ers)?$)", "or"), (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"), (r"tre(s?)$", r"ter\1"), (r"ogue(s?)$", r"og\1"), (r"gramme(s?)$", r"gram\1"),
    (r"ence(s?)$", r"ense\1"), (r"(?<=[aeiou])ll(ed|ing|er|ers)$", r"l\1"), (r"dgement(s?)$", r"dgment\1"))]
_BRITISH = re.compile(r"our|[iy]s|tre|ogue|gramme|ence|ll|dgement")
_SHORT = 6  # letters: a shorter word no report uses may be a short form ("admin", "quals")
_LONG = 8  # letters: a longer word no report nor the dictionary uses may be two slips from one ("imlrovment")


class Speller:
    """`used`: the words the reports use, read when first needed; `count`: how much the reports use a word."""

    def __init__(self, used: Callable[[], Iterable[str]], count: Callable[[str], float]):
        self._read, self._count = used, count
        self._used: set[str] = set()
        self._ends: dict[tuple[str, str], list[str]] = {}
        self._starting: dict[str, list[str]] = {}
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
        if self._shortened(word) and (len(word) < _SHORT or not self._used & edits):  # ("comms": not "comes";
            # "raing" is "rating"; "repoits" is "reports")
            edits = {w for w in edits if len(w) == len(word) + 1 and in_order(word, w) and w in self._used}
        if len(word) < _SHORT:
            edits = {w for w in edits if sorted(w) == sorted(word) or (
                len(w) > len(word) and w[0] == word[0] and in_order(word, w))}
        ours = [w for w in edits if w in self._used]
        name = typed[0].isupper() and m.start() > 0  # (a name no report uses: none of the dictionary's words)
        theirs = [] if name else self._known(set(edits) - set(ours))
        if ours + theirs:
            fix = max(ours + theirs, key=lambda w: (
                sorted(w) == sorted(word) and w in self._used, w in self._used and w not in STOPWORDS,
                sorted(w) == sorted(word), w in self._used, w in english,
                self._count(w) if w in self._used else self._frequency(w), w))
        else:
            fix = None if name or self._shortened(word) else self._two_slips(word)
        return typed if fix is None else fix.capitalize() if typed[0].isupper() else fix

    def _two_slips(self, word: str) -> str | None:
        """The word the reports use (of _LONG letters or more, its first letter this one's) two slips from a long word,
        the one they use most; None when there is none."""
        if len(word) < _LONG:
            return None
        near = [w for w in self._starting.get(word[0], ()) if len(w) >= _LONG and _slips(word, w) <= 2]
        return max(near, key=lambda w: (self._count(w), w)) if near else None

    def _frequency(self, word: str) -> float:
        """How often English uses a word, in either spelling."""
        return max(self._english.word_usage_frequency(word), self._english.word_usage_frequency(_american(word)))

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
                    self._starting.setdefault(w[0], []).append(w)
                self._english = SpellChecker(distance=1)
            return self._english


def _american(word: str) -> str:
    if not _BRITISH.search(word):
        return word
    for pattern, spelt in _AMERICAN:
        word = pattern.sub(spelt, word)
    return word


def _slips(a: str, b: str) -> int:
    """How many letters added, dropped, changed or swapped with the next turn one word into the other (3 for more)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        now = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            now[j] = min(row[j] + 1, now[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                now[j] = min(now[j], before[j - 2] + 1)
        before, row = row, now
        if min(row) > 2:
            return 3
    return min(row[-1], 3)
