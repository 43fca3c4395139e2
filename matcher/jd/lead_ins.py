"""Sentences that lead into a list of requirements: a short phrase before a colon that announces
them ("What You'll Bring:", "We are looking for someone who has:", "Join us if you:"), and one
whose colon a scraper lost that ends in "the following (…)". matcher.jd.headings places them
among the headings."""

from __future__ import annotations

import re

from matcher.jd.labels import EN_EDUCATION_FIELD, NICE

# Check marks, arrows and pictographs (U+1F300-1FAFF) that WeChat articles and app pages put
# before their items ("✅ 全日制大专…", Remote OK's "Benefits 🏝 Unlimited vacation …"); not the
# stars of a rated row.
PICTO_BULLETS = "✅✔✓☑➤➡▶►\U0001f300-\U0001faff"
# Where a lead-in cannot reach back over: a sentence's end, another colon, a closing bracket, a
# comma, and a bullet before an item (in one line, "Nice to have ✓ Experience with French
# service ✓ Food handler card Parking:" is two items and a field's label, no lead-in)
_LEAD_IN_STOP = re.compile(rf"[.!?;:\n),•▪●{PICTO_BULLETS}]")

# A sentence ending in a colon that announces requirements ("This role requires … including:",
# "We are looking for:", "Join us if you:", "It would be a plus if you have:").
# (or a lead-in ending in "if you" before its list, its colon left out: "You might be a fit if
# you\nHave 4+ years of …", "… if you Have …")
# (a chat app's bold or italic marks close round a lead-in, its colon inside them: WhatsApp's
# "*Must have:* - CISRS card …", Slack's "*Nice-to-haves:*")
_COLON = re.compile(r":(?:[*_](?=\s|$))?(?=\s|$)|(?<=\bif you)(?=[^\S\n]*\n|[^\S\n]+[A-Z])")
_WORD = re.compile(r"\S+")
# (Headings are an open vocabulary: "What You'll Bring:", "Technical Skills Required:",
# "Additional Skills/Experience:", "What you offer:" — a short phrase before a colon with one of
# these words heads the requirements, unless it speaks of duties or of what the company offers;
# "You are:" / "You can:" / "Do you:" only right before the colon, not "… you're part of the
# team:"; "DO YOU: Love being outdoors? Have …?" lists questions.)
_LEAD_IN_CUE = re.compile(
    r"\b(?:requires?|required|requirements?|qualifications?|looking for|seeking|if you|you (?:have|bring|"
    r"need|should|must|offer)|you(?: are|'re|’re|re| can| know| possess| hold)(?=\s*:?$)|we expect|(?:ideal|successful|right) candidate|must[- ]haves?|nice[- ]to[- ]haves?|plus if"
    r"|(?:do|are) you(?=\s*:?$)|skills?|profile|background|expertise|competenc\w*|bring|about you|(?:crucial|important|essential)"
    r" that you"
    # what the selection assesses (Civil Service Jobs: "We'll assess you against these
    # behaviours during the selection process:")
    r"|assess(?:es|ed)? (?:you |candidates |applicants )?against|behaviou?rs"
    # who may apply (Job Bank: "Only apply to this job if: You are a Canadian citizen …")
    r"|apply (?:to|for) (?:this|the) (?:job|role|position|post|vacancy) if"
    # what the one hired has, said right before the colon (an agency's "A successful Financial
    # Controller should have:")
    r"|(?:should|must|will) (?:have|possess|bring)(?=\s*:?$)"
    # what would add to the rest, said on its own before the colon ("Would be good:")
    r"|(?<![\w ])\W*would be (?:good|nice|great|useful)(?=\s*:?$))\b",
    re.I,
)
# (nor does a notice: "… Documentation of teaching skills if applicable Please note: On the
# online application form …")
_LEAD_IN_NOT = re.compile(
    r"\b(?:experience level|job description|job type|responsib\w*|tasks?|duties|mission|will do"
    r"|involve|we offer|offer you|benefits?|perks|salary|company|please note|note|n\.?b"
    # a field of the candidate's own ("… client-facing experience Notice period: Immediate")
    r"|notice period)\b",
    re.I,
)


_HEADING_ADJECTIVE = re.compile(
    r"Additional|Technical|Required|Preferred|Desired|Key|Other|Core|Essential|Minimum|Basic"
    r"|Professional|Personal|Soft|Hard|Your|Our|Weitere|Allgemeine|Zusätzliche"
)


_LOWER_NEXT = re.compile(r"[^\S\n]*[a-z]")
# ... unless what precedes the colon introduces what the candidate has, brings or is: "someone
# who has: strong research skills, …", "you will have: 3 years …" open a list in one line too.
_CANDIDATE_LEAD = re.compile(
    r"\b(?:who (?:has|have|is|brings?)|you(?:'ll|’ll| will| should| must)? (?:have|bring|need|be)"
    # ("The ideal candidate will: have previous warehouse experience; be able to …")
    r"|(?:candidate|person|applicant|you) (?:will|should|must)(?: (?:have|bring|be))?|to have|need)\s*$",
    re.I,
)
_BARE_NICE = re.compile(r"(?:nice[- ]to[- ]haves?|must[- ]haves?)\s*:$")
_SUCCESSFUL = re.compile(r"\b(?:successful|right) candidate\b", re.I)
_HAS_NEXT = re.compile(
    r"\s*(?:[-•*]\s*)?(?:have|has|hold|holds|be|is|possess|possesses|bring|brings)\b", re.I
)
# ("The successful candidate will have:" says so itself)
_HAS_BEFORE = re.compile(r"\b(?:have|has|hold|possess|bring|be)\s*$", re.I)


def lead_ins(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each lead-in: the run of words before a colon that starts with a
    capital within the sentence and announces requirements (see announces_requirements), the
    whole sentence when it does ("To succeed as Pricing Specialist it is crucial that you:": its
    start is no requirement), else the shortest."""
    out = []
    # (a board's field of the schooling asked is a field, not a lead-in: "Minimum Qualification :
    # Degree Experience Level : Mid level")
    fields = {text.index(":", m.end("label")) for m in EN_EDUCATION_FIELD.finditer(text)}
    for colon in _COLON.finditer(text):
        if colon.start() in fields:
            continue
        lead = _CANDIDATE_LEAD.search(text, max(0, colon.start() - 40), colon.start())
        if _LOWER_NEXT.match(text, colon.end()) and not lead:
            continue  # "… for our travellers: make booking …" goes on as a sentence, not a list
        start = max(0, colon.start() - 160)
        window = text[start : colon.start()]
        stops = [m.start() for m in _LEAD_IN_STOP.finditer(window)]
        stop = stops[-1] if stops else -1
        if not _LEAD_IN_CUE.search(window, stop + 1):
            continue
        # ("The successful candidate will:" leads into duties as often as into what they have:
        # a lead-in only before what the candidate has or is)
        if (
            _SUCCESSFUL.search(window, stop + 1)
            and not _HAS_NEXT.match(text, colon.end())
            and not _HAS_BEFORE.search(window)
        ):
            continue
        words = list(_WORD.finditer(window, stop + 1))[-16:]
        # (a whole sentence: after a full stop or a line break, not after another heading's
        # colon, "Requirements: Proven analytical abilities nice to have:")
        sentence = stop < 0 or window[stop] in ".!?\n"
        whole = [0] if sentence and 0 < len(words) < 16 and _capitalised(words[0].group(0)) else []
        for n, k in enumerate([*whole, *range(len(words) - 1, -1, -1)]):
            phrase = window[words[k].start() :] + ":"
            # a lower-case "nice to have:" run into the list heads what follows on its own
            opens = _capitalised(words[k].group(0)) or _BARE_NICE.match(phrase)
            # (cut from inside a run, a lead-in says what it leads into at its end: "… RVT
            # required within 12 months of hire Current BLS … Experience:" is an item, then a
            # field's label)
            if (n or not whole) and _cue_early(phrase):
                continue
            if opens and announces_requirements(phrase):
                while k and _HEADING_ADJECTIVE.fullmatch(words[k - 1].group(0)):
                    k -= 1  # "Additional Skills/Experience:", "Technical Skills Required:"
                k = _subject_start(words, k)
                out.append(
                    (start + words[k].start(), colon.end(), window[words[k].start() :] + ":")
                )
                break
    return out


def _capitalised(word: str) -> bool:
    """Whether a word opens with a capital, inside a chat app's bold or italic mark ("*Must")."""
    return word.lstrip("*_")[:1].isupper()


# The one hired named by a title after an article ("A successful Financial Controller should
# have:", "The ideal Site Manager will bring:"): the lead-in starts at the article.
_ARTICLE = re.compile(r"A|An|The|Our")
_TITLE_WORD = re.compile(r"[A-Z][\w&/-]*|successful|ideal|right|suitable")


def _subject_start(words: list, k: int) -> int:
    """The index of the article that opens the lead-in's subject, when up to four title words
    (capitalised, or successful / ideal / right / suitable) stand between it and word k."""
    for j in range(k - 1, max(-1, k - 6), -1):
        word = words[j].group(0)
        if _ARTICLE.fullmatch(word):
            return j
        if not _TITLE_WORD.fullmatch(word):
            break
    return k


def _cue_early(phrase: str) -> bool:
    """Whether a lead-in's last cue is followed by more than six words and the word before its
    colon is capitalised: an item run on into a field's label, no lead-in."""
    cues = list(_LEAD_IN_CUE.finditer(phrase))
    after = phrase[cues[-1].end() :].rstrip(":").split() if cues else []
    return len(after) > 6 and after[-1][:1].isupper()


def announces_requirements(sentence: str) -> bool:
    """True for a short English sentence that ends in a colon and announces requirements."""
    return (
        len(sentence.split()) <= 16
        and bool(_LEAD_IN_CUE.search(sentence))
        and not _LEAD_IN_NOT.search(sentence)
    )


# A lead-in without its colon that ends in "the following" and a bracket saying what follows
# (Canada's GC Jobs: "… how you meet the following (essential qualifications)", "The following
# may be applied / assessed at a later date (may be needed for the job)"): the heading of what the
# bracket names, a nice-to-have where it hedges.
_FOLLOWING = re.compile(
    # (from a sentence's start, or from "The following" where a scraper lost the full stop)
    r"(?:(?:^|(?<=[.!?]\s))[A-Z][^.!?:;\n()]{0,160}?\bthe following|(?<=\s)The following)\b"
    r"[^.!?:;\n()]{0,60}?"
    r"\((?P<p>[^()\n]{1,40})\)(?=[^\S\n]*(?:\n|$)|[^\S\n]+[A-Z])",
    re.M,
)
_FOLLOWING_ASKS = re.compile(r"essential|required|qualifications?|needed|must", re.I)
_HEDGED = re.compile(r"\bmay\b|\basset", re.I)


def following(text: str) -> list[tuple[int, int, str]]:
    """(start, end, heading word) of each lead-in of _FOLLOWING whose bracket names an ask."""
    out: list[tuple[int, int, str]] = []
    if "following" not in text:
        return out
    for m in _FOLLOWING.finditer(text):
        said = m.group("p")
        if _HEDGED.search(said) or NICE.search(said):
            out.append((m.start(), m.end(), "asset qualifications"))
        elif _FOLLOWING_ASKS.search(said):
            out.append((m.start(), m.end(), "essential qualifications"))
    return out
