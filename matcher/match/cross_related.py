"""What an English or German line says of a Chinese knowledge item it cannot name: 法律法规 is not
written in a German CV, but "regulatory compliance", "unter rechtlichen Aspekten" or "ISO 9001"
touch it. Such a line is related work, some of the item and never all of it (the labelling
guide's partial: statutes of payroll are not the laws of customer service), so it is read only
where nothing names the item; a Chinese line names it by its own words (evidence.names).

Each entry is a stem of a Chinese item (found inside it: 国际贸易 in 国际贸易政策) and the Latin
words of lines about it, matched on the lower-cased text at word starts."""

from __future__ import annotations

import re

import numpy as np

from matcher.match.evidence import line_starts

_RELATED: dict[str, str] = {
    "法律": r"law|laws|legal|regulat\w*|statutory|compliance|gesetz\w*|recht\w*",
    "法规": r"law|laws|legal|regulat\w*|statutory|compliance|gesetz\w*|rechtlich\w*",
    "标准": r"standards?|iso \d+|norm(?:en)?|din \d+",
    "国际贸易": r"international trade|foreign trade|au(?:ß|ss)enhandel|export\w*|import\w*|customs"
    r"|incoterms|zoll",
    "外贸": r"international trade|foreign trade|au(?:ß|ss)enhandel|export\w*|import\w*|customs",
    "供应链": r"supply chain|logistic\w*|procurement|purchasing|lieferkette|beschaffung|einkauf",
    "品质": r"quality|qualität\w*",
    "质量": r"quality|qualität\w*",
    "流程改进": r"process (?:improvement|optimi[sz]ation)|prozessoptimierung|lean|six sigma|kaizen",
    "财务": r"financ\w*|accounting|budget\w*|controlling|buchhaltung|bilanz\w*",
    "人力资源": r"human resources|\bhr\b|recruit\w*|payroll|personalwesen",
    "网络": r"network\w*|netzwerk\w*|tcp/ip",
    "企业文化": r"corporate culture|company culture|unternehmenskultur",
}
_PATTERNS = {stem: re.compile(rf"(?<![a-zäöüß])(?:{words})") for stem, words in _RELATED.items()}


def related_line(
    items: list[str], sentences: list[dict], lowered: str, sims: np.ndarray
) -> tuple[list[str], int | None]:
    """The Chinese items some line touches by its Latin words, and the most similar such line
    (None: no line touches any)."""
    touched: list[str] = []
    lines: set[int] = set()
    starts = None
    for item in items:
        for stem, pattern in _PATTERNS.items():
            if stem not in item:
                continue
            hits = [m.start() for m in pattern.finditer(lowered)]
            if not hits:
                continue
            starts = line_starts(sentences) if starts is None else starts
            lines.update((np.searchsorted(starts, hits, side="right") - 1).tolist())
            if item not in touched:
                touched.append(item)
    if not lines:
        return [], None
    return touched, min(lines, key=lambda i: (-float(sims[i]) if len(sims) > i else 0.0, i))
