"""Lexical overlap between requirements and résumé sentences: TF-IDF (scikit-learn) over character
n-grams and jieba words, with vocabulary and IDF learned from the job's own text.

The vocabulary is the requirements' terms, so a score depends only on (posting, sentence): results
stored for one batch of candidates stay comparable with the next batch. Sentences are not run
through jieba (about 50 µs each, too slow for 10,000 résumés): the job's terms are found in them by
a few compiled regular expressions over all sentences at once, which is the same count a
CountVectorizer restricted to that vocabulary would make.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

_LATIN = "a-z0-9äöüßàâçéèêëîïôûùüÿñæœ"
_LATIN_WORD = re.compile(rf"[{_LATIN}][{_LATIN}+#]*(?:[.\-/][{_LATIN}][{_LATIN}+#]*)*")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
GRAM = 5  # latin character n-grams: German compounds (Datenbankentwicklung) share them
# Words that say nothing about a qualification in any of the three languages seen here.
_STOP_WORDS = """a an and are as at be by for from has have in is it of on or the to with we you your our
    will can must should able ability good strong well very more years year experience
    und oder der die das den dem des ein eine einer mit für von zu im in auf als bei sowie
    sehr gute gut kenntnisse erfahrung erfahrungen skills must have nice"""
_STOP = frozenset(_STOP_WORDS.split())
_CJK_STOP_WORDS = (
    "及以上 以上 以下 具有 具备 能够 要求 相关 经验 熟悉 熟练 掌握 良好 优先 工作 能力"
)
_CJK_STOP = frozenset(_CJK_STOP_WORDS.split())


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)  # its start-up chatter would reach the CLI's stderr
    return jieba


def warm() -> None:
    """Load jieba's dictionary now (about a second) rather than in the first scoring."""
    _jieba().initialize()


def job_tokens(text: str) -> list[str]:
    """Features of a job-side text: latin words (w:), latin 5-grams (g:), CJK bigrams (b:) and
    jieba words of two or more characters (j:)."""
    text = text.lower()
    out: list[str] = []
    for word in _LATIN_WORD.findall(text):
        if word not in _STOP and (len(word) > 1 or word in "cr"):
            out.append("w:" + word)
            if len(word) > GRAM:
                out.extend("g:" + word[i : i + GRAM] for i in range(len(word) - GRAM + 1))
    for run in _CJK_RUN.findall(text):
        out.extend("b:" + run[i : i + 2] for i in range(len(run) - 1))
        out.extend("j:" + w for w in _jieba().lcut(run) if len(w) > 1 and w not in _CJK_STOP)
    return out


def _alternation(terms: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))


_WORD_BEFORE = re.compile(rf"[{_LATIN}+#]")


def _scan(kind: str, pattern: re.Pattern[str], joined: str):
    """(offset, term) of each match of a kind's pattern: words not preceded by a word character
    (as a lookbehind would, tried again one character on), grams at every position they start
    (fixed-length grams overlap), Chinese words left to right."""
    if kind == "j":
        yield from ((m.start(), m.group()) for m in pattern.finditer(joined))
        return
    pos = 0
    while (m := pattern.search(joined, pos)) is not None:
        at = m.start()
        if kind == "w" and at and _WORD_BEFORE.match(joined, at - 1):
            pos = at + 1
            continue
        yield at, m.group()
        pos = at + 1 if kind == "g" else m.end()


_GRAM_BITS = 12  # bits a gram's code point takes packed (GRAM of them in an int64)


def _packed(points):
    """GRAM code points (ints, or arrays of them) as one number (or an array of them)."""
    out = points[0]
    for p in points[1:]:
        out = (out << _GRAM_BITS) | p
    return out


def _points(joined: str) -> np.ndarray:
    """The text's code points (uint32), one per character."""
    return np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def joined_lines(lowered: list[str]) -> tuple[str, np.ndarray]:
    """The texts joined by newlines, and where each starts in the joined text (one start each)."""
    if not lowered:
        return "", np.zeros(0, dtype=np.int64)
    return "\n".join(lowered), np.cumsum([0] + [len(t) + 1 for t in lowered[:-1]])


class LexicalModel:
    """TF-IDF over a job's terms: `fit(job_docs, requirement_texts)`, then `score(sentences)` gives
    the cosine of each sentence with each requirement, shape (n_sentences, n_requirements)."""

    def __init__(self, sublinear_tf: bool = True):
        self.sublinear_tf = sublinear_tf

    def fit(self, job_docs: list[str], requirement_texts: list[str]) -> LexicalModel:
        """Learn IDF over the job's documents (requirements, duties, section lines)."""
        docs = [d for d in list(requirement_texts) + list(job_docs) if d and d.strip()] or [" "]
        wanted = {t for text in requirement_texts for t in job_tokens(text)}
        self.vectorizer_ = TfidfVectorizer(
            analyzer=job_tokens, sublinear_tf=self.sublinear_tf, norm=None, dtype=np.float32
        )
        try:
            self.vectorizer_.fit(docs)
            vocab = self.vectorizer_.vocabulary_
        except ValueError:  # nothing to count in the job at all
            vocab = {}
        keep = sorted(t for t in wanted if t in vocab)
        self.terms_ = keep
        self.index_ = {t: i for i, t in enumerate(keep)}
        idf = self.vectorizer_.idf_ if vocab else np.zeros(0, dtype=np.float32)
        self.idf_ = np.array([idf[vocab[t]] for t in keep], dtype=np.float32)
        self.grams_ = self._gram_table()
        self.patterns_ = self._patterns()
        self.bigrams_ = self._bigram_table()
        # each kind's columns by the term as matched (no "kind:term" string made per match)
        self.columns_ = {k: {t[2:]: i for t, i in self.index_.items() if t[0] == k} for k in "wgj"}
        self.requirements_ = self._weigh(self._count([t.lower() for t in requirement_texts]))
        return self

    def _patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        by_kind: dict[str, list[str]] = {"w": [], "g": [], "b": [], "j": []}
        for term in self.terms_:
            by_kind[term[0]].append(term[2:])
        # No pattern starts with a lookaround: one that starts with its terms lets the engine
        # skip to the characters a term starts with (2-3 times as fast over a pool's text);
        # _scan checks the character before a word and finds overlapping grams.
        out = []
        if by_kind["w"]:
            word = rf"(?:{_alternation(by_kind['w'])})(?![{_LATIN}+#])"
            out.append(("w", re.compile(word)))
        if by_kind["g"] and self.grams_ is None:  # else counted as code points (_grams)
            out.append(("g", re.compile(_alternation(by_kind["g"]))))
        if by_kind["j"]:
            out.append(("j", re.compile(_alternation(by_kind["j"]))))
        return out

    def _count(self, lowered: list[str]) -> sparse.csr_matrix:
        """Term counts of lower-cased texts over the job's vocabulary, all texts in one pass."""
        return self.count_joined(*joined_lines(lowered))

    def count_joined(self, joined: str, starts: np.ndarray) -> sparse.csr_matrix:
        """_count of the lower-cased texts joined by newlines, each starting at `starts`
        (joined_lines): the engine joins a batch's lines once for this and for every reader."""
        n = len(starts)
        if not n or not self.terms_:
            return sparse.csr_matrix((n, len(self.terms_)), dtype=np.float32)
        rows: list[int] = []
        cols: list[int] = []
        for kind, pattern in self.patterns_:
            column = self.columns_[kind]
            for at, term in _scan(kind, pattern, joined):
                rows.append(at)
                cols.append(column[term])
        points = _points(joined) if self.bigrams_ or self.grams_ else None
        bigram_rows, bigram_cols = self._bigrams(joined, points)
        gram_rows, gram_cols = self._grams(points)
        rows_at = np.concatenate([np.asarray(rows, dtype=np.int64), bigram_rows, gram_rows])
        cols = np.concatenate([np.asarray(cols, dtype=np.int64), bigram_cols, gram_cols])
        row_ids = np.searchsorted(starts, rows_at, side="right") - 1
        data = np.ones(len(cols), dtype=np.float32)
        counts = sparse.csr_matrix((data, (row_ids, cols)), shape=(n, len(self.terms_)))
        counts.sum_duplicates()
        return counts

    def _bigram_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(which code points start a job bigram, the bigrams as sorted code-point pairs, their
        columns), made once per fit for every text scored after it; None without CJK bigrams."""
        grams = [(t[2:], i) for t, i in self.index_.items() if t.startswith("b:") and len(t) == 4]
        if not grams:
            return None
        first = np.zeros(0x110000, dtype=bool)
        first[[ord(g[0]) for g, _ in grams]] = True
        wanted = np.array([(ord(g[0]) << 21) | ord(g[1]) for g, _ in grams], dtype=np.int64)
        column = np.array([i for _, i in grams], dtype=np.int64)
        order = np.argsort(wanted)
        return first, wanted[order], column[order]

    def _bigrams(self, joined: str, points: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(positions, term columns) of every job bigram in the text (`points`: its code
        points, _points). Bigrams overlap at every position, which a regular expression finds
        only by a lookahead at each character (the slowest part of scoring a large pool); as
        code-point pairs they are one numpy lookup."""
        empty = np.zeros(0, dtype=np.int64)
        table = self.bigrams_
        if table is None or points is None or len(joined) < 2:
            return empty, empty
        first, wanted, column = table
        at = np.flatnonzero(first[points[:-1]])  # a table lookup per character
        codes = (points[at].astype(np.int64) << 21) | points[at + 1]
        where = np.minimum(np.searchsorted(wanted, codes), len(wanted) - 1)
        hit = wanted[where] == codes
        return at[hit], column[where[hit]]

    def _gram_table(self) -> tuple[list[np.ndarray], np.ndarray, np.ndarray] | None:
        """(for each place in a gram, which code points job grams hold there; the grams packed
        into one number each (_GRAM_BITS a code point), sorted; their columns); None without
        grams, or with one holding a code point too large to pack (a regular expression then
        finds them)."""
        grams = [(t[2:], i) for t, i in self.index_.items() if t.startswith("g:")]
        if not grams or any(
            len(g) != GRAM or max(map(ord, g)) >= 1 << _GRAM_BITS for g, _ in grams
        ):
            return None
        places = []
        for k in range(GRAM):
            holds = np.zeros(0x110000, dtype=bool)
            holds[[ord(g[k]) for g, _ in grams]] = True
            places.append(holds)
        wanted = np.array([_packed([ord(c) for c in g]) for g, _ in grams], dtype=np.int64)
        column = np.array([i for _, i in grams], dtype=np.int64)
        order = np.argsort(wanted)
        return places, wanted[order], column[order]

    def _grams(self, points: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(positions, term columns) of every job gram in the text whose code points these are:
        a gram at every position it starts, as _scan's search one character on finds them (a
        gram is GRAM characters long, so one at most starts at each position). The positions
        are narrowed a character at a time (a table lookup each), then the few left compared
        whole."""
        empty = np.zeros(0, dtype=np.int64)
        table = self.grams_
        if table is None or points is None or len(points) < GRAM:
            return empty, empty
        places, wanted, column = table
        at = np.flatnonzero(places[0][points[: len(points) - GRAM + 1]])
        for k in range(1, GRAM):
            at = at[places[k][points[at + k]]]
        codes = _packed([points[at + k].astype(np.int64) for k in range(GRAM)])
        where = np.minimum(np.searchsorted(wanted, codes), len(wanted) - 1)
        hit = wanted[where] == codes
        return at[hit], column[where[hit]]

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Sublinear tf times idf, rows L2-normalised (scikit-learn's TfidfTransformer formula)."""
        counts = counts.astype(np.float32)
        if self.sublinear_tf:
            counts.data = np.log(counts.data) + 1.0
        weighted = counts.multiply(self.idf_[None, :]).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms).dot(weighted).tocsr().astype(np.float32)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """TF-IDF rows of texts over the job's vocabulary."""
        return self._weigh(self._count([t.lower() for t in texts]))

    def score(self, texts: list[str]) -> np.ndarray:
        """Cosine of each text with each requirement: (n_texts, n_requirements) float32."""
        return self.score_lowered([t.lower() for t in texts])

    def score_lowered(self, lowered: list[str]) -> np.ndarray:
        """score() of texts already lower-cased (a caller that reads them lower-cased too)."""
        if not len(lowered):
            return np.zeros((0, self.requirements_.shape[0]), dtype=np.float32)
        return self.score_counts(self._count(lowered))

    def score_counts(self, counts: sparse.csr_matrix) -> np.ndarray:
        """score() of the texts whose term counts these are (count_joined, or their sums)."""
        sims = self._weigh(counts) @ self.requirements_.T
        return np.asarray(sims.todense(), dtype=np.float32)
