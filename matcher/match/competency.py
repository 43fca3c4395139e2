"""What proves a soft competency, read off one résumé: the facets a clause asks for (沟通能力 →
communication; 团队合作精神和领导能力 → teamwork and leading) and, for each, a line that shows it
concretely (negotiated, moderated workshops, led a team of 6, 处理客户投诉) or one that only
suggests it (a sales role for communication, a manager's title for leading, EMBA studies for
learning). A clause is shown when every facet it asks is; partly when some are; suggested when
only roles or related work touch it; otherwise the résumé is silent on it.

Each facet is (what a requirement says when it asks it, what shows it, what suggests it); the
résumé patterns read the lower-cased lines joined by newlines (judgement.lowered_text), one scan per
facet and profile (cached), in Chinese, English and German."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from matcher.match import quotes
from matcher.match.evidence import line_starts

try:  # the regular-expression parser: which words every match of a pattern holds
    from re import _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]


def _required(items) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed pattern holds (the longest such
    choice), or None where a match may hold none (\\d+, \\w*)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre_parse.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        inner = None
        if op is _sre_parse.SUBPATTERN:
            inner = _required(av[3])
        elif op is _sre_parse.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        if inner:
            options.append(inner)
    if run:
        options.append(frozenset([run]))
    # the choice whose shortest word is longest: fewest lines pass the str.find filter
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def trigger_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern holds, or None."""
    found = _required(_sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found else None


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at | outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


@dataclass(frozen=True)
class Facet:
    """One facet of soft competencies: the requirement words that ask it, the résumé lines that
    show it (an act) and those that only suggest it (a role, related work). The résumé patterns
    read lower-cased text, each alternative only on the lines where str.find finds one of its
    trigger words (a scan of a whole résumé by the whole pattern costs a millisecond)."""

    asks: re.Pattern
    shows: re.Pattern
    suggests: re.Pattern | None = None
    parts: dict = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for rx in (self.shows, self.suggests):
            if rx is not None:
                alternatives = [re.compile(a, rx.flags) for a in _alternatives(rx.pattern)]
                self.parts[rx.pattern] = [(a, trigger_words(a)) for a in alternatives]


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _lower(pattern: str) -> re.Pattern:
    # résumé patterns read lower-cased text: IGNORECASE would make each scan several times slower
    return re.compile(pattern)


# A senior role that is itself the act of leading (a general manager runs an organisation); a
# manager's title below that only suggests it.
_RUNS = (
    r"董事长|总经理|总裁|(?<!副)总监|首席.{0,6}官|\bceo\b|\bcoo\b|managing director|geschäftsführ"
    r"|personalverantwortung|vorstand|head of|创立|创办|founded|co-founder"
)
FACETS: dict[str, Facet] = {
    "lead": Facet(
        _rx(
            r"领导|管理团队|团队管理|管理.{0,2}团队|组织|协调|统筹|凝聚|带领|带团队|\blead|"
            r"manag(?:e|ing) (?:a |the )?team|team (?:management|leadership|building)"
            r"|(?<!selbst)(?<!self-)(?<!self )organi[sz]"
            r"|coordinat|mentor|coach|führung"
        ),
        _lower(
            r"带领|率领|领导.{0,8}(?:团队|员工|部门|小组)|管理.{0,6}(?:团队|部门|员工|人员|下属)|"
            r"\d+\s*(?:人|名)的?(?:团队|小组|部门|员工|下属)|团队.{0,6}\d+\s*人|" + _RUNS + r"|"
            r"\bled\b|\blead(?:ing)? (?:a |the )?team|\bmanag(?:ed|ing|e) (?:a |the )?(?:\w+ )?"
            r"(?:team|staff|people|department)|team of (?:\w+ )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|twelve)|supervis|mentor|coach|"
            r"\btrain(?:ed|ing)? (?:staff|employees|new|the team)|ausbild|"
            r"führung|leitung|\bmotivat|"
            # allocating a team's work is leading it: "prioritization of team activities"
            r"prioriti[sz]\w* (?:of )?(?:the )?team|allocat\w* (?:\w+ )?(?:resources|tasks)|"
            r"assign\w* (?:\w+ )?tasks|分配.{0,6}(?:任务|工作|资源)|调配.{0,4}(?:人员|人力|资源)"
        ),
        _lower(
            # (a trainer of courses teaches, which only suggests leading people)
            r"经理|主管|主任|组长|负责人|部长|处长|科长|\bmanager\b|\bhead\b|\blead\b|supervisor|\btrainer\b|"
            r"\bleiter|teamlead|\bdirector\b"
        ),
    ),
    "communicate": Facet(
        _rx(
            r"沟通|交流|表达|人际|谈判|口头|communicat|interpersonal|\boral\b|verbal|negotiat|"
            r"present|kommunikat"
        ),
        _lower(
            r"谈判|演讲|主持|路演|宣讲|讲座|授课|讲师|汇报|对外联络|外联|公关|客户关系|"
            r"培训.{0,4}(?:员工|新人|团队|学员)|negotiat|\bpresent(?:ed|ation|ations|ing)\b|"
            r"moderat|(?:durchführ|leit|halt|held|ran\b|\bled\b|conduct|facilitat|deliver|organi[sz]|run"
            r"|hosted|gave|give)\S*\s(?:\S+\s){0,3}workshop|workshops? (?:zu|on|for|mit|with)"
            r"|stakeholder|liais|focal point|communicat(?:ed|ion) with|"
            r"correspond|korrespondenz|\bconduct(?:ed|ing)? (?:\w+ )?(?:session|training|meeting)"
            # enquiries answered, not generated ("Generating new enquiries" is marketing)
            r"|(?<!generating )(?<!generating new )(?:enquir|inquir)(?!(?:y|ies) generation)"
            r"|\bquer(?:y|ies)\b|gremi|committee|präsentation|verhandlung(?!ssicher)|verhandelt|"
            # (a Kommunikationsschnittstelle between a server and its partner systems is an
            # interface of software, not a person between people)
            r"(?<![a-zäöüß])schnittstelle zwischen|als schnittstelle|schnittstellenfunktion|"
            r"schnittstelle zu[mr]? (?:den |dem |der )?(?:fach|kund|business|management|abteil|team)"
            r"|kundenbetreuung|(?:client|customer) relation|spokes|speaker|vortr"
        ),
        _lower(
            r"客户|销售|市场|贸易|服务部|咨询|顾问|秘书|对外|\bsales\b|customer(?! data)|client(?![- ]server)|marketing|consult|"
            r"vertrieb|berater|导游|讲师|教师|\btrainer\b|\bcoach\b|dozent|\blehrer|teacher|lecturer"
            r"|reiseleit|tour guide"
            # (telecommunication and Datenkommunikation are networks, not people talking; a
            # communication protocol or Kommunikationsschnittstelle is software)
            r"|(?<!tele)(?<!data )communicat(?!ions? (?:protocol|interface|module|bus|stack|layer))"
            r"|(?<!tele)(?<!daten)(?<!netz)kommunikat"
            r"(?!ions(?:schnittstelle|protokoll|modul|server|technik|bus|schicht))"
        ),
    ),
    # leading a meeting or a workshop: what a Scrum Master, a coach or a trainer does
    "moderate": Facet(
        _rx(r"moderat|facilitat|主持"),
        _lower(
            r"moderat|facilitat|主持|(?:durchführ|leit|halt|held|ran\b|\bled\b|conduct|deliver"
            r"|organi[sz]|run|hosted|gave|give)\S*\s(?:\S+\s){0,3}workshop"
        ),
        _lower(r"\btrainer\b|\bcoach\b|scrum master|dozent|讲师|培训师"),
    ),
    "teamwork": Facet(
        _rx(
            r"团队合作|团队精神|团队协作|合作精神|合作意识|协作|team ?player|teamwork|team spirit"
            r"|collaborat|teamfähig|teamorient|team building|working with .{0,30}teams|"
            r"zusammenarbeit|kooperation|team-\s*(?:und|,)|team ?skills|teamskills"
            r"|social (?:competence|skills)|soziale kompetenz|sozialkompetenz"
        ),
        _lower(
            r"协作|配合|跨部门|与.{0,10}(?:团队|部门).{0,6}合作|team ?work|collaborat|"
            r"cross-functional|\bwork(?:ed|ing)? (?:closely )?with (?:the |a )?team|"
            r"coordinat(?:e|ed|ing) with|zusammenarbeit|teamarbeit|\bin a team|team of (?:\w+ )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|twelve)"
            r"|liais|teamcoaching"
            # leading a team is working in one: "Leitung Testteam 4 Tester", "led a team of"
            r"|(?:leitung|leading|\bled)\s(?:\w+\s){0,2}\w*team"
        ),
        # (Scrum is work in a team by its rules: listed, it suggests teamwork, no more)
        _lower(r"团队|\bteam(?!city)|\bscrum\b"),
    ),
    "solve": Facet(
        _rx(
            r"解决.{0,4}问题|问题解决|应变|紧急|突发|冲突|复杂情况|problem|troubleshoot|resolv|"
            r"conflict|konflikt|emergenc|crisis|problemlös|lösungsorient|solution[- ]orient"
        ),
        _lower(
            r"解决.{0,10}(?:问题|难题|纠纷|故障)|处理.{0,8}(?:投诉|纠纷|事故|危机|突发|问题|故障)|"
            r"排除.{0,4}故障|扭亏|整改|resolv|troubleshoot|corrective|root cause|debug|crisis|"
            r"escalat|\bfix(?:ed|ing)?\b|störung|fehlerbehebung|kritisch|turnaround|"
            r"\bproblems? solv|restructur|neu-strukturierung"
        ),
    ),
    "learn": Facet(
        _rx(
            r"学习|适应|新知识|新技术|(?<!machine )(?<!deep )(?<!e-)learn|adapt|curious|neugier|lernbereit|weiterbild|"
            r"willing to (?:learn|grow)"
        ),
        _lower(
            r"自学|self[- ]taught|\blearned\b|\blearnt\b|mastered|quickly (?:learn|pick)|学会|"
            r"掌握了|转型"
        ),
        _lower(
            r"进修|在读|攻读|emba|研修|在职.{0,4}(?:硕士|博士|研究生)|课程|\bcourses?\b|"
            r"certif|schulung|weiterbildung|zertifi|参加.{0,6}培训|接受.{0,4}培训"
            r"|(?:quick|fast) learner|lernbereit|lernfähig|资格|高级工程师|教授级"
            # (a professional certificate taken: PMP, PRINCE2, ITIL, ISTQB, a Scrum certificate)
            r"|\bpmp\b|prince2|\bitil\b|istqb|\bpsm\b|\bcsm\b"
        ),
    ),
    "independent": Facet(
        _rx(
            r"独立|主动|自驱|eigenverantwort|selbstständig|selbständig|eigeninitiative|proaktiv|"
            r"independen|self[- ]?(?:motivated|starter|driven|organi[sz])|selbstorganis|initiativ"
            r"|proactive|ownership"
        ),
        _lower(
            r"独立(?:完成|负责|承担|开发)|单独负责|一人负责|eigenständig|eigenverantwortlich|"
            r"selbstständig (?:verantwort|durchgeführt|umgesetzt)|independently|on (?:my|his|her) "
            r"own|single-handed|sole (?:developer|owner|responsib)|end-to-end responsib"
        ),
        _lower(r"freiberuf|freelanc|selbstständig|selbständig|自由职业|self-employed"),
    ),
    "pressure": Facet(
        _rx(r"抗压|压力|高强度|pressure|stress|belastbar|fast-paced"),
        _lower(r"压力下|高强度|under pressure|tight deadline|fast-paced|24/7|on-call|belastbar"),
        _lower(
            r"\btargets?\b|指标|业绩|quota|deadline|销售额|\bkpi|加班|\bshifts?\b|on[- ]time"
            r"|multiple projects|juggl|parallel"
        ),
    ),
    "service": Facet(
        _rx(
            r"服务意识|服务态度|服务技能|客户服务|客户满意|满意度|customer service|"
            r"customer focus|client satisf|customer satisf|service[- ]orient|kundenorient"
        ),
        _lower(
            r"投诉|售后|解答|满意度|complaint|customer (?:service|support)|help ?desk|"
            r"(?:handl|answer|resol|respond)\w*.{0,40}(?:quer(?:y|ies)|enquir|inquir|request)|"
            r"(?:client|customer)s? satisf|kundenbetreuung|kundenservice|kundendienst|"
            r"\bsupport(?:ed|ing)? (?:customers|clients|users)"
        ),
        _lower(
            r"客服|服务部|服务中心|客户|旅客|导游|\bclients?\b|\bcustomers?\b|reiseleit|tour guide"
            r"|dealership|\bsales\b|vertrieb|verkauf"
        ),
    ),
    "time": Facet(
        _rx(r"时间管理|多任务|多项任务|多线程|高效|time management|multi-?task|priorit|deadlines"),
        _lower(
            r"按时|按期|准时|如期|进度|多个项目|同时.{0,6}(?:负责|管理|处理)|on time|timely|"
            r"(?:on|ahead of) schedule|schedule track|deadline|priorit|parallel|simultaneous|"
            r"termingerecht|multiple projects"
        ),
    ),
    "write": Facet(
        _rx(
            r"文字|书面|写作|记录|文档|文案|公文|written|writing|documentation|schriftlich|dokumentation|bericht"
        ),
        _lower(
            r"撰写|编写|起草|报告|文档|发表|论文|著有|著作|出版|\bwrit(?:e|es|ing|ten)\b|"
            r"\bwrote\b|draft|(?<!crystal )\breport(?:s|ing)?\b(?! to\b| services)|documentation|"
            r"\bdocument(?:ed|ing)?\b|"
            r"\bpapers?\b|publication|publish|\bletters\b|korrespondenz|dokumentation|bericht|"
            r"protokoll|specification|spezifikation|blueprint|guideline|leitfaden|handbuch|"
            r"user manual"
        ),
    ),
    "market": Facet(
        _rx(
            r"市场变化|市场战略|市场敏|市场洞察|市场感知|敏锐|market (?:trend|insight|sens|"
            r"awareness|change)|commercial awareness"
        ),
        _lower(
            r"市场调研|市场分析|市场调查|市场研究|市场战略|市场策略|竞争对手|竞品|行业分析|"
            r"market (?:research|analys|stud|strateg)|competitor|marktanalyse|marktforschung"
        ),
        _lower(r"市场部|市场总监|市场营销|营销|\bmarketing\b"),
    ),
    "judge": Facet(
        _rx(r"判断|裁判|决策|judg(?:e|ment|ement)|decision"),
        _lower(r"评审|裁判|仲裁|评委|\bjudge\b|\bjury\b|referee|决策"),
        _lower(r"分析师|analyst|审计|\baudit|咨询顾问|\bconsultant"),
    ),
    "drive": Facet(
        _rx(r"项目管理|drive projects|work packages|project management|projektmanag"),
        _lower(
            r"projektleitung|programmleitung|\bpmo\b|project manag|projektmanag|项目经理|"
            r"项目负责人|负责.{0,8}项目|\b(?:managed|led|delivered) (?:\w+ ){0,3}projects?\b|"
            r"roadmap|work packages|übernahme|eigenständige verantwortung"
        ),
        _lower(r"\bprojects?\b|项目|projekt"),
    ),
}


@lru_cache(maxsize=4096)
def asked(requirement: str) -> tuple[str, ...]:
    """The facets a competency clause asks for, in the table's order."""
    return tuple(name for name, facet in FACETS.items() if facet.asks.search(requirement))


@lru_cache(maxsize=4096)
def stress(requirement: str) -> tuple[int, ...]:
    """How many of the clause's words ask each facet it asks (in asked()'s order): what the
    clause stresses. "语言表达能力和文字处理能力,能够清晰准确地记录客户问题" asks writing twice (文字, 记录) and
    speaking once; "Excellent oral and written communication skills" asks communication twice
    (oral, communication) and writing once."""
    return tuple(len(FACETS[name].asks.findall(requirement)) for name in asked(requirement))


@dataclass(frozen=True)
class Reading:
    """What a résumé shows of a clause's facets: per facet asked, the lines that show it and the
    lines that only suggest it; how many of the clause's words ask each (stress)."""

    asked: tuple[str, ...]
    shown: dict[str, list[int]]
    suggested: dict[str, list[int]]
    stress: dict[str, int] = field(default_factory=dict)

    @property
    def shown_facets(self) -> list[str]:
        """The facets asked that a line shows."""
        return [f for f in self.asked if self.shown[f]]

    @property
    def suggested_facets(self) -> list[str]:
        """The facets asked that no line shows but one suggests."""
        return [f for f in self.asked if not self.shown[f] and self.suggested[f]]

    @property
    def missing_facets(self) -> list[str]:
        """The facets asked that no line shows."""
        return [f for f in self.asked if not self.shown[f]]


_WORDS: dict[int, tuple[list, list[str]]] = {}


def _words(parts: list) -> list[str]:
    """Every trigger word of a pattern's alternatives, sorted; kept per alternatives' list (with
    the list itself, so that its id stays its own)."""
    kept = _WORDS.get(id(parts))
    if kept is None or kept[0] is not parts:
        kept = _WORDS[id(parts)] = (parts, sorted({w for _, ws in parts if ws for w in ws}))
    return kept[1]


def _lines(parts: list, sentences: list[dict], lowered: str) -> list[int]:
    """Indices of the lines one of the pattern's alternatives matches in the joined lower-cased
    lines, each read only on the lines holding one of its trigger words (all words found in one
    pass, their lines in one searchsorted)."""
    starts = line_starts(sentences)
    words = _words(parts)
    at: list[int] = []
    who: list[int] = []
    for k, word in enumerate(words):
        i = lowered.find(word)
        while i >= 0:
            at.append(i)
            who.append(k)
            i = lowered.find(word, i + 1)
    lines_of: dict[str, set[int]] = {}
    if at:
        where = (np.searchsorted(starts, at, side="right") - 1).tolist()
        for k, line in zip(who, where, strict=True):
            lines_of.setdefault(words[k], set()).add(line)
    found: set[int] = set()
    for pattern, ws in parts:
        if ws is None:  # no word every match holds: scan it all
            hits = [m.start() for m in pattern.finditer(lowered)]
            found.update((np.searchsorted(starts, hits, side="right") - 1).tolist())
            continue
        lines: set[int] = set()
        for word in ws:
            if word in lines_of:
                lines |= lines_of[word]
        if not lines:  # most alternatives: none of their words is in the résumé
            continue
        for i in sorted(lines - found):
            end = int(starts[i]) + len(sentences[i].get("text") or "")
            if pattern.search(lowered, int(starts[i]), end):
                found.add(i)
    return sorted(found)


# A line that names a skill or an ability instead of stating the work: "KEY SKILLS: Presentation
# skill", "Excellent oral and written communication skills", "Proven ability to lead", 具备沟通能力,
# a certificate's name.
CLAIM = _rx(
    r"skill|abilit|proven|excellent|\bstrong\b|kenntnisse|fähigkeit|kompetenz|sicher\b|技能|能力|"
    r"擅长|善于|具备|具有"
    # a certificate names what it certifies, it states no work ("Scrum Coach Accredited
    # Certification")
    r"|certif|zertifi|证书"
)


def _claims(i: int, sentences: list[dict], cache: dict) -> bool:
    key = ("claims", i)
    if key not in cache:
        cache[key] = CLAIM.search(sentences[i].get("text") or "") is not None
    return cache[key]


def read(requirement: str, sentences: list[dict], lowered: str, cache: dict) -> Reading:
    """The facets the clause asks and the lines that show or suggest each (cached per profile
    and facet in `cache`)."""
    names = asked(requirement)
    shown: dict[str, list[int]] = {}
    suggested: dict[str, list[int]] = {}
    for name in names:
        key = ("facet", name)
        if key not in cache:
            facet = FACETS[name]
            suggests = facet.suggests
            cache[key] = (
                _lines(facet.parts[facet.shows.pattern], sentences, lowered),
                _lines(facet.parts[suggests.pattern], sentences, lowered) if suggests else [],
            )
        shows, suggests = cache[key]
        # a line that claims a skill ("Presentation skill", "Proven ability to lead") suggests
        # it; only a line stating the work shows it
        shown[name] = [i for i in shows if not _claims(i, sentences, cache)]
        suggested[name] = sorted({*suggests, *(i for i in shows if i not in shown[name])})
    return Reading(names, shown, suggested, dict(zip(names, stress(requirement), strict=True)))


# A line longer than this is a paragraph or a pasted list: quoted only when nothing shorter shows
# the same facets.
_LONG = 200


def best_line(
    reading: Reading,
    facets: list[str],
    sims: np.ndarray,
    shown: bool,
    sentences: list[dict],
    cache: dict | None = None,
) -> int:
    """The line to quote for these facets: the one showing (or suggesting) the most of them,
    then the facets the clause stresses most (the writing of "文字处理能力,能够清晰准确地记录", the
    speaking of "oral and written communication"), a line before a paragraph, one that counts
    something (带领30人团队, a team of 6) over one that only names the act or a title, the latest
    (matcher.match.quotes: the current role over an old one), a statement over a list, the most
    similar to the requirement among those, the earliest on a tie."""
    table = reading.shown if shown else reading.suggested
    count: dict[int, int] = {}
    stressed: dict[int, int] = {}
    for facet in facets:
        for i in table[facet]:
            count[i] = count.get(i, 0) + 1
            stressed[i] = stressed.get(i, 0) + reading.stress.get(facet, 1)
    cache = {} if cache is None else cache

    def order(i: int) -> tuple:
        read = quotes.line(i, sentences, cache)
        short = len(sentences[i].get("text") or "") <= _LONG
        return (
            count[i],
            stressed[i],
            short,
            read.counted,
            read.year,
            not read.listed,
            float(sims[i]),
            -i,
        )

    return max(count, key=order)
