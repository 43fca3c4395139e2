"""A job board's block of the candidate it wants, written as fields: each label on a line of its
own above its value, or the labels run into one line by a scraper (Bayt.com's "Preferred
Candidate": "Career Level / Mid Career / Years of Experience / Min: 5 Max: 10 / Gender / Male /
Degree / Bachelor's degree …"). A label and its value are one clause of the kind the label
names; a list's value (certificates) is one clause per name; a label of the post (career level)
asks nothing. Only a block of two fields or more is read so: a lone "Degree" line is a list's
item like any other."""

from __future__ import annotations

import re

# The labels (as the boards write them: case matters) and the kind each names; None: a fact
# of the post. (gender, age and nationality become flags: matcher.jd.flags)
EN_BOARD_FIELDS: dict[str, str | None] = {
    "Career Level": None,
    "Years of Experience": "experience",
    "Residence Location": "location",
    "Gender": "gender",
    "Nationality": "other",
    "Degree": "education",
    "Age": "age",
    "Certificates": "certificate",
    # (Canada's Job Bank: "Overview / Languages / English / Education / … / Experience / 3 years
    # to less than 5 years / On site / Work must be completed at the physical location")
    "Experience": "experience",
    "On site": None,
    "Hybrid": None,
    "Remote work available": None,
}
_LISTS = frozenset(["certificate"])
_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>"
    + "|".join(sorted(map(re.escape, EN_BOARD_FIELDS), key=len, reverse=True))
    # (a label's value is on the next line or opens with a capital or a digit: "Degree in
    # Nursing" is a clause, not a field)
    + r")(?P<colon>[^\S\n]*:)?(?=\s*$|\s+[^a-z\s])"
)
_NAMES = re.compile(r"\s*[,;]\s*")
SHORT = 4  # words: a piece of a value a scraper's cut left alone ("India; Pakistan")

Field = tuple[str, str, str]  # (text, kind, value)


def opens_fields(item: str) -> bool:
    """Whether an item opens a board's field block: a label alone (its value on the next line)
    or two labels or more."""
    labels = list(_LABEL.finditer(item))
    return (
        bool(labels)
        and labels[0].start() == 0
        and (len(labels) > 1 or labels[0].end() == len(item))
    )


def board_fields(items: list[str]) -> list[str | Field]:
    """The items with each field of a board's block read as (text, kind, value) (see the
    module); items unchanged when they hold fewer than two fields."""
    fields: list[list] = []  # [label, colon, value pieces]
    out: list[str | list] = []
    open_label = False  # the last field waits for its value on the next line
    for item in items:
        labels = list(_LABEL.finditer(item))
        head = item[: labels[0].start()] if labels else item
        if head.strip():
            if open_label:  # "Years of Experience" / "Min: 5 Max: 10"
                fields[-1][2].append(head.strip())
            elif fields and out and out[-1] is fields[-1] and len(head.split()) <= SHORT:
                fields[-1][2].append(head.strip())  # "Nationality India" / "Pakistan"
            else:  # an item of its own: the labels inside it are words of its sentence
                out.append(item)
                open_label = False
                continue
        open_label = False
        for k, m in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(item)
            value = item[m.end() : end].strip()
            field = [m.group("label"), bool(m.group("colon")), [value] if value else []]
            fields.append(field)
            out.append(field)
            open_label = not value
    if len(fields) < 2:  # (a label of the post alone asks nothing: "Career Level")
        return [
            i
            for i in items
            if EN_BOARD_FIELDS.get(i.strip(" :")) or i.strip(" :") not in EN_BOARD_FIELDS
        ]
    read: list[str | Field] = []
    for entry in out:
        if isinstance(entry, str):
            read.append(entry)
            continue
        label, colon, pieces = entry
        kind = EN_BOARD_FIELDS[label]
        value = "; ".join(p.strip(" ;,") for p in pieces)
        if kind is None or not value:
            continue
        if kind in _LISTS:
            read += [(name, kind, name) for name in _NAMES.split(value) if name]
        else:
            read.append((f"{label}{':' if colon else ''} {value}", kind, value))
    return read
