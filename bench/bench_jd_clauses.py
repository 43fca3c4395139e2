"""JD parsing against hand-marked requirement clauses: recall and precision per language, for the
one-line ("scraped") variants of the English and Chinese postings, and the Chinese field check
(education floor, years, age right).

Marked postings: the 9 of ../shared/data/verdicts/requirements.json (the "dev set") and those of
bench/jd_clauses_marked.json (graded job posts of the dev split, SkillSpan test postings, postings
of the founding collection without qualifications, and Chinese postings written here).
- recall: share of marked clauses that some parsed requirement covers (the longest common
  substring holds at least half of the clause; spaces and punctuation ignored);
- precision: share of parsed requirements that lie inside a marked clause or a flagged condition
  (at least 80% of the requirement's text is a common substring with one).
A one-line variant joins all lines of a posting with single spaces, as scrapers deliver them.

Jobs with a "split" were marked before the parser was run on them (2026-11-30): "tune" postings
were then used to find faults, "untouched" ones never listed while changing the parser. Round two
opened the first untouched group for tuning ("tune2", its unseen figures recorded in the README)
and marked a new one, round three did the same again ("tune3", "untouched3"); round four's group
("tune4") was marked after round three's last change, round five's ("tune5": three SkillSpan
house postings whose requirements stand in "You have …" sentences and run-on profile lines, two
English graded posts outside the dev split) before round five's rules; round six opened both for
tuning. "untouched6" (SkillSpan tech postings 0 and 1, house postings from sentence
512 to 752: run-on profile lines, requirements under no heading, a 23-clause run-together skills
list) was marked before round six ran the parser on them. Round seven opened it for tuning ("tune6")
and marked "untouched7" before running the parser on it: eight SkillSpan house postings from
sentence 752 to 1189 (field service, data engineering, warehouse, tour guide, supply chain,
post-doc, audio and PLM postings: "You have …" lines, inline "…: Have X Work Y" lists, a
"Your must-haves are: …" run-on, "Ideally …" and "… is a plus" clauses); on main 2b67466 it
measured 0.70 / 0.63 (one-line 0.57 / 0.67), after round seven's rules (tuned on tune6 and the
earlier groups only, then measured here once) 0.68 / 0.68 (one-line 0.55 / 0.73). Round eight
opened it for tuning ("tune7") and marked "untouched8" before running the parser on it: the five
SkillSpan house postings no round had marked (sentences 484-512, 833-909, 909-998, 1151-1162,
1189-1221: a warehouse job, a PhD scholarship, a marketing professorship, a market researcher, a
tenure-track post), all delivered as one line ("one_line": the posting's lines joined, as a
scraper gives them). No other English posting under raw/ was left unmarked. On main 94fc326 it
measured 0.85 / 0.55, after round eight's rules (tuned on tune7 and the earlier groups only, then
measured here once) 0.85 / 0.61. The untouched rows were the estimate for unseen postings.
Round nine opened untouched8 for tuning ("tune8") and, as issue 13 asked, listed untouched3's
faults too ("tune3b"): no English group is left that no round has looked at, so the held-back set
(measured by the team) is now the only estimate for unseen postings.
Round ten wrote eight fictional English postings as US job boards and career pages deliver them
(nurse, forklift operator, store manager, accountant, CDL driver, support agent, data engineer,
field service engineer; page chrome, salary, benefits, EEO lines, Indeed's restated "(Required)"
lines; five as one line) and marked them before running the parser on them ("untouched9"): on
main 69c44d4 they measured 0.95 / 0.86 (one-line 0.95 / 0.83). Round ten then opened them for
tuning ("tune9"): 1.00 / 0.95 (one-line 1.00 / 0.94) after its rules (job facts under a label,
time ranges, "Why <Company>?" / "Similar Jobs", a word glued before a heading, English age
floors, legal run-ons, a job board's "(Required)" screening answers), every other group unchanged.
The Chinese groups written here were all tuned on, so a Chinese round marked eight more postings
blind ("untouched9z": written_zh_14-21, as scrapers deliver them from 51job, 智联招聘, BOSS直聘,
猎聘, 58同城 and two company sites; header lines, site chrome, company introductions, a star-rated
competency table, run-together numbering, majors cut by ASCII commas). On main 69c44d4 it measured
recall 0.88 (80 clauses), precision 0.80 (96 parsed), fields right 21 of 24: the estimate for
unseen Chinese postings. The round then opened it for tuning ("tune9z"). Its faults by cause: a
headless list with the duties first lost every requirement (one posting: 8 clauses, 3 fields);
site chrome, field and address lines after the last list (9 imprecise); 电话 read as a contact
word (1 missed); "…亦可" relaxations (2); an elaboration rule that joined "能承受…" (1); a table's
unknown heading, header row and in-house cell (3); a flagged condition's label and 优先 left as
requirements (2); majors cut at ASCII commas (1 missed, 商务英语 read as a language). After the
round's rules tune9z measures 1.00 / 1.00 (85 parsed), fields 24 of 24, every other group as
before; with it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round eleven (Chinese) wrote eight more blind ("untouched10z": written_zh_22-29, trades no earlier
posting used: a 校招 data analyst on 拉勾, a QC inspector on 58同城, a kindergarten's notice, a
pharmacist on 智联招聘 with labelled fields in one line, a buyer on 51job, a headhunter's hotel
manager on 猎聘 with a star-rated block, an after-sales engineer's 岗位说明书 table, a driver on
BOSS直聘). On main dca0e0c it measured recall 1.00 (85 clauses), precision 0.95 (91 parsed),
fields right 23 of 24: the estimate for unseen Chinese postings after round nine's rules.
The round then opened it for tuning ("tune10z"). Its faults by cause: a catch-all 其他： field
inside a one-line 任职资格 (1 imprecise); a nice-to-have joined to the elaboration before it, so
a must read as nice (1); two headings not known (【能力素质】 over a star-rated block, a 岗位说明书's
工作条件 row: 3 imprecise); years stated as 驾龄 (1 field). Beside the bench, points numbered "1）"
kept their number, a star-rated row's ability read as kind other, and what a person can use or
is (会看图纸, 能看懂…图, 为人稳重, 守时) read as other. After the round's rules tune10z measures
1.00 / 1.00 (90 parsed), fields 24 of 24; every other group as before (zh 0.99 / 1.00, 306
parsed; English figures identical). With it tuned on, the held-back set is again the only
estimate for unseen Chinese postings.
Round eleven wrote eight more fictional English postings of other trades and boards (a maths teacher
on Tes with an Essential / Desirable person specification, an electrical apprentice on Indeed, a
lifecycle marketing manager on Greenhouse, a pharmacist on Reed, an SAP SD consultant on Naukri with
job highlights, a "UG:" line and Key Skills tags, a hospital security officer on iCIMS, a litigation
paralegal on Workday, a frontend engineer on Lever; British spelling, GBP and INR; five as one line)
and marked them before running the parser on them ("untouched10"): on main d9c2dbd they measured
0.92 / 0.74 (one-line 0.90 / 0.66): round ten's rules carried over less than its tuning suggested.
Round eleven then opened them for tuning ("tune10"): 0.98 / 0.99 (one-line 0.98 / 0.99) after its
rules (an application form's fields, drug tests, DBS checks, fair-chance and adjustment notices;
headings run into a line before an amount, "Compensation", "Desired Candidate Profile", "Person
Specification", "Desirable:"; a person specification's "| Essential / | Desirable" column; ",
with at least N …", "and current registration …", ", and comfortable …"; run-ons before "Valid /
Current / Active / Bilingual", a range of years, an age floor, a capitalised nice-to-have and a
capital article; a firm's name cut once; Naukri's "Notice period:" and Key Skills note); tune9's
precision 0.95 -> 0.97 (one-line 0.94 -> 0.95: its "Current DOT medical card" run-on), every other
group unchanged; all English 0.94 / 0.91 -> 0.95 / 0.93 (one-line 0.95 / 0.88 -> 0.95 / 0.91).
Round twelve (Chinese) wrote eight more blind ("untouched11z": written_zh_30-37, trades no earlier
posting used: a security guard on 58同城, a Sichuan cook on BOSS直聘 numbered ①②, a graphic
designer on 拉勾 numbered (1)(2), a rural bank's 校招 teller notice on 前程无忧's campus pages, a
logistics dispatcher on 51job with 任职资格 in one line, an electrician's 岗位说明书 on a company
site, a real-estate agent on 智联招聘, a headhunter's HRBP manager on 猎聘). On main aad8be1 it
measured recall 0.97 (74 clauses), precision 0.95 (77 parsed), fields right 24 of 24: the
estimate for unseen Chinese postings after round eleven's rules. The round then opened it for
tuning ("tune11z"), after two marking errors were corrected (身体健康 is a flagged health
condition, as DESIGN.md has it; '精通川菜，能独立出品' is one clause, as earlier marks keep '，能独立…'):
71 clauses. Its faults by cause: hardship and obedience after a comma (能吃苦耐劳, 能服从…) joined
as elaborations (2 imprecise); a 年龄 label carried to the clauses after it (1 missed, '性别不限'
then asked something); an interview instruction (面试请携带作品集, 1 imprecise); a relaxed age
('研究生可放宽至28周岁') read as an age of 28 to 28. Beside the bench, kinds: a licence before 优先 or
its grade in brackets, a grounding (…基础), a talent (特长), a tool after 会 (会C4D) and 能适应 /
能接受 under a 素质 label. After the round's rules tune11z measures 1.00 / 1.00 (78 parsed),
fields 24 of 24; every other group as before (zh 0.99 / 1.00, 384 parsed, fields 141 of 141;
English figures identical); Chinese kinds right 349 -> 353 of 363 marked clauses.
Round twelve wrote eight more fictional English postings of other trades and boards (a dental
hygienist on ZipRecruiter, a site manager on SEEK, an agency HR generalist on Monster, a line cook
on Indeed Canada, a senior SRE on Wellfound, a social worker on USAJOBS, a bank teller on
CareerBuilder, a research associate on jobs.ac.uk; five as one line) and marked them before running
the parser on them ("untouched11"): on main aad8be1 they measured 0.95 / 0.69 (one-line 0.95 /
0.70, 66 clauses): round eleven's rules carried over less than its tuning suggested, most of the
loss in precision.
Round twelve then opened them for tuning ("tune11"). Its faults by cause: page footers, buttons
and warnings (Member FDIC, "Do Not Sell My Personal Information", "Report this job advert",
SEEK's fraud warning: 6 imprecise); job-board schedule facts ("Expected hours:", "Additional
pay:", "Weekends as needed": 3); how pay is set, who else may apply, a diversity statement and
what goes with the application (4); headings not known or lost in a line ("What's on offer",
"Perks", USAJOBS' "Conditions of Employment" and "Licensure": 5); run-ons a scraper made (a
named certificate or licence, "Available evenings …", "… required CPR/BLS …", "N months of":
5 imprecise); "Graduate of …" beside a benefit's word, "French is an asset" read as the company
speaking (3 missed); acronyms with alternatives before "certification preferred" (1). Beside
the bench, "Valid CDL Class A license" was cut at its class letter as at a capital article.
After the round's rules tune11 measures 1.00 / 0.97 (one-line 1.00 / 0.94); every other group
unchanged (the parsed requirements of every written posting identical); all English 0.95 / 0.91
-> 0.95 / 0.93 (one-line 0.95 / 0.89 -> 0.96 / 0.91). Left: "… experience White Card (…)" and
"… for this job Selective Service Registration …" run together; the whole USAJOBS licensure
sentence kept where the clause is its "must be licensed …" part.
Round thirteen wrote eight more fictional English postings of other trades and boards (a
physiotherapist on NHS Jobs with a person specification under Essential / Desirable sub-headings,
a welder on Glassdoor, a property claims adjuster on SmartRecruiters, a night receptionist on
Caterer.com, an agency's mechanical design engineer on Totaljobs, a warehouse supervisor on Adzuna,
a veterinary technician on a Jobvite career page, an ML engineer on Ashby; five as one line) and
marked them before running the parser on them ("untouched13"): on main 0eebfed they measured
0.86 / 0.65 (one-line 0.87 / 0.73, 69 clauses): round twelve's rules carried over less than its
tuning suggested, again most of the loss in precision.
Round thirteen then opened them for tuning ("tune13") and, as the per-board rules of rounds ten to
twelve did not converge, looked for general mechanisms first. Its faults and those of rounds
eleven and twelve's unseen measurements (untouched10 on d9c2dbd, untouched11 on aad8be1) by
cause: page text after the requirements list read as requirements (an employer's details,
postcode and sponsorship notice, a form's fields, footers, buttons, a diversity statement,
schedule facts, offer lines: about half of the false requirements), run-ons a scraper made
(two items in one: the other half), headings not known (a few) and a place named "Central" read
as a count. The general mechanism: a requirements list ends at the first boilerplate item after
it under any heading, as it already did under a lead-in with a colon, unless the next item asks
something (it goes on past a heading in capitals, a lead-in, a requirement in the company's
voice). Replayed on rounds eleven and twelve's unseen groups with their own marks (their later
rules absent), it catches 10 of their 45 false requirements (round eleven 2 of 20, round twelve
8 of 25) and 7 of 49 in the one-line variants (5 of 27, 2 of 22): those at the page's end; the
rest are glued into a requirement's line (run-ons) or stand before the list ends. Also: column
words of a person specification over groups of rows ("Essential" / "Desirable"), headings asked
as questions ("What's in it for you?"), an agency's "The Person:", lead-ins ending in "if you",
"Bonus points for:", and run-ons cut before a longer capitalised nice-to-have or a certificate
named by a capital or an acronym, after "… work experience" before "N-M years of".
After the round's rules tune13 measures 1.00 / 0.97 (one-line 1.00 / 0.93); tune4 0.90 -> 0.93,
tune9 0.96 -> 0.98 (one-line 0.95 -> 0.97), tune11 one-line 0.94 -> 0.97, every other group
unchanged; all English 0.95 / 0.91 -> 0.96 / 0.94 (one-line 0.95 / 0.90 -> 0.96 / 0.91, both
with tune13). Left: "… environment Reliable transportation", "AIC or CPCU coursework Catastrophe
(CAT) deployment experience" and, in one line, an NHS page's "Certificate of Sponsorship"
notice.
Round thirteen (Chinese) wrote eight more blind ("untouched13z": written_zh_38-45, trades no
earlier posting used: a car mechanic on BOSS直聘, a food-delivery station manager on 58同城, a
new-media operator on 拉勾 numbered ①②, a cost estimator on 51job with 任职资格 in one line, an
elderly-care worker's 岗位说明书 table with "|" cells, a 校招 software tester on 前程无忧's campus
pages, a headhunter's production director on 猎聘, a personal trainer on 智联招聘 cut by ";"). On
main 70c4c2a it measured recall 1.00 (75 clauses), precision 0.97 (80 parsed), fields right 24 of
24: the estimate for unseen Chinese postings after round twelve's rules.
Joined into one line (a row this round added: "zh one-line") the same group measured 0.73 / 0.97
on main 70c4c2a (computed after the blind measure, with main's rules): a 【】 heading inside a
line was not read, so one-line 猎聘 and campus postings lost every requirement. The round then
opened the group for tuning ("tune13z"; one marking slip corrected: 服从安排 is a competency, as
written_zh_7 and 16 mark it). Its faults by cause: a 岗位说明书's "|" cell borders kept in the
clauses (3 imprecise); who else is let in ("无证者可入职后培训考取", 1); appearance words not
flagged (形象阳光, 身材匀称: precise only as flagged text). One line: 【】 headings inside a line,
a board's field lines (职能类别：, 关键字：) run into the last item, a table's cells run together
("…相关专业 经验  2年以上…"). Beside the bench, kinds: what a person can do by hand (会测量…,
能骑…, 能独立完成…拆装), a theory whatever it is of, 精通 before a method a certificate names
(精通六西格玛), 网感 and 爱心. After the round's rules tune13z measures 1.00 / 1.00 (77 parsed),
fields 24 of 24, one-line 1.00 / 1.00; every other posting as written parses exactly as before
(zh 1.00 / 0.99 -> 1.00 / 1.00, 461 parsed, fields 165 of 165; English figures identical); zh
one-line 0.87 / 0.96 -> 0.99 / 0.99 (one-line fields 154 -> 163 of 165); Chinese kinds right
406 -> 415 of 438 marked clauses. Left: the founding collection's posting 11 in one line (labels
glued to their values, 性别男女不限 年龄26岁…, are read only at a line start).
Round fourteen wrote eight more fictional English postings of trades and boards no earlier round
used (a plumber's Craigslist-style ad, a UX researcher on Workable, a first officer on an
airline's career site, a Hays agency logistics coordinator whose requirements are prose, a lab
technician on New Scientist Jobs, a chef de partie on Hosco, a civil engineer on MyCareersFuture
with its 'Skills' tags, a policy officer on APSJobs; five as one line) and marked them before
running the parser on them ("untouched14"): on main bfbc35e they measured 0.93 / 0.82 (79
parsed; one-line 0.82 / 0.85, 67 parsed; 68 clauses): the estimate for unseen English postings
after round thirteen's rules and the boundary reader.
Round fourteen then opened them for tuning ("tune14") and looked only for general mechanisms,
listing its own false requirements and those of rounds eleven to thirteen's unseen measurements
(their marks on d9c2dbd, aad8be1, 0eebfed). By cause: two items run together in one scraped line
(the largest share: '… or full ATPL Valid UK CAA …', '… coursework Catastrophe (CAT) deployment
experience', '… or equivalent HCPC registration'), page text after or inside the list (an
employer's details, a merit-pool notice, a company's sentence, a form's fields, benefits),
headings not known ('Eligibility', 'Licensure', 'Company info') and marking granularity. Two
mechanisms: a whole requirement run onto the end of another is an item of its own (tails.py: a
short capitalised phrase ending in what a requirement names, after a word that ends an item),
and page text of another register (a capitalised sentence whose full stop was lost opens an
item; a statement of the page or the employer that names nothing asked is boilerplate).
Replayed on the parser as each round stood (with and without them; recall unchanged in each):
round 11 0.74 -> 0.77 (one-line 0.66 -> 0.70), round 12 0.69 -> 0.73 (0.70 -> 0.78), round 13
0.65 -> 0.70 (0.73 -> 0.82); false requirements 73 -> 66 (one-line 66 -> 56) over the three.
On the bench: tune14 0.93 / 0.82 -> 0.93 / 0.87 (one-line 0.82 / 0.85 -> 0.82 / 0.88, with who
is considered for another post asking nothing), tune13
0.99 -> 1.00 (one-line 0.94 -> 0.97), tune11 0.97 -> 0.99; every other group unchanged. Tried and
dropped: a block under a heading-shaped line none of whose items names an ask (German and
SkillSpan skill lists lost clauses) and page-register features for the boundary reader (heading,
company voice, firm, price or question ahead: cross-validated clause figures unchanged). Left:
lower-case lists after a lead-in in the company's voice in one line ('We are looking for someone
who has: strong research …', lost whole), Hosco's 'Required languages' field, a skill-tag list
run into the page's company block ('… Microsoft Excel Company info Tembusu Consultants Pte.').
Round fourteen's follow-up let a lead-in that introduces what the candidate has, brings or is
("someone who has:", "you will have:", "will bring:") open a lower-case list in one line: tune14
one-line 0.82 / 0.88 -> 0.93 / 0.85 (67 -> 72 parsed, 59 -> 61 precise; its items still run
together), all English one-line 0.95 -> 0.96 recall, every other group and field unchanged.
Round fifteen (Chinese, "15z") wrote eight more blind ("untouched15z": written_zh_46-53, sites
and shapes no earlier posting used: a product-operations intern on 实习僧 with a 【加分项】 block and
"1.2026/2027届…", a retail 管培生 notice on 应届生求职网 in one line, a state-owned city-investment
group's 公开招聘公告 (报名条件 / （一）基本条件 / （二）岗位条件, full-width "1．"), a district CDC's
事业单位 notice with a table of posts under column names and a 户籍 condition, a CNC programmer on
BOSS直聘 in one line with "１．3年以上…", a legal specialist on 51job whose requirements stand as
points 4-7 of the 岗位职责 list, a food lab technician on 智联招聘 with a "项目 | 要求程度" star
table, a headhunter's PE investment manager on 猎聘 in one line with 【加分项】 and "，或…"
alternatives). On main d7cc563 it measured recall 0.60 (80 clauses), precision 0.87 (53
parsed), fields right 16 of 24 (one-line 0.60 / 0.88): the estimate for unseen Chinese postings
after round thirteen's rules, far under the held-back 0.90 / 0.93 because three postings lost
every requirement (two notices whose headings were not known, the duties list). The round then
opened it for tuning ("tune15z"; one marking slip corrected: '熟悉GB…标准，能独立完成…检测' is one
clause, as written_zh_13/17/31/40 keep '，能独立…'; with it the unseen figure is 0.59 of 79 /
0.89). Its faults by cause: a notice's condition headings (报名条件, 基本条件, 岗位条件 numbered
（一）) and its procedure and pay headings not known (2 postings, 23 clauses, 6 fields); a table of
posts under column names (3 clauses); a duties list that turns to requirements (1 posting, 7
clauses, 2 fields); a clause glued to the next point by a colon read as a lead-in, its 加分 making
the rest nice (2 missed); 【加分项】 not known (2 imprecise); a board's 截止日期 / 公司名称 lines
(2); the time a person commits after a comma joined as an elaboration (1); a rated table's header
and "|" borders (2). Beside the bench: points numbered （一）, who may not apply ("有下列情形之一的，
不得报名：…"), an age floor and ceiling in two conditions (18 to 35, was 18 to none), 户籍 and
身体条件 conditions flagged whole, a point number glued to a year or to 985/211, "，或…" as one
alternative requirement, a table of posts or a star table run into one line, and kinds (热情 /
逻辑 / 性格 qualities, a school's standing, 主导过… / 行业背景 / 担任…不少于N年 experience, 理工科背景
a major, a graded hands-on task such as 仪器操作 a skill, a student's level 硕士在读). Checked on
notices written beside the bench (tests/test_jd_notices_zh.py): a notice's numbered headings in
its own words ("二、应聘人员须具备的条件" opens the conditions, "三、报名办法" / "四、工资待遇" close
them), a pointer to its annex, 【联系顾问】 in one line. After the round's rules tune15z
measures 1.00 / 1.00 (82 parsed), fields 24 of 24, one-line 1.00 / 1.00; every other posting as
written parses exactly as before (zh without tune15z 1.00 / 1.00 on 438 clauses, 460 parsed,
fields 165 of 165; English figures identical), and in one line written_zh_20's and 27's star
tables read cleanly (tune9z one-line precision 0.99 -> 1.00); Chinese kinds as marked 0.89 ->
0.98 (465 clauses with tune15z; the 386 without it 0.98 as before, one more right: 财务分析).
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round fifteen (English) wrote eight more fictional postings of trades and boards no earlier round
used (a journeyman electrician on an Oracle Taleo requisition, a coffee shift lead on a BambooHR
career page, a network engineer's W2 contract on Dice with its 'Skills' line, a grant writer on
Idealist with 'Education:' and 'Level of Language Proficiency' fields, a refrigeration engineer on
CV-Library, a level designer's Upwork contract with 'Skills and Expertise' tags, a court
interpreter on a NEOGOV county page with 'Knowledge of:' / 'Ability to:' lines, an actuarial
analyst on eFinancialCareers with prose requirements; five as one line) and marked them before
running the parser on them ("untouched15"): on main 4deeb42 they measured 0.90 / 0.83 (81
parsed; one-line 0.95 / 0.83, 82 parsed; 80 clauses), the estimate for unseen English postings
after round fourteen's rules. The round then opened them for tuning ("tune15"). Its faults by
cause: headings not known (a posting's whole "What you'll bring" list lost where only "What you
bring" was known; 'Package', 'Supplemental Information', 'Bonus' inline: 6 missed and 9
false in the multi-line variants); a closing parenthesis read as an item's end before a word
that carries the sentence on ('(5:30am) and …', '(Spanish) by …') or after a number restated in figures ('four (4) years', also
taken for a point number '(4)'); an English skills block's clauses cut as space-joined skills
('Banking or financial' / 'services experience'); a job board's labelled fact ('Experience Level:
Mid-level'); a count of years after a full stop not opening a sentence; run-ons (', and
enrollment on …', ', including at least one …', a reason before the ask). Beside the bench:
'Master List' read as a master's degree, 'four (4) years' giving no years, 'at least …' items
read as an 'At <Company>' marketing opener (the pattern was case-blind). After the round's rules
(contraction forms of every heading; 'Package', NEOGOV's headings; job facts dropped; parentheses
that carry a sentence on; number words restated in figures; clause-shaped items of a skills block
kept whole, a comma piece of up to three words one skill; a count of years opens a sentence; the
company's voice inside brackets no boilerplate; ', including at least N …', ', and enrollment on
…' cut; a reason before the ask cut; 'Master List / Electrician' no degree) tune15 measures 1.00 /
0.99 (one-line 1.00 / 0.98); round fourteen's remaining faults by the same causes ('Company info'
and 'Eligibility' headings, 'Not sure you meet every requirement?', the right to work beside 'our
destinations') took tune14 from 0.93 / 0.87 to 0.94 / 0.94 (one-line 0.93 / 0.85 -> 0.94 / 0.91).
Every other group's recall as before or higher and its false requirements as many or fewer (some
postings have a requirement fewer where two precise pieces of one marked sentence became one, so
tune2 one-line shows 0.94 -> 0.93 with 4 false either way); all English 0.95 / 0.93 -> 0.96 / 0.94
(one-line 0.96 / 0.91 -> 0.96 / 0.93; false requirements 93 -> 74, one-line 114 -> 95). Left: an
actuary's ', and the commitment to continue studying …' (earlier marks keep '… and the ability
to …' whole, so no cut), Dice's and Upwork's skill tags under a heading lost in one line (recalled
on the bench only through other requirements), Hosco's 'Required languages' field, a first
officer's '… multi-crew Multi-Crew Cooperation (MCC) course completed ICAO English Language' run-on.

Round sixteen (Chinese, "16z") wrote eight more blind ("untouched16z": written_zh_54-61, sites and
shapes no earlier posting used: a city hospital's nurse notice with 报考条件, a relaxed age ("具有…3
年以上…经历的，年龄可放宽至35周岁") and a tab-separated 岗位表 after the procedure, a university's
teacher recruitment with conditions per post under numbered post sub-headings (（二）专任教师, 博士,
第一学历, papers, "近五年主持过…"), a multinational's bilingual posting on 领英 in one line with
English and Chinese headings, "- " items and an equal-opportunity line, an agency's three posts each
with its own ① list, a factory's 普工 ad in one line with glued numbering, a Taiwanese 104人力銀行
posting in traditional characters in one line (its 條件要求 fields after one space, 者佳), a 猎聘
posting in one line with 职位亮点 tags, "·14薪" and full-width numbering, a 斗米 part-time job in
one line). On main 4deeb42 (marks committed as a6f3c2c) it measured recall 0.81 (69 clauses),
precision 0.89 (79 parsed), fields right 17 of 24 (one-line 0.81 / 0.91): the estimate for unseen
Chinese postings after round fifteen's rules, under the held-back 0.90 / 0.93 because the
traditional-character posting lost every requirement (11 clauses, 2 fields). The round then opened
it for tuning ("tune16z"). Its faults by cause: traditional characters (1 posting, 11 clauses, 2
fields); post lines and numbered post sub-headings among several posts' conditions ("岗位二：仓库叉车
司机（3名）", "（三）副教授": 4 imprecise); ages in words ("一般不超过35周岁" read 35 to 35, "年满18周
岁" 18 to 18: 2 fields); a time window read as years ("近五年主持过…": 1 field); a relaxation's
condition cut from it and read as years (1 field); a table cut by tabs (2 missed); a pointer to the
table's conditions and "凡有下列情形之一者" (2 imprecise); a Chinese equal-opportunity statement (2);
who else is let in ("新手可学", 1). Beside the bench: commas inside brackets cut Chinese clauses
("(VLOOKUP, pivot tables)"), 专科护士 read as a degree. The round's mechanisms: a posting in
traditional characters is read through a one-for-one simplified fold (traditional.py, the `opencc`
package's conversion of each character) and given back in its own characters, with 104's field labels after one space,
大學 as the bachelor's level and 者佳 as a preference; zh_lines.py drops a post's own line and a
numbered sub-heading naming a post (in lines or run into one line), a pointer to the table, a
table's title and equal-opportunity lines; ages in words and a full-width dash; 近/过去 N年 is a
window; a clause ending in 的 joins what follows it; bracketed commas are masked; tables cut by tabs
are read by their columns. Probed beside the bench on shapes no posting of the round used (脉脉,
a campus 宣讲 page, a Hong Kong posting): 职位福利 chips, 网申地址 / 行程安排 lines, 中學會考或以上.
After the round's rules tune16z measures 1.00 / 0.99 (83 parsed), fields 23 of 24, one-line 1.00 /
0.99; every other posting as written or in one line parses exactly as before (zh without tune16z
1.00 / 1.00 on 517 clauses, 542 parsed, fields 189 of 189; English figures identical). Left: a
first degree's kind ("第一学历为全日制本科") read as the posting's floor beside 博士 (1 field), and
"具良好溝通協調能力，能獨立作業" kept as one clause by the "，能…" elaboration rule (1 imprecise).
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round sixteen (English) wrote eight more fictional postings of trades and boards no earlier round
used (an automation engineer on StepStone in English with 'Your profile' and 'Nice to have:' run
into the line, a fishery officer on Canada's GC Jobs with essential and asset qualifications and
conditions of employment, a librarian on a university HR page with minimum and preferred
qualifications, physical demands and supplemental questions, a payroll specialist's agency ad
reposted on Jooble, a quantity surveyor on Jobstreet, an HSE officer on Bayt.com with its
'Preferred Candidate' fields, a sales development representative on LinkedIn with 'Show more'
chrome, a pet groomer on Snagajob with a pay-transparency line; five as one line) and marked them
before running the parser on them ("untouched16", marks committed as 203fe4d): on main fe5ad86 they
measured 0.83 / 0.82 (79 parsed; one-line 0.85 / 0.82, 73 parsed; 72 clauses), the estimate for
unseen English postings after round fifteen's rules. The round then opened them for tuning
("tune16"). Its faults by cause (both variants counted: 23 missed, 27 false): headings not found
inside a line (after a number or a name, 'IEC 61131-3 Your profile', 'TwinCAT What we offer'; a
first word with a comma, 'Knowledge, Skills and Abilities') or not known ('Physical Demands',
'Posting Detail Information', 'Special Instructions to Applicants': 16 false); a board's block of
fields, labels above their values or run into one line (Bayt.com's 'Job Details' and 'Preferred
Candidate': 9 missed, 4 false); a lead-in without its colon ('… how you meet the following
(essential qualifications)': 4 missed, 4 false); run-ons ('… TIA Portal Confident with …', '… or
higher Driving licence class B', a closing quote before 'You have', 'Probationary QS is an added
advantage' read as a company's self-description, which ended the list: 8 missed, 3 false); 'You
have the right to work in …' read as what the job gives (2 missed); 'Must be 18 or older' read as a
skill, not flagged. Beside the bench, a bracketed preference ('(PyTorch preferred)', '(SaaS a
bonus)') made its whole clause nice, against the marks of four earlier postings. The round's
mechanisms: a heading of several words ends the item before it when that ends in a number, in
sentence case whatever it ends in; forms keyed by their first capitalised word; a single-word
heading heads its list before a bullet or a list of names cut by commas, and ends such a list
(Dice's '… Save Skills Cisco Catalyst, BGP, …, Python Overview …'); every heading with '&' for
'and'; a board's field block read field by field (board_fields.py: the label and its value one
clause of the kind the label names, certificates one each, the post's level dropped, gender, age
and nationality flagged); a colon-less lead-in ending in 'the following (…)' heads what the bracket
names; a bracketed aside that names something narrows a detail (the clause stays a must), one that
is only the word ('(preferred)') still makes it nice. Round fifteen's leftovers where a general
rule exists: Hosco's 'Required languages' heads its languages, a company's size line is chrome, a
passport or permit named by its place opens an item, a course completed ends one, 'English Language
Proficiency' is one name, 'Previous … experience' reads as a requirement (the first officer's
run-on), Dice's and Upwork's skill tags ('Skills and Expertise'); the actuary's ', and the
commitment to …' stays whole (earlier marks keep '… and the ability to …'). Probed beside the bench
on boards no posting of the round used (LinkedIn's criteria block, Workday, Greenhouse, Lever,
Reed, SEEK, iCIMS, Indeed, Naukri, Adzuna, USAJOBS, Tes, Monster;
tests/test_jd_scraped_round16.py): 'The ideal candidate will:' opens a lower-case list, and 'The
successful candidate will:' where what follows is what the candidate has or is (not duties), 'What
we need', 'Skills & experience', iCIMS' 'Minimum Education / Minimum Experience /
Licenses/Certifications', 'Pay Range', 'Employer questions', 'Why work with us' and Naukri's 'Job
highlights' headings ('… - 3 to 6 years - Pune | Naukri.com' had read as a run of requirements),
'Salary' before an amount, a pay statement run into the last item, 'Bonus if you …' cut from the
must before it, an age floor in 'years old' ending its clause, a count of years keeping the name
its 'of' leads into ('3+ years of residential HVAC service experience'), a heading of several words
after an acronym, a sign-on bonus, a level of the post alone ('Experienced'), 'None required' and
'There is no substitute of education …' asking nothing. After the round's rules tune16 measures
1.00 / 0.98 (84 parsed; one-line 1.00 / 0.98); tune14 0.94 / 0.94 -> 0.99 / 0.99 (one-line 0.94 /
0.91 -> 0.99 / 0.96), tune15 81 parsed where 67 were (its skill tags; precision 0.99, one-line 0.98
-> 0.99); tune9 0.98 -> 0.99 (one-line 0.97 -> 0.98: 'Must be at least 23 years old Clean MVR');
every other posting parses as before except four musts now as marked ('(PyTorch preferred)') and
the SAP consultant's requirements in text order (the same set); Chinese figures identical. All
English without tune16 0.961 / 0.944 -> 0.963 / 0.948 (one-line 0.964 / 0.926 -> 0.966 / 0.930;
false requirements 74 -> 70, one-line 95 -> 91; missed 49 -> 46, one-line 45 -> 42). Left: a
learned cut inside "Bachelor's Degree in …", Upwork's tags cut inside names ('Unreal' / 'Engine'),
'Computer literate (MS Office)' under a 'Skills' heading read as bare names, GC Jobs' 'Degree
equivalency' link. With it tuned on, the held-back set is again the only estimate for unseen
English postings.

Round seventeen (Chinese, "17z") wrote eight more blind ("untouched17z": written_zh_62-69, sites and
shapes no earlier posting used: a carpenters' crew on 鱼泡网 in one line under 招工要求 with
numbering glued to the next clause, a pharma firm's 医药代表 call in a WeChat 公众号 article with
emoji bullets, a port group's 国企 社会招聘公告 in one line with its 岗位表 run into the text, a
university lab's postdoc call whose conditions are a prose paragraph, an accounts clerk on Hong
Kong's JobsDB in traditional characters with bilingual headings, a county's 事业单位 notice whose
post table is labelled lines with 专业 codes, a 育婴师 on 赶集网 in one line, a foreign-trade post
shared from the 前程无忧 app in one line asking in a "我们希望你…" paragraph). On main fe5ad86
(marks committed as b769482) it measured recall 0.79 (77 clauses), precision 0.75 (63 parsed),
fields right 20 of 24 (one-line 0.71 / 0.72): the estimate for unseen Chinese postings after round
sixteen's rules, two postings losing every requirement. The round then opened it for tuning
("tune17z"; one marking slip corrected: '具有良好的英文读写能力和团队合作精神' is one clause, as
written_zh_6 keeps '…能力和团队合作精神'; with it the unseen figure is 0.79 of 76 / 0.75). Its faults
by cause: a crew's heading (招工要求) not known (1 posting, 7 clauses, 1 field); requirements asked in
a description's prose under no heading (1 posting, 9 clauses, 2 fields); a table of posts whose
cells a scraper cut by single spaces (5 imprecise: rows run together); a post table written as
labelled lines (a post's own fields 岗位代码 / 招聘单位 / 岗位名称, two fields on one line, a footer's
附件下载, a pointer to "岗位所需的…资格条件": 5 imprecise; in one line the second post's fields ran
into its own field line and were lost, 6 clauses); "，能独立… / ，能操…" after a quality joined as an
elaboration (3 imprecise, with round 16z's '具良好溝通協調能力，能獨立作業'); Hong Kong's 中五 floor
(1 field) and '應屆畢業生亦會考慮' (1); the company's offer after a relaxation ('公司提供系统培训', 1);
in one line a postdoc's 岗位待遇 and 申请方式 headings (4). The round's mechanisms: 招工要求 /
招工条件, 岗位待遇, 申请方式 headings; prose.zh_prose_asks reads a Chinese description that lists
nothing from the employer's wish ("我们希望你 / 期待您…", not "希望你加入") to its paragraph's end as
qualifications, the reader's address ("你需要…") dropped from the clause (unheaded.py now holds the
steps that find requirements under no known heading); column_tables reads a table cut by single
spaces from a header opening with the rows' number or code column; a post's own fields and a
notice's footer lines are page fields, a field line holding a second field is cut in two, 学位要求
is an education label and a major's label names no language; a pointer to the post's own
conditions asks nothing (not "具有岗位所需的专业知识", which asks); "能独立 / 能操 / 能讲…" after a
quality (能力, 精神, 责任感 …) and "能看懂…图" anywhere open a requirement of their own, while after
a skill or experience "，能独立完成…" still says how far it goes; a first degree's kind below the
posting's floor is no floor (round 16z's 第一学历 beside 博士; the verdict still reads its level
from the text) and "获得博士学位不超过N年" is a date condition; pictograph and check-mark bullets (✅
🔹); 中五 / 中六 as secondary school; "…亦会考虑", "特别优秀者可适当放宽" and what the employer
provides ask nothing; a Chinese hedge in brackets ("（专八…更佳）") keeps the clause a must; a
crew's "身体好，无…病" is a flagged health condition. Probed beside the bench on shapes no posting of
the round used (a Hong Kong list under 入職要求, a Macau one-liner ending in "薪酬：MOP 15,000", a
"你需要：" lead-in against "你需要负责…", a spaced table with post codes, WeChat arrows): 入职要求 /
申请条件 and bare 薪酬 / 薪资 headings, 中學會考程度或以上, a post's own line left as an item. Beside
the bench, kinds: working alone a competency, what was done (带过… / 做过…) experience, 会做… a skill
(bench_jd_kinds marked zh, 610 clauses with tune17z, kind 0.91 -> 0.96 from main). After the
round's rules tune17z measures 1.00 / 1.00 (81 parsed), fields 24 of 24, one-line 1.00 / 1.00;
tune16z 1.00 / 0.99 -> 1.00 / 1.00 and fields 23 -> 24 of 24 (its two leftovers); every other
posting as written or in one line parses exactly as before (requirements, flags and fields
compared with main's; English figures identical); all zh 0.97 / 0.97 -> 1.00 / 1.00 (707 parsed),
fields 232 -> 237 of 237. Left: 博士后 read as a doctorate in "具有1年以上海外博士后…经历者优先"
(vocab's degree words are shared with the résumé parser, where a postdoc holds one) and
"持有會計文憑…者優先" read as kind other, not a certificate.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round seventeen (English) wrote eight more fictional postings of trades and boards no earlier round
used (an arborist on Trade Me Jobs with a cookie banner, a full-charge bookkeeper on a JazzHR page
with its application form and screening question, a solar installer on Breezy HR with 'Bonus
Points', a senior copywriter on Welcome to the Jungle in English with 'Experience: > 5 years' /
'Education:' header fields and requirements in prose, a sonographer on Health eCareers with
'Education:' / 'Licensure/Certification:' labels, a teaching assistant on Eteach under 'The
successful candidate will have:' in lower case, a freight dispatcher on a Paylocity page, a
dietitian on IrishJobs.ie with essential and desirable criteria; five as one line) and marked them
before running the parser on them ("untouched17", marks committed as a333b2c): on main 7723a16
they measured 0.90 / 0.80 (51 parsed; one-line 0.86 / 0.77, 47 parsed; 59 clauses), the estimate
for unseen English postings after round sixteen's rules. The round then opened them for tuning
("tune17"). Its faults by cause (both variants counted: 14 missed, 21 false): a lead-in not read
('The successful candidate will have:' was taken for one that leads into duties: one posting's
whole list, 12 missed); a lead-in found inside a run whose cue stood far from its colon ('RVT
required within 12 months of hire Current BLS … Association Experience:': 2 missed); labels
with a slash kept in the clause ('Licensure/Certification:', 2 false); headings not known ('Work
Environment', 'Compensation & Perks': 7 false); run-ons (a citizenship by its place, an
Associate's degree after a name, 'Bilingual' after an acronym, 'Spanish speaker' after a
certificate's name, ', and your book shows …': 8 false); a company named in four words
cut before 'Center is an Equal Opportunity Employer' (1); a reason after the ask (', as the role
involves home visits', 2); a page's buttons after a header field ('Apply Save', 1). The round's
mechanisms: 'will have:' after 'The successful candidate' says itself what follows; a lead-in
cut from inside a run ends within six words of its cue; field labels may hold a slash, and a
label word ('Experience:', 'Education:', 'Licensure:' …) opens an item after a name of three
capitalised words (after one or two they are the label's own: 'Supervisory Experience:');
'Work Environment' is the page's, offer blocks of two words ('Compensation & Perks', 'What we can
offer you') are headings; a citizenship or residence named by its place, an Associate's degree
(also after an acronym) and 'Bilingual' / 'Valid' / 'Current' after an acronym open an item; in a
lower-case run a floor's 'or above / or higher' ends an item, ', and your book / portfolio' opens
one, 'the ability to' after any word but a verb's forms opens one, a name in capitals after
'qualification' / 'diploma' opens one; a company's name of four words before 'is an …' stays whole; a reason after ', as the role … /
as you will …' and trailing buttons are cut; 'is helpful', 'would be lovely', 'isn't essential'
and "we'd love" hedge (written_en_grant_writer's 'helpful but not required' now nice, as
marked); a job board's header field of the years asked ('Experience: > 5 years') is an
experience requirement wherever it stands (a count's unit, '2-5 Years', no heading's modifier);
a speaker of a language opens an item after a name, not after 'native'; in a lower-case run an
article before adjectives cut by a comma opens an item ('… autism a calm, patient approach'), a
hedged tail counts its words to its noun and a mixed-case name ends the item before it ('… the
SENCo Team Teach or similar … training would be an advantage'). Round sixteen's leftovers where a
general rule exists: 'essential' ends its clause as 'required' does, a poster's 'Information on
…' link is chrome (GC Jobs), a skills block's item that says how well ('Computer literate (MS
Office)') is one clause, 'Engine' ends a name ('Unreal Engine'). Probed beside the bench on
boards no posting of the round used (Workday, Greenhouse, Totaljobs, SEEK NZ, Indeed UK,
SmartRecruiters, USAJOBS, Reed, iCIMS, Glassdoor, Workable, a staffing agency;
tests/test_jd_scraped_round17.py): 'Essential:' heads its list as 'Desirable:' does and Indeed's
'Full job description' is a heading (an Indeed UK person specification was lost whole), a heading
of words cut by a slash ('Licenses/Certifications') ends the item before it, more bare verbs
open an item of an 'if you:' list ('Communicate', 'Keep' …; not 'Own', which would cut a clause a
person gave, 'Comfortable working outdoors … Own reliable vehicle'). After the round's rules tune17 measures 1.00 / 1.00 (61 parsed; one-line
1.00 / 1.00, 60 parsed); tune16 precision 0.98 -> 0.99 (both variants), tune14 one-line one more
precise requirement (written_en_policy_officer's 'preferably in the public sector' cut from 'the
ability to …'), tune15 and tune16 a requirement fewer each (the skill tags); every other posting
parses as before (requirements and flags compared with main's; written_en_physiotherapist's the
same set in another order). All English without tune17 0.965 / 0.950 -> 0.965 / 0.950 (false
requirements 72 -> 71; one-line 0.968 / 0.933 -> 0.968 / 0.933, false 93 -> 92), Chinese figures
identical. Left: Indeed's screening answers marked in lower case ('(required)': read case-blind,
written_en_line_cook lost 'French is an asset' and 'Team player …', which it keeps only because
the answers stand after them), a job board's Title Case labels run into a list's last item
('… attitude Job Types: Full-time Pay: …'), 'Experience' as a heading (it cut 'Hands-on
Experience:' and 'Experience with …' items apart in 33 postings), WTTJ's 'Preferred experience'
read as nice-to-have (the heading means that elsewhere), kinds of certificates whose label was
cut ('RDMS (AB) required' read as a skill), USAJOBS' Selective Service registration read as a
skill.
With it tuned on, the held-back set is again the only estimate for unseen English postings.

Round eighteen (Chinese, "18z") wrote eight more blind ("untouched18z": written_zh_70-77, sites and
shapes no earlier posting used: a German-owned supplier's SQE on 中华英才网 with bilingual headings, a
heavy-machinery group's campus call on 智联校园 with 【招聘对象】 and a header of facts, a city
hospital's doctors' notice whose 岗位表 runs in one line keyed by post names, a Macau hotel's front
desk in traditional characters in one line, a recommender intern on 牛客网 in one line, a
province's 公务员 notice whose posts are records of labels before their values, a property
maintenance worker on 大街网 in one line, an engineer's 内推 post on 脉脉 asking in a chatty
paragraph). On main 7723a16 (marks committed as 83c34c6) it measured recall 0.79 (87 clauses),
precision 0.81 (74 parsed), fields right 21 of 24 (one-line 0.72 / 0.84): the estimate for unseen
Chinese postings after round seventeen's rules, one posting losing every requirement again. The
round then opened it for tuning ("tune18z"). Its faults by cause: a lead-in in the poster's own
words ("简单说下要求吧：", 1 posting, 12 clauses, 2 fields); a table of posts cut by single spaces
whose header opens with the post's name, not a number or code (4 imprecise; in one line 11
missed); a civil-service post's record of labels and values with no colon ("职位代码 … 学历 本科及
以上 学位 … 政治面貌 中共党员 基层工作最低年限 两年": 5 missed, 1 field) under unknown numbered headings
("二、不得报考的情形", "三、职位信息": 3 imprecise) and a pointer to "the other conditions the
employer sets" (1); a campus call's 【招聘对象】 (1 missed) and its header of facts ("工作地点：… 学历：
本科/硕士 发布时间：…", 1); a glued 专业 label read past its clause ("专业课成绩优良，有…、…者优先"
read as a nice major, 2); "会…、能独立…" as one clause (1); Macau's "應屆畢業生亦歡迎" and
"所有個人資料只作招聘用途" (2). The round's mechanisms: a Chinese lead-in before a colon with a
particle after 要求 or a speaking or addressing word before it heads the requirements (not a
field's label, "学历要求："); a social post's tags, counters and "相关推荐" are chrome; column_tables
reads a spaced table keyed by post names from its head-count column; zh_lines.labelled_records
cuts a line of four labels or more into a field a line (基层工作最低年限 years, 政治面貌 read by its
words); a notice's numbered heading over its posts' records heads their fields, one naming who may
not apply heads the exclusions; a page's header of facts from 工作地点 / 发布时间 on states no
requirement; a glued label reads to its clause's end only; "、能独立…" opens a clause of its own;
"…亦可报名", "…亦欢迎", "无限制" ask nothing; 福利： closes the list; "…更好" at a clause's end is a
nice-to-have; "…身体条件和心理素质" is flagged whole. Round seventeen's leftovers and kinds beside
the bench: 博士后 before 经历 / 经验 is a postdoc's record, no floor (vocab still gives a résumé's
postdoc the doctorate); a diploma held ("持有…文憑…者優先"), a professional title (职称) and a
qualifying exam passed are certificates; a language typed ("懂中英文打字") a skill; a resident's ID
card a condition (other); 葡语 / 西语 / 越南语 / 泰语 / 印尼语 / 马来语 languages (with their words in
both reader catalogs); 严谨 / 道德 / 靠谱 competencies; 写过 / 搭建过 / 做过… experience; an award won
(获奖经历) no experience; "会水电安装" and "能独立排查…" skills; probed on snippets written beside
the bench (tests/test_jd_notices_zh18.py: "对你的要求：", a named table in one line, a record with
研究生 / 硕士, 招聘对象 with "亦可报名"). After the round's rules tune18z measures 1.00 / 1.00 (93
parsed), fields 24 of 24, one-line 1.00 / 1.00; every other posting parses as before except tune11z
one-line's "有团队合作精神" cut from "福利：…" (recall 0.99 -> 1.00) and five clauses now of their
marked kind (tune16z's 职业道德, 师德…学术道德 and 越南语, its postdoc's 优先 no longer an education
floor: 84 -> 83 parsed; tune17z's 會計文憑); zh without tune18z 0.997 / 0.999 (706 parsed; one-line
0.994 -> 0.995 / 0.994), fields 237 of 237; English figures identical; Chinese kinds as marked
(bench_jd_kinds, 697 clauses with tune18z) 0.91 -> 0.97. Left: "取得执业医师资格证，执业范围为内科或外科"
cut in two (the scope narrows the licence), "熟悉IATF 16949体系及五大工具" a skill where marked
knowledge, "服从公司区域分配" a competency where marked other, 政治面貌's value kept without its label.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.

Round nineteen (Chinese, "19z") wrote eight more blind ("untouched19z": written_zh_78-85, sites and
shapes no earlier posting used: a café's 小红书 note with emoji bullets under "对你的小期待：", a
second post's years in brackets and comments below it, a 抖音 caption with its 抖音招聘 job card in
one line, a 军队文职 招考公告 with 基本条件 / 资格条件 / （三）不得报考的情形 and a "|" post table, a
Taiwanese 1111人力銀行 posting in traditional characters in one line, a 人才市场 招聘会 booth record of
three posts, a 劳务派遣 agency's 众包 rider ad in one line, an OCR'd factory poster whose lines break
inside clauses, a Japanese-owned firm's bilingual posting on a regional 人才热线 in one line with each
point in English, then Chinese). On main 9cd6b4a (marks committed as d7df760) it measured recall
0.78 (91 clauses), precision 0.88 (91 parsed), fields right 19 of 24 (one-line 0.78 / 0.88, 81
parsed): the estimate for unseen Chinese postings after round eighteen's rules, two postings losing
every requirement again. The round then opened it for tuning ("tune19z"). Its faults by cause: a
board's field names not known (1111's 求职条件 / 学历限制 / 科系限制 / 电脑专长 / 专业凭证 / 附加条件: 1
posting, 10 clauses, 2 fields); a social lead-in with a word before 期待 (1 posting, 9 clauses, 1
field); a poster's lines broken inside clauses (its years and age range read from the pieces, 2
fields; the pieces recalled only by the bench's half rule); a post's own line numbered with its
head count ("二、机修工 2名", "2. 装配钳工  5人  6000-8000元/月": 3 imprecise); a notice's exclusions
under a bracketed number, its "三、招考岗位" heading and a pointer to each post's "学历、专业和技能条件"
(6 imprecise); a bilingual item's English sentence run into its Chinese one (2); an employer's
aside in brackets that made the ask an offer ("有电动车或可租车（公司提供租车渠道）", 1 missed). The
round's mechanisms: 1111's field names beside 104's in labels.BOARD_FIELDS (不拘 asks nothing, a
certificate field's value a certificate); "对你的…期待：" with a word between; a social post's
comment section ("共 N 条评论") a block of its own, its edit stamp and "私信" chrome;
zh_lines.wrapped_lines joins the lines a print's width broke (in a text with two lines or more
ending in a comma, or one in a cut range: a line that runs on, into a line that goes on with the
text, not into a numbered item, a field or an unmarked list line); a numbered post line with its
head count is a post's own line; "（三）不得…的情形" heads exclusions; "三、招考岗位" alone on its line
is the notice's; a pointer's 技能条件; an English sentence's full stop before Chinese ends a
clause, and a clause of three English words with no Chinese is read as English; a Chinese aside in
brackets is left out when judging an offer; a bracket stating another post's ask ("（店助需2年以
上，…）") is its own clauses and a post's bare count of years is experience; a medical standard met
("身体条件符合…体检标准", "体检合格") is a flagged health condition, not the check a job pays for.
Kinds beside the bench: 熟练使用 a tool, 会…, reading drawings, "能独立处理…故障" skills; a sense
(镜头感好), drive (上进心), quick hands, a liking for people competencies; a clause naming whom it is
about ("报考…岗位的，须取得…证书") typed on what it asks; a certificate field's value a certificate;
初中 schooling education with no level (under the scale: the field is the lowest level on it).
Probed on postings written beside the bench (tests/test_jd_notices_zh19.py: another 1111 posting,
a baker's note with comments, a poster with a range cut at a line's end, a fair's booth with three
posts, a fire brigade's notice, a bilingual German-owned firm's posting, a courier's ad). After the
round's rules tune19z measures 1.00 / 0.99 (98 parsed), fields 24 of 24, one-line 1.00 / 0.99;
every other posting as written or in one line parses as before (requirements, flags and fields
compared with main's) except four clauses now of their marked kind (written_zh_56's English
competency, three English "read blueprints / drawings" skills); zh without tune19z 0.997 / 0.999
(799 parsed; one-line 0.996 / 0.995), fields 261 of 261; English figures identical; Chinese kinds as
marked (bench_jd_kinds, 788 clauses with tune19z) 0.93 -> 0.97. Left: "会手冲和意式出品，能稳定打发奶
泡拉花" kept whole by the "，能…" elaboration rule (marked as two skills; earlier marks keep
"精通川菜，能独立出品" whole), "热爱国防…，志愿献身…" cut in two where marked one, "无犯罪记录" read as
a requirement where marked as a flagged condition (no background condition is flagged in Chinese).
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.

Round twenty (Chinese, "20z") wrote eight more blind ("untouched20z": written_zh_86-93, sources and
shapes no earlier posting used: a cold-chain firm's 今日头条 post with two posts under 【…】 and the
article's chrome, a university 就业信息网 宣讲会 notice in one line with its posts' rows and 应聘条件, a
hospital's 住院医师规范化培训 招收简章 with 招收对象 and 报名条件, a headhunter's WeChat message in one
line with 硬性要求 numbered "1）", 加分项 and whom it will not consider, a 飞书 shared document of two
posts with "| 部门 | … |" fact rows under 岗位信息 and "我们希望你" lists, a Hong Kong CTgoodjobs posting
in traditional characters in one line, a Singapore Chinese classified in one line bulleted by spaced
middle dots, a 国企 社会招聘公告 whose post table was pasted from a PDF one cell a line). On main
1b5ddc4 (marks committed as 3a080ba) it measured recall 0.70 (82 clauses), precision 0.78 (67
parsed), fields right 19 of 24 (one-line 0.83 / 0.81, 75 parsed): the estimate for unseen Chinese
postings after round nineteen's rules, two postings losing every requirement again. The round then
opened it for tuning ("tune20z"). Its faults by cause: an addressed wish alone on its line over a
list ("我们希望你", 1 posting, 13 clauses, 2 fields; in one line the heading kept as a requirement and
the comments' chrome); a headhunter's heading not known ("硬性要求：", 1 posting, 7 clauses, 2 fields)
and its sign-off and referral talk (4 imprecise); a post's title numbered in words at a list's end
("二、前端开发工程师") and a bracketed name with its head count ("【叉车司机】3名", 1 each); spaced middle
dots as bullets in one line (3 imprecise, a citizenship preference unflagged); a table pasted from a
PDF a cell a line (its units and post names: 4 imprecise); "招收对象" not known (2 missed), "且年龄不超
过35周岁" read as an elaboration (1), "能按期取得…" joined to the degree (1), "无传染病史" cut before
史 and 身心健康 not flagged; 學位或以上 no floor (1 field); a campus talk's posts' rows under
"招聘岗位", each post's degree and major after its head count (3 missed); whom a clause describes
named after it ("…，需要接受培训的人员", 1 imprecise). The round's mechanisms: _ZH_LEAD_IN takes
the poster's wish addressed to the reader alone on its line or before a bullet; 岗位信息 is a post's
facts; zh_lines reads a title numbered in words (a job title as a résumé's entry names one, nothing
asked) and a bracketed name with its head count as a post's own line; a spaced middle dot after a
colon or a space is a bullet and a point numbered in words after a space opens an item; 招收对象,
硬性要求 and 硬性条件 head requirements; "感兴趣的话", "微信同号", "欢迎推荐", "推荐成功" and what the
employer applies for ("可申请…") are boilerplate, a clause ending in 优先 still asks; a citizenship or
PR preferred is flagged (national origin); "且年龄 / 且性别…" opens a clause; "，能按期取得…" is a
condition of its own; "不考虑 / 不接受 / 谢绝…" is a must after 加分项; 身心健康 and 无传染病史 are
health conditions; 学位或以上 is a bachelor's; column_tables.cell_lines puts a table pasted a cell a
line back a row a line (a header of four known columns or more opening with 序号 / 编号 / 岗位代码; 招
聘部门 a post's own column); posts' rows under no header, each with its number, name and head count
and then its degree and major in cells cut by spaces, give each post's degree and major (two rows
or more; 不限专业 asks nothing); whom a clause describes named after it ("…，需要接受培训的人员") asks
nothing of its own. Probed on postings written beside the bench (tests/test_jd_notices_zh20.py: a
shared document as written and in one line, an article's bracketed post lines, a classified bulleted
by spaced dots, a headhunter's message, a PDF table a cell a line, a trainees' call, a campus
talk's post rows). After the round's rules tune20z measures 1.00 / 0.99 (85 parsed), fields 24 of
24, one-line 1.00 / 0.99; every other posting as written or in one line parses exactly as before
(requirements, flags and fields compared with main's) except written_zh_55's 身心健康, now flagged as
marked; zh 1.00 / 1.00 (981 parsed; one-line 1.00 / 0.99), fields 309 of 309; English figures
identical; Chinese kinds as marked (bench_jd_kinds, 870 clauses with tune20z) 0.93 -> 0.97, the 788
before it unchanged. Left: "英语通过CET-6，能阅读英文技术文档" kept whole by the elaboration rule where marked as
two (the rule's own example, "英语四级，可进行简单英文邮件往来", keeps such a pair whole).
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.

Round twenty-one (Chinese, "21z") wrote eight more blind ("untouched21z": written_zh_94-101, a
game studio's 微博 post under "➤ 关于你：", a crewing agency's one-line ad with sea time in months,
an airline's 乘务员 简章, a Hong Kong civil-service post in traditional characters, a text message,
a livestock board's vet, a one-line scrape with its tags and entities left in, a railway's 简章
printed from PDF with page numbers and running heads inside its lists). On main e4f1a1c (marks
committed as 3c93402) it measured recall 0.85 (65 clauses), precision 0.83 (84 parsed), fields
20 of 24 (one-line 0.85 / 0.82, 80 parsed). Opened for tuning ("tune21z"), its faults by cause and
the round's mechanisms are in docs/measurements.md (关于你 headings, markup_left, page_numbers,
bracket-numbered condition groups, "，能在…前取得…", a bracketed nice-to-have, text-message and
start-date boilerplate, DSE grades, "申請人必須──", 实职 service, a gendered age flagged); after
them tune21z measures 0.97 / 0.98 (one-line 0.97 / 0.96), fields 24 of 24, every other posting
parsing exactly as before.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.

Round twenty-two (Chinese, "22z") wrote eight more blind ("untouched22z": written_zh_102-109, a
水木社区 BBS post with its header and signature, a 快手 card numbered in full-width digits glued to
its years, a 斗米 part-time tutor with its fields cut by "|" and "·" glued to its points, a 家政
platform's elder-care worker under "招募要求" numbered 一、二、, a 社区工作者 notice with （一）（二）…
in one paragraph, a school's post table pasted from a spreadsheet with tabs, a LinkedIn posting in
Chinese in one line, a 店长直聘 card numbered ❶❷ run together). On main c2b17fa (marks committed as
19cc64b) it measured recall 0.86 (63 of 73 clauses), precision 0.88 (57 of 65 parsed), fields 21 of
24 (one-line 0.85 / 0.84, 61 parsed). Opened for tuning ("tune22z"); its faults by cause and the
round's mechanisms are in docs/measurements.md (招募 / 上岗 headings, points numbered in words at a
line's start, dingbat numbers, LinkedIn's fold and viewer link, a gender label in a "|" field line,
a spreadsheet row's empty last cell, 高中 before what is taught); after them tune22z measures 1.00 /
1.00 (81 parsed), fields 24 of 24, one-line 0.97 / 0.99, every other posting parsing exactly as
before.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round 23z (Chinese) wrote eight more blind ("untouched23z": written_zh_110-117, a V2EX Markdown post, a
豆瓣小组 post, a 钉钉 群公告 with a 接龙, a 建筑英才网 cost engineer in one line, a 518熊班 dental assistant in
traditional characters in one line, a 公益性岗位 notice with nested numbering, an ATS CSV export, a
voice message transcribed). On main d1e5f07 (marks committed as 0284732) it measured recall 0.79
(63 clauses), precision 0.78 (64 parsed), fields 19 of 24 (one-line 0.78 / 0.81, 59 parsed).
Opened for tuning ("tune23z"); its faults are listed in docs/measurements.md; its one rule ("需要你"
as a heading) brought tune23z to 0.90 / 0.77, fields 21 of 24, every other posting as before.
Round 24z (Chinese) wrote eight more blind ("untouched24z": written_zh_118-125, a 职友集 aggregator
page, a headhunter's e-mail, an OCR'd poster with letter-spaced words and clauses broken across
lines, a 百姓网 classified ad asking in prose, a 猪八戒网 freelance brief, a 简章 table flattened one
cell per line, a clinic's page machine-translated from English, a CakeResume card in one line). On
main b00a548 (marks committed as bc4a3a2) it measured recall 0.47 (51 clauses), precision 0.66 (41
parsed), fields 17 of 24 (one-line 0.47 / 0.79, 33 parsed): four postings lost every requirement to a
heading not known. Opened for tuning ("tune24z"); its faults and the round's mechanisms are in
docs/measurements.md (a label set apart over points that ask heads them; a heading's bracketed
modifier; letter-spaced words; a classified ad's "招…，要求…"; similar-post blocks, button runs and an
e-mail's sign-off end a posting); after them tune24z measures 0.98 / 1.00 (56 parsed, one-line the
same), fields 24 of 24, and with round 23z's leftovers tune23z 0.98 / 0.91, fields 22 of 24; every
other posting parses exactly as before.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round 25z (Chinese) wrote eight more blind ("untouched25z": written_zh_126-133, a university's faculty
公告 with 学科方向 and a 师资博士后 post, a 抖音 主播 ad, a 外卖骑手 station poster, a Macau 開考通告, a 国企
公告 printed from PDF with a running head at every page break, a 企业微信 内推 message, a QQ群 公告 in
【】 blocks, a 兼职猫 gig in one line). On main 4fa6329 (marks committed as 7ce632b) it measured recall
0.98 (56 of 57 clauses), precision 0.72 (59 of 82 parsed), fields 23 of 24 (one-line 0.98 / 0.78, 76
parsed): recall held, precision fell to what follows the list (a notice's procedure and pay, a
poster's benefits, a chat's file line, a running head). Opened for tuning ("tune25z"); three pairs
its marks had cut were joined to the collection's convention (57 -> 54 clauses; main then 0.98 /
0.77). Its faults and the round's mechanisms are in docs/measurements.md; after them tune25z
measures 1.00 / 1.00 (65 parsed, one-line the same), fields 24 of 24, and with earlier leftovers
tune24z 1.00 / 1.00, tune23z 0.98 / 0.93; every other posting parses exactly as before.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round 26z (Chinese) wrote eight more blind ("untouched26z": written_zh_134-141, a 看准网 post page with
its interview and employee reviews, a 会计师事务所's careers page, a 地铁 operator's 校招 page of two
posts, a 贴吧 thread whose posts each have a line ("招…N名：…"), a Malaysian Chinese paper's classified
in one line ("条件： • …", SPM), a museum's 公众号 article with "▍" sub-headings and its "长按识别二维码"
tail, a 知乎 answer with 硬性要求 / 加分项, a 丁香人才 page with 职称要求 / 执业要求 fields). On d552602's
parser (marks committed as 9d7c87d) it measured recall 0.79 (56 of 71 clauses), precision 0.98 (58 of
59 parsed), fields 19 of 24 (one-line 0.79 / 0.93): two postings asked under labels or lines the
parser did not know and lost every clause. Opened for tuning ("tune26z"); its faults and the round's
mechanisms are in docs/measurements.md; after them tune26z measures 1.00 / 1.00 (73 parsed, one-line
the same), fields 24 of 24; every other posting parses exactly as before.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.
Round 27z (Chinese) wrote eight more blind ("untouched27z": written_zh_142-149, a 外企's bilingual
careers page whose Chinese half asks, a 律所's 招聘启事 with 执业资格, a headhunter's 朋友圈 post with
"✅要求：", tags, stamp and likes, a university's 辅导员 公告 with 政治面貌, a 乡镇卫生院's notice whose
post table has a row a line cut by single spaces, an Australian Chinese board's classified, a 旺旺
chat log, a 农商银行's 社招 公告 with a certificate list). On main 43c2bba's parser (marks committed as
cc1e122) it measured recall 0.91 (77 of 85 clauses), precision 0.82 (70 of 85 parsed), fields 19 of
24 (one-line 0.91 / 0.94, 79 of 84): one post lost its list to a heading with a check mark glued to
it, and a chat's next messages and a spaced table's rows were read as asks. Opened for tuning
("tune27z"); its faults and the round's mechanisms are in docs/measurements.md; after them tune27z
measures 1.00 / 1.00 (90 parsed, one-line the same), fields 24 of 24; of every other posting only
two licence clauses changed, each now as its mark has it.
With it tuned on, the held-back set is again the only estimate for unseen Chinese postings.

Round eighteen (English) wrote eight more fictional postings of boards no earlier round used (a sous
chef on jobs.ch in English with 'Your profile' and a work permit, a backend developer on Jobindex in
English in 'You have …' lines, a heat-pump technician on a Personio page with 'Nice to have' and its
application form's screening question, a dental nurse on Teamtailor with its field block, a bike
mechanic on Recruitee with '- ' items and 'Bonus:', a casework officer on Civil Service Jobs with
essential and desirable criteria, the Behaviours and Technical skills it assesses and its
nationality groups, an occupational therapist on an NHS Trust's page with a person specification
grid 'Criteria | Essential | Desirable | Assessed by', a DevOps engineer on Remote OK with tags,
emoji and its anti-spam word; four as one line) and marked them before running the parser on them
("untouched18", marks committed as cd1a9f5): on main 9cd6b4a they measured 0.92 / 0.86 (66 parsed;
one-line 0.89 / 0.82, 65 parsed; 64 clauses), the estimate for unseen English postings after round
seventeen's rules. The round then opened them for tuning ("tune18"). Its faults by cause (both
variants counted: 12 missed, 21 false): a person specification grid with a label and an
assessment column (4 missed, 8 false); Civil Service Jobs' Behaviours heading and "We'll assess you
against these behaviours …" lead-in (6 missed, 1 false); '(essential)' beside an offer's word
('dental', 2 missed); the page's blocks in one line (a lead-in made by 'Nationality requirements',
NHS Jobs' 'Certificate of Sponsorship': 3 false); '… is not a requirement' (2); run-ons (5);
pictograph-bulleted benefits (2). The round's mechanisms: sections.spec_grid reads a grid's
essential and desirable columns as rows, in lines or by the cells' places in one line; 'Behaviours'
and an 'assess you against' lead-in head the requirements and a Title Case run of behaviours is
cut before each capitalised -ing word; the civil-service and NHS page blocks are the page's and a
lead-in opening with one yields to it; '(essential)' asks, '… is not a requirement' does not; a
bare 'helpful' after a name hedges and ends its clause; 'Confident using' opens an item; a
pictograph after a heading is its list's bullet; '(e-)bikes' and '4 days a week, …' stay whole
(tests/test_jd_scraped_round18.py probes each on postings written beside the bench). After the
round's rules tune18 measures 1.00 / 0.98 (64 parsed; one-line 1.00 / 0.98); every other posting
parses as before (texts, musts, flags) except written_en_physiotherapist in one line (its two false 'Certificate of
Sponsorship' pieces gone: tune13 one-line 0.97 -> 1.00); all English without tune18 0.967 / 0.952
unchanged, one-line 0.970 / 0.936 -> 0.970 / 0.937; Chinese figures identical. Beside the bench,
kinds: a registration with a body a certificate, when the person is free to work other, Dutch,
Danish, Swedish, Norwegian and Finnish languages. Left: '… Grafana Go or Python scripting' run
together, a completed apprenticeship read as a skill, the Civil Service behaviours as skills.
With it tuned on, the held-back set is again the only estimate for unseen English postings.

Round nineteen (English) wrote eight more fictional postings of boards no earlier round used (a
heavy-duty equipment mechanic on Canada's Job Bank with its Overview labels above their values and
its blocks of certificates, personal suitability and who can apply, a transport planner on a SAP
SuccessFactors career page in one line, a hotel front office manager in a recruiter's e-mail
forwarded as text, a medical laboratory technologist on Naukri Gulf in one line with a gender
preference, an instructional designer on a Workday page printed to PDF whose margins fall inside
the preferred qualifications, an embedded developer on karriere.at in English in one line, a travel
nurse on Vivian Health with labelled 'Experience: / License: / Certifications:' requirements, a
volunteer coordinator on CharityJob in one line; four as one line) and marked them before running
the parser on them ("untouched19", marks committed as 62e42b6): on main 1b5ddc4 they measured 0.74
/ 0.75 (55 parsed; one-line 0.63 / 0.75, 44 parsed; 57 clauses), the estimate for unseen English
postings after round eighteen's rules, far under round eighteen's 0.92 / 0.86 because two postings
lost nearly every requirement (Job Bank's blocks, the agency's 'What they need:'). The round then
opened them for tuning ("tune19"). Its faults by cause (both variants: 36 missed, 25 false): Job
Bank's blocks and Overview labels (24 missed, 7 false); the agency's lead-in (10 missed) and the
e-mail's footer (2 false); a print's margins (4 false); run-ons (2 missed, 6 false); 'Your role'
duties (2); a reason after the ask (2); an office setting under 'Physical Requirements' (2). The
round's mechanisms: Job Bank's blocks are headings and its Overview's 'Experience' / 'On site'
board fields; 'What they need' heads an agency's list; who is told not to apply, an employer that
will not respond, an e-mail's confidentiality footer, an on-site statement and a criminal record
check are boilerplate; a printed page's headers and footers are dropped before the posting is
split (boilerplate.print_margins); a reason after 'as the role …' whatever its verb; 'Certifications'
heads names; 'Must have …' after an acronym and an acronym spelled out before its licence open
items; 'Only apply to this job if:' leads in; 'Your role' heads duties; no item opens after an
article; a gender preference is flagged; a company-form word is chrome only alone ('PLC fault
finding …' had been dropped).
After the round's rules tune19 measures 1.00 / 0.94 (62 parsed; one-line 0.95 / 0.89, 54 parsed);
every other posting as written or in one line parses exactly as before (texts, kinds, musts,
flags), so all English without tune19 and the Chinese figures are unchanged. Left: Job Bank's
Overview labels and its lists of capitalised names in one line, 'Experience 3 years …' kept with
its label, '… Camtasia Teaching experience …' and '… walks of life good IT skills …' run together,
an office setting under 'Physical Requirements'.
With it tuned on, the held-back set is again the only estimate for unseen English postings.

Round twenty (English) wrote eight more fictional postings of boards no earlier round used (a
credit controller on BrighterMonday Kenya in one line with its Job Summary fields, a maintenance
electrician on South Africa's PNet with 'Desired Experience & Qualification' and an Employment
Equity preference, a systems administrator on ClearanceJobs in one line with its clearance fields,
a software engineering intern on Handshake with its 'Job requirements' fields of graduation date,
GPA, majors and work authorization, a customer support specialist on We Work Remotely in one line
with 'You'll stand out if …', a bartender on Poached under 'The Candidate' with a drinking-age
floor, a financial controller in a Michael Page agency ad in one line under 'The Successful
Applicant', a Class 1 HGV driver in a Gumtree classified whose requirements are prose sentences)
and marked them before running the parser on them ("untouched20", marks committed as 360ecea,
with 'fields' the bench reads only for Chinese postings): on main e4f1a1c they measured 0.80 /
0.75 (47 of 59 clauses, 36 of 48 parsed precise; one-line 0.68 / 0.68, 40 of 59, 28 of 41),
fields 21 of 24 (one-line 20 of 24): the estimate for unseen English postings after round
nineteen's rules, under the goal (0.85 / 0.80) for the second round running. The round then
opened them for tuning ("tune20"). Its faults by cause (both variants: 31 missed, 25 false): an
agency's block 'The Successful Applicant' and its lead-in 'A successful Financial Controller should
have:' not known (12 missed); a board's heading not known, 'Desired Experience & Qualification'
(10 missed), 'Job Description/Requirements' run into a field (2 false); a classified's requirements
in the sentences of an unheaded description (4 missed, the years and an age floor in the fields);
board fields whose label was read as a heading ('Minimum Qualification: Degree', 'Security
Clearance Required: …': 4 missed, 2 false); run-ons (a degree's subjects then 'CPA (K) …', '… for a
degree DoD 8570 …', '… licence and own reliable transport', '… holidays Spanish is a plus',
'You'll stand out if you have … you have …': 10 false); a date range cut at its dash as at a bullet
(1 missed, 1 false); 'If you have not heard from us …' (2 false); a degree and its years in one
clause marked as two (6 false: marking granularity) and 'You must hold X, a valid Y card and a Z
card' marked as three (2 false). The round's mechanisms: 'The Successful
Applicant', 'Desired Experience & Qualification(s)', 'Experience and / & Qualifications',
'Desired Qualifications', 'Job Description/Requirements', 'Package & Remuneration' and
'Remuneration' are headings (not 'The successful candidate', which leads into duties as often); a
headline keeps short prepositions lower ('What's on Offer' found inside a line); '… should / must /
will have / possess / bring:' leads in, from the article of its subject when title words stand
between; in a description a sentence opening with a count of years of something ('Minimum 1 year of
C+E experience, ideally …', a must whatever a detail after a comma hedges) or naming what 'would be
a bonus / an advantage' asks, and one putting an age or gender as a condition ('drivers must be
aged 25 or over') is flagged; 'aged 25 or over' is an age floor; 'not heard from us' and 'application
unsuccessful' are boilerplate; a dash between a year and a month with its year is a range; a
language named alone or a requirement that 'will be advantageous / beneficial / a bonus' closes a
run-on as an item (tails.py); a credential's name opens an item after the noun an article's phrase
ends on ('… for a degree DoD 8570 … certification'; 'a degree Computer Science or equivalent
experience' stays whole); what may be substituted for another, alone in its piece, asks nothing;
'and own reliable transport' is an ask of its own; 'Grade 12 (Matric)' is a high-school floor.
Probed on postings written for the tests (tests/test_jd_scraped_round20.py). After the round's
rules tune20 measures 0.97 / 0.84 (57 of 59, 49 of 58 precise; one-line 0.97 / 0.82, 57 of 59, 47
of 57), fields 24 of 24 in both: missed 31 -> 4, false 25 -> 19; every other posting as written
and in one line parses exactly as on e4f1a1c (requirements with their kinds, musts and typed
values, flags and fields compared: 528 of 530 identical) except written_en_solar_installer's 'Must
be at least 18 years old', now flagged as marked (the sentence after a legal line had been lost),
so all English without tune20 and the Chinese, German, dev and field figures are unchanged. Left:
'Minimum Qualification: Degree' and 'Security Clearance Required: …' (a label read as a heading,
its value left bare or run into the next field), the degree's subjects run into 'CPA (K) Part II
or above', '… qualified Post-qualification experience …' cut after the hyphenated word, 'You'll
stand out if you have … you have …' (a lead-in without its colon before lower-case statements),
'You must hold X, a valid Y card and a Z card' kept as one clause where marked as three, the
degree and its years in one clause (marked as two), Handshake's labelled fields in one line
('… June 2028 GPA: 3.0 or above').
With it tuned on, the held-back set is again the only estimate for unseen English postings.

Round twenty-one (English) wrote eight more fictional postings of boards no earlier round used (a
disability support worker on Ethical Jobs (Australia) with numbered 'Key Selection Criteria' and
'Essential requirements' whose screening checks are flagged, an offshore mechanical technician on
Rigzone in one line with its 'Experience:' / 'Education:' header fields, a senior product manager
on Built In Chicago in one line with 'What You'll Bring', 'Bonus Points', 'Perks + Benefits' and
'Top Skills' tags, a Shopify migration brief on Freelancer.com with 'What I need from you:' and
'Skills Required' tags, a non-voice customer service representative on Kalibrr (Philippines) in
one line with an age ceiling and its 'Educational Attainment' field, a clinical research associate
on BioSpace with basic and preferred qualifications, a landscape crew lead in a Facebook group post
with emoji bullets and the post's chrome, a Java backend developer on foundit (India) in one line
with its 'Job Details' fields and skill tags) and marked them before running the parser on them
("untouched21", marks committed as 39f4383, with fields): on main c2b17fa they measured 0.83 / 0.84
(65 of 78 clauses, 62 of 74 parsed precise; one-line 0.79 / 0.76, 62 of 78, 50 of 66), fields 22
of 24 (one-line 22 of 24): the estimate for unseen English postings after round twenty's rules,
just under the goal (0.85 / 0.80) in recall for the third round running, over it in precision.
The round then opened them for tuning ("tune21"). Its faults by cause (both variants: 29 missed,
28 false): headings not known ('Key Selection Criteria', 'Essential requirements', 'What I need
from you:', 'Top Skills', 'Skills Required' read as 'Required': 23 missed); a social post's chrome
and its 'Message me or text …' (12 false); the page's facts and blocks ('Posted: 2 days ago', a
freelance board's 'About the Client' and 'Report Project': 5 false); run-ons (an age ceiling run
onto the clause before it, also losing the age field, 'Vibration analysis Category I MIST
certificate', '… Docker, Jenkins and Git Banking or fintech domain exposure is preferred', '…
CTMS The anticipated', '… Some Spanish No drama': 8 false); board fields whose label is dropped
('Education: Vocational', 'Qualification: B.E./B.Tech, MCA', 'Educational Attainment High School
Graduate': 6 missed); marking granularity ('… driver's license and a clean driving record' marked
as two: 3 false); '4+ years of hands-on Java 11/17 development' read as a skill without its years
(2 fields). The round's mechanisms: 'Key Selection Criteria' / 'Selection Criteria', 'Essential
requirements' and a client's 'What I need / we need from you' head requirements, 'Skills
Required' and 'Top Skills' head a board's tags, '+' stands for 'and' in a heading ('Perks +
Benefits'); a social post's chrome ('… See more', reaction, comment and share counts, 'Like
Comment Share', 'Most relevant', 'Write a comment…') is boilerplate, and so is an item opening with
how the post takes applications ('Message me or text …', which also opens an item in a run-on) or
with a request of how to apply ('Please start your bid with …', '- please link them'); when a post
was posted and 'Report Project' are chrome, 'About the Client' closes the requirements; a count of
years of an activity is experience with its years (not '… of age', '… of college', '… of hire'); an
age ceiling in words ('Not more than 35 years old', 'no older than 40 years of age') is flagged with
its max age and opens its own item; a share after 'with', 'at', 'by', 'in', 'and', 'or' opens none
('40 WPM with 95% accuracy'). Probed on postings written for the tests
(tests/test_jd_scraped_round21.py; 11 of its 12 tests fail on c2b17fa). After the round's rules
tune21 measures 0.96 / 0.94 (75 of 78, 73 of 78; one-line 0.96 / 0.91, 75 of 78, 70 of 77), fields
24 of 24 in both: missed 29 -> 6, false 28 -> 12. Every other posting as written and in one line
parses exactly as on c2b17fa (requirements with kinds, musts and typed values, flags and fields
compared: 560 of 562 identical) except written_en_level_designer's '2+ years of level design in
Unreal Engine 4 or 5', now experience as marked; all English with tune21 0.97 / 0.95 (1750 parsed;
one-line 0.97 / 0.93, 1687), Chinese, German, dev and field figures unchanged. Left: board fields
whose label is dropped or read as a heading (round twenty's 'Minimum Qualification: Degree' too),
a label above its value in one line ('Educational Attainment High School Graduate'), 'Category I
MIST certificate' (a grade's numeral before a certificate's name), a list closed by 'and <name>'
run into a capitalised nice-to-have, a salary sentence's first words left on the item before it in
one line ('… CTMS The anticipated'), 'English good enough for … (…, so you should overlap 2 hours
with AEST)' kept whole where marked as two, and the marking granularity.
With it tuned on, the held-back set is again the only estimate for unseen English postings.
Round twenty-two wrote eight more fictional English postings of boards and trades no round used
(an A&P mechanic on JSfirm, a WASH programme officer on ReliefWeb, a special education teacher on
SchoolSpring, a bookkeeping brief on PeoplePerHour, a diesel mechanic on Careers24 (South Africa),
a banquet server's shift on Instawork, a graduate civil engineer on Gradcracker, an E&I technician
with Airswift; four as one line) and marked them before running the parser on them
("untouched22", 61 clauses, with fields): on main c52121c they measured 0.77 / 0.95 (47 of 61
clauses, 54 of 57 parsed precise; one-line 0.72 / 0.82, 44 of 61, 50 of 61), fields 22 of 24
(one-line 22 of 24), measured once with `.venv/bin/python bench/bench_jd_clauses.py` (the English
fields with the bench's parsed_fields on the round's postings): the unseen estimate, recall under
the goal (0.85) for the fourth round running, precision over it (0.80). The round then opened them
for tuning ("tune22"). Its faults by cause (both variants: 31 missed, 14 false): a run-on list
made boilerplate as a whole by a legal notice in it (a visa notice, a background check) kept only
the pieces that read as requirements, and "You'll be graduating … with … a BEng or MEng in …" read
as the company's pitch (12 missed: Gradcracker's list, JSfirm's licence); board fields not read
('Degree Disciplines:', 'Minimum Grade:', 'Years of experience: 5-9 years' in one line: 5 missed;
'Experience Level: Expert' is the house's post level, 2 missed, left); a licence's code and old
number cut as a point ('Code C1 (10)': 2 missed); 'Must reside …' after a run-on (4 missed); a
lead-in reaching back over check-mark bullets ('Nice to have ✓ … ✓ … Parking:': 2 missed); the
learned reader cutting 'Trade qualified | Electrician with an unrestricted | Australian …' (2
missed, left); a shift app's blocks and facts ('Attire', 'About the shift', 'Parking:',
'Cancellation policy:', 'Book shift': 6 false), a freelance brief's 'Send me a short proposal …'
and 'Client info' (2 false), 'Advantageous' not known as a heading (2 false), run-ons ('… Operator
License Borescope inspection experience', 'Grade 12 / Matric Diesel Mechanic …': 4 false);
'Advanced university degree' read as a bachelor's floor (1 field each). The round's mechanisms: a
run-on item that a legal statement makes boilerplate keeps its pieces up to the last that asks
something, and a degree named by its letters before 'in' / 'or' / 'degree' asks something; a
number in brackets after a code ending in its digit, or zero-padded, is no point's; a clear or clean
criminal record the person must have is the criminal record check; 'Must' and any verb asks; a
lead-in stops at a bullet; 'About the shift', 'Attire', 'Dress code', 'Client info' and
'Advantageous' are headings; a shift app's 'Parking:' / 'Cancellation policy:' and 'Book shift' and
a request for a proposal are boilerplate; an advanced (university) degree is master level; a
board's years field ends at its unit before the next label in one line; a board's schooling field
('Education: …', 'Qualification: …', 'Degree Disciplines: …', 'Minimum Grade: …') is a
requirement wherever it stands; a credential's name ends on its noun in Title Case and a tail cut
off may hold a run-on of its own (tests/test_jd_scraped_round22.py; 13 of its 16 tests fail on
c52121c). After the round's rules tune22 measures 0.95 / 0.96 (58 of 61, 64 of 67; one-line 0.95
/ 0.94, 58 of 61, 64 of 68), fields 24 of 24 in both: missed 31 -> 6, false 14 -> 7. Every other
posting as written and in one line parses exactly as on c52121c (requirements with kinds, musts
and typed values compared: 577 of 578 identical) except written_en_sonographer in one line, which
now has its marked 'Experience: 2-5 Years'; all English with tune22 0.97 / 0.95 (1817 parsed;
one-line 0.97 / 0.93, 1756), Chinese, German, dev and field figures unchanged. Left: board fields
read as a heading (Rigzone's 'Education: Vocational', BrighterMonday's 'Minimum Qualification:
Degree': the new field reader is not reached), 'Experience Level: Expert' (the house reads it as the
post's level; marked as a clause here), a fact's label after the last item in one line ('… card
Parking: …', its label cut off), a capitalised run-on after a name or an acronym ('… Matric Diesel
Mechanic …', '… PrDP Clear criminal record', '… Witbank Should you …', '… areas Only South African
citizens …'), the right to work inside a visa notice, and the learned reader's cuts inside a noun
phrase ('an unrestricted | Australian …'; an article-led guard cost three true cuts elsewhere).
With it tuned on, the held-back set is again the only estimate for unseen English postings.
Round twenty-three wrote eight more fictional English postings of boards and shapes no round used
(a cook on Jora (Australia), a union local's dispatch call board with two calls, a Slack #jobs post
with its thread, a university HR "Further Particulars" PDF as plain text (criteria coded E1 / D1,
words broken by the page's width), a trainee accounts assistant on Guardian Jobs in British English
(UCAS points, A-levels, GCSEs), a night auditor on Hcareers, a relay test technician on Roadtechs,
an HSE officer on GulfTalent; four as one line) and marked them before running the parser on them
("untouched23", 59 clauses, 4 flagged, with fields): on main b00a548 they measured 0.80 / 0.79 (47
of 59 clauses, 54 of 68 parsed precise; one-line 0.81 / 0.81, 48 of 59, 51 of 63), fields 20 of 24
(one-line 20 of 24), measured once with `.venv/bin/python bench/bench_jd_clauses.py` (the English
fields with the bench's parsed_fields on the round's postings): the unseen estimate, recall under
the goal (0.85) for the fifth round running, precision just under it (0.80). The round then opened
them for tuning ("tune23"). Its faults by cause (both variants: 23 missed, 26 false): a hyphen
glued to each item ("-5+ years …", "-Valid DL …") was no bullet, so Roadtechs' list was one item
that its drug screen made boilerplate (14 missed); after a legal item (a drug test) the list ended
before a nice-to-have ("TWIC card a plus": 4 missed); "You will have at least 112 UCAS points from
A-levels …" read as the company's pitch (4 missed); the Slack poster's reply in the thread (1
missed, left); a person specification's codes read as requirements ("E1" … "D3"), with the page's
number "Page 2 of 3", the pay grade "Grade: 5 (£…)" read as the schooling field and how applicants
are assessed and shortlisted (17 false); a page's buttons and the company block after them
("Nationality: Any Apply for this job Save Share About …": 2 false); a pay rate that mentions
experience (1 false); marks the parser cannot reach without a new kind of cut ("Valid driver's
license and reliable transportation" marked as two, "You'll also need GCSEs …" with its lead-in,
the hall's dues rule, the reply's header: 6 false, left). Fields: a count of years cut from its
name ("Minimum 3 years | PLC …"), read as a skill ("2+ yrs building dashboards …") or lost with
its list, and A-levels known as no level (4 of 24 in each variant). The round's mechanisms: a hyphen
glued to the item it opens is a bullet (at a line's start; in a scraped line where two or more run
on); a level's roman numeral opens no nice-to-have ("NETA Level III certification preferred"); a
count of years that opens a clause is experience of those years (not an age); a person
specification's criterion codes (E1, E2 … / D1, D2 …) are bullets; a printed page's lines broken
inside a sentence are joined where a word broken by a hyphen shows the page's width; "Page 2 of 3"
is a page number; a bare "Grade:" is the post's pay grade ("Minimum Grade:" stays the schooling
field); how applicants are assessed and shortlisted is process; a nice-to-have after a legal item
goes on with the list; a count of years leads into the name after it, and a licence's issuing
authority ("state") is part of its name; "You will have" and what the person brings asks (not "the
opportunity …"); England's A-levels are the school-leaving level (vocab.LEVEL_WORDS, read in résumés
too); a run of a page's buttons, and the "About …" block after it, end an item; an item that opens
with a pay rate is the offer (tests/test_jd_scraped_round23.py; 11 of its 15 tests fail on b00a548).
After the round's rules tune23 measures 0.98 / 0.93 (58 of 59, 56 of 60; one-line 1.00 / 0.87, 59
of 59, 55 of 63), fields 24 of 24 in both: missed 23 -> 1, false 26 -> 12. Every other posting as
written and in one line parses exactly as on b00a548 (requirements with kinds, musts and typed
values compared: 621 of 627 other variants identical, the founding collection's file among them)
but for three clauses, as written and in one line, whose kind is now the marked one ("at least 2
years managing people", "3+ years hands-on with Palo Alto firewalls and Panorama", "2+ years on
B2B SaaS or payments products": skill -> experience, with their years); all English with tune23 0.97 / 0.95 (1877 parsed; one-line 0.97 / 0.93, 1819),
Chinese, German, dev and field figures unchanged. Left: a run-on item that how to apply makes
boilerplate ("-Valid TWIC card Send your resume …" in one line), a scraped line's next call header
after the last item ("… tool list CALL #… Employer: … Classification: …"), a chat's message header
and mention before a reply ("Dana Whitfield 11:05 AM @Marco …"), a comma list of two credentials
("OSHA 10 required, NFPA 70E training"), a lead-in kept before what it asks ("You'll also need
GCSEs …", and the GCSE's subject read as the language English), and the leftovers of round 22
(board fields read as a heading: "Education: …" under GulfTalent's "Candidate Profile" is read,
Rigzone's and BrighterMonday's are not). With it tuned on, the held-back set is again the only
estimate for unseen English postings.

Round twenty-four wrote eight more fictional English postings of boards and shapes no round used (a
career page's JSON-LD JobPosting blob scraped as text, a Hacker News "Who is hiring" comment, a
CoolWorks seasonal lifeguard job, a cruise line's shipboard careers page, a Trade Me Jobs dairy
farm assistant, a Kijiji tile setter's classified in prose, a Jobberman underwriter with its board
fields, a Reddit r/forhire brief with its comment thread; four as one line) and marked them before
running the parser on them ("untouched24", 51 clauses, 4 flagged, with fields; marks committed as
0e97009): on main 4fa6329 they measured 0.73 / 0.83 (37 of 51 clauses, 39 of 47 parsed precise;
one-line 0.69 / 0.82, 35 of 51, 37 of 45), fields 21 of 24 (one-line 21 of 24), measured once with
`.venv/bin/python bench/bench_jd_clauses.py` (the English fields with the bench's parsed_fields on
the round's postings): the unseen estimate, recall under the goal (0.85) for the sixth round
running, precision just above it (0.80). The round then opened them for tuning ("tune24"). Its
faults by cause (both variants: 30 missed, 16 false): the JSON-LD posting lost every clause, its
<script> dropped whole as code (12 missed, 4 fields); a heading that names its purpose ("What you
need to join us") not known, so the cruise list read as duties (4 missed); a classified's
subjectless "Must have …" sentence, a licence and a reliable vehicle joined by "with", and "… would
be nice but we can get you certified" (8 missed); a board's "Minimum Qualification : Degree" read
as a lead-in over the header (2 missed); markdown bold headings inside a scraped line
("**Requirements** * …", 2 missed, the "**Bonus" run onto the item before it making the
nice-to-haves musts); a board's fraud warning and buttons (6 false); an age ceiling put as "must
not be more than 35 years old" read as a skill (2 fields); whom a poster will not deal with and how
a freelancer is paid ("No recruiters please", "Payment via Wise or PayPal, net 15": 4 false); left:
two short run-ons ("Class 2 is a bonus Confident on a 2-wheeler …", "… Microsoft Excel Professional
certification (…) is an added advantage": 4 false), a medical exam flagged and a visa asked in one
item (2 false), "Good to know" inside a line, now after the list the purpose heading opened (1
false), "You've played a lot of CRPGs and know the genre's conventions" cut at "and know" where it
was marked as one (2 missed), a massage diploma read as the associate level (2 fields). The round's
mechanisms: a JSON-LD JobPosting (in its <script> or bare) is read as its page shows it, the title,
the description's HTML as lines and the text properties under their headings, structured values
left out (extract/text.job_posting_json); a heading may name its purpose ("… to join us", "… to be
successful", "… for this role"), on its own line or inside one; a board's schooling field is a
field, not a lead-in, and "Experience Length:" is the years field (round 22's credit controller
gains its marked "Minimum Qualification: Degree", round 21's Java posting keeps "Qualification:
B.E./B.Tech, MCA" whole as marked); an age ceiling after "must not be" is flagged; a fraud warning
("Safety Tips", "Do not make any payment …", "… advert is not genuine"), "Report Job Share", "No
recruiters / agencies" and "Payment via …" ask nothing; a classified's "Must have …" sentence asks
what follows; a reliable vehicle or transportation after "and" or "with" is an ask of its own, and
"a valid G licence" (a class between "valid" and "licence") opens one; "would be nice" counts as a
nice-to-have and "but we …" is cut from it; a heading in Markdown bold inside a line heads its list
(tests/test_jd_scraped_round24.py, 12 of its 17 tests fail on 4fa6329). One marking slip corrected:
round 10's "Reliable transportation and a valid driver's license" is two clauses, as round 23
marked the same pair (LABELING step 1: one clause per ask a recruiter checks apart). After the
round's rules tune24 measures 0.98 / 0.95 (50 of 51, 53 of 56; one-line 0.98 / 0.93, 50 of 51, 53
of 57), fields 23 of 24 in both: missed 30 -> 2, false 16 -> 7. Every other posting as written and
in one line parses exactly as on 4fa6329 (requirements with kinds, musts and typed values compared:
650 of 658 other variants identical) but for four postings in both variants, each now nearer its
marks: round 20's credit controller gains "Minimum Qualification: Degree", round 21's Java posting
reads "Qualification: B.E./B.Tech, MCA" whole, round 23's inside wireman and round 10's apprentice
ask the licence and the transportation apart (tune23 0.93 -> 0.95, one-line 0.87 -> 0.89; tune20
0.97 / 0.84 -> 0.98 / 0.85; tune21 recall 0.96 -> 0.97); all English without tune24 0.969 / 0.949
-> 0.970 / 0.950 (one-line 0.970 / 0.931 -> 0.971 / 0.932; missed 55 -> 53, false 96 -> 94,
one-line 53 -> 51, 125 -> 123), Chinese, German, dev and field figures unchanged. Parse time within
the noise of a shared machine (load about 5 on 2 cores; the 245 written postings as written and in
one line, 490 texts, best of three `time.process_time` runs, alternated with an export of 4fa6329):
8.96 / 7.26 ms a posting base, 8.11 / 9.12 ms branch. Left: the short run-ons above, a one-line
posting's last item run into the terms after it ("… accent Payment via PayPal …"), a flagged
condition and an ask in one item, "OSHA 10 required, NFPA 70E training" as one clause, GCSE English
read as a language, a reply in a thread under a post. With it tuned on, the held-back set is again
the only estimate for unseen English postings.

Round 25 (English round 25) wrote eight more fictional English postings of boards and shapes no
round used (a job board's e-mail job alert with its featured job and "MORE JOBS FOR YOU", a UN-style
vacancy announcement as PDF text with its competencies, a nursing agency's per-diem CNA page, a
school district's Frontline/Applitrack posting, a sheet metal JATC's apprenticeship notice, a Stack
Overflow-style job page with its Technologies tags, a Care.com family's nanny job, a Yotspot yacht
deckhand; four as one line) and marked them before running the parser on them ("untouched25", 64
clauses, 10 flagged, with fields; marks committed as 31a3845): on 31a3845 (main d552602's code) they
measured 0.91 / 0.92 (58 of 64 clauses, 59 of 64 parsed precise; one-line 0.89 / 0.94, 57 of 64, 58
of 62), fields 23 of 24 (one-line 23 of 24), measured once with `.venv/bin/python
bench/bench_jd_clauses.py` (the English fields with the bench's parsed_fields on the round's
postings): the unseen estimate, recall above the goal (0.85) after six rounds under it, precision
above it (0.80). The round then opened them for tuning ("tune25"). Its faults by cause
(both variants: 13 missed, 9 false): a heading in the employer's British voice ("What we're after:")
not known, so the alert's list read as duties (10 missed, 2 fields); a legal statement run onto a
one-line list's last item made it boilerplate as a whole ("… between facilities BrightPath Nursing &
Staffing is an Equal Opportunity Employer.", "… given by the JATC All applicants who are selected
must pass a drug screen …": 3 missed); "For this position, fluency in English is required" kept its
frame (2 false); a capitalised past-tense verb opening the next run-on item ("… apps in Swift Shipped
at least two apps …", 2 false); a job alert's footer ("You are receiving this email because …", 1
false). Not counted by the bench (a short piece lies inside a longer clause) but wrong: a vacancy
announcement's "Work Experience" block line read as the skills "Work" and "Experience", "degree in
combination with two additional years …" read as a major, and a medical check the hire must pass
("… a negative TB test … and a completed physical exam") read as a skill. The round's mechanisms:
"What we're after" / "Who we're after" / "What we want (from you)" and "Work Experience" are
headings; "MORE JOBS FOR YOU" (and SIMILAR / RELATED JOBS in capitals) opens the page's other
block, an alert's "You are receiving this email …" and "Unsubscribe" ask nothing; a legal statement
run onto an item is cut off at its subject (the employer's capitalised name before "is an equal
opportunity …", or "All applicants / Candidates / Employment …" after a lower-case word or an
acronym) and the item before it read (matcher/jd/statement_starts.py); "For this position / role,"
is cut from what it asks; "degree in combination with / in addition to / in lieu of" names no major;
a medical check the hire must pass (a TB test, a physical or pre-employment medical exam, medical
clearance) is flagged as a health condition, while a medical certificate held ("ENG1 medical
certificate"), the work itself ("Experience conducting physical examinations") and an item that
asks more after it stay requirements; in a run-on list a capitalised past-tense verb before a count
("Shipped at least two …", "Managed a …") opens the next item; "Interested and qualified candidates
should …" opens no requirement and asks nothing (tests/test_jd_scraped_round25.py: 19 of its 23
tests fail on 6f63966, the other 4 guard what must not change). After the round's
rules tune25 measures 1.00 / 0.97 (64 of 64, 64 of 66; one-line the same), fields 24 of 24 in both:
missed 13 -> 0, false 9 -> 4. Every other posting as written and in one line parses exactly as on
6f63966 (requirements with kinds, musts and typed values, flags and titles compared: 688 of 690
other variants identical) but for round 22's E&I technician in both variants, whose marked-flagged
"Must be able to pass a pre-employment medical and D&A test" is now a flag and no requirement
(tune22 precision 0.96 -> 0.95 by rounding, 64 of 67 -> 63 of 66; one-line 0.94, 64 of 68 -> 63 of
67); every other row of the bench, Chinese, German, dev and the Chinese fields unchanged; the
founding collection's gold passes. Parse time within the noise of a shared machine (load about 4.5
on 2 cores; `.venv/bin/python bench/bench_jd_speed.py`, three runs alternated with an export of
6f63966, best of three): seed collection 5.25 ms a posting base, 5.01 ms branch; graded job posts
9.74 ms base, 11.08 ms branch (the runs spread 9.7-13.5 ms base, 11.1-15.8 ms branch). Left: a
nice-to-have run-on under 100 characters ("HealthKit or experience with HIPAA-regulated data
Accessibility (VoiceOver, Dynamic Type) experience", 2 false), the car and the car-seat experience
marked apart but read as one item (2 false), an employer's name cut by an earlier splitter before
the statement rule sees it ("… homes Hale & Sons | Staffing is an Equal Opportunity Employer"), the
kinds of a few tune25 clauses (the NVQ read as a skill, "Calm under pressure …" as a skill, "Shows
pride in work …" as a skill; the bench does not score kinds), a medical exam and a visa asked in one
item (round 24's, left as it was). With it tuned on, the held-back set is again the only estimate
for unseen English postings.

Round 26 (English round 26) wrote eight more fictional English postings of boards and shapes no
round used (a Xing page in English with its German chrome, a jobs.ie craft butcher, a barbershop's
TikTok caption, a Discord #job-board message, a scaffolding firm's WhatsApp broadcast, a Google Doc
job brief with its comments, a water utility's job-fair flyer as OCR gives it, a church's volunteer
sound desk role; four as one line) and marked them before running the parser on them ("untouched26",
55 clauses, 6 flagged, with fields; marks committed as 76da475): on 76da475 (main 43c2bba's code)
they measured 0.65 / 0.90 (36 of 55 clauses, 36 of 40 parsed precise; one-line 0.58 / 0.91, 32 of
55, 32 of 35), fields 20 of 24 (one-line 19 of 24), measured once with `.venv/bin/python
bench/bench_jd_clauses.py` (the English fields with the bench's parsed_fields on the round's
postings): the unseen estimate, recall under the goal (0.85) again after round 25's 0.91, precision
above it (0.80); two of the eight postings lost every clause, a third five of its six. The round
then opened them for tuning ("tune26"). Its faults by cause (both variants: 42 missed, 7 false): a
chat app's lead-in in its bold marks ("*Must have:* - CISRS … *Would be good:* - …": the colon
inside the marks, the capital after a "*") not read, so the broadcast asked nothing (14 missed, 4
fields); a flyer's letter-spaced headings ("M I N I M U M Q U A L I F I C A T I O N S", "P R E F E R
R E D") not read (14 missed, 4 fields); a heading two spaces after the page's last block in one line
("… on the day Who we're looking for Some experience …", 10 missed); a word processor's "●" bullets
after an inline heading in one line ("3. Must-haves ● At least 3 years …", 4 missed, 1 field); a
numbered block after numbered headings read as an item ("5. Logistics", 1 false); a medical check
after "and" in an item that asks something else ("Head for heights and fitness to climb (G41 medical
examination)", 2 false); the pay's basis ("Chair rent OR commission - we're flexible", 2 false); two
languages in one item (2 false: a marking slip, below). Once the lists were read, more showed: an
age condition run onto the item before it ("PASMA ticket Age 21–50 due to insurance", read as an age
with the ticket in it; "21–50" with an en dash not flagged), "Drug & alcohol test on day 1", "Reply
with your name and a photo of your card …" and "BRING: resume, …" read as skills, an employer named
with "of" cut inside its name ("The City of | Elm River is an Equal Opportunity Employer"), "running
| sound for live music" cut at "sound" as at an adjective, and a flyer item's hanging lines ("
issued by the State (or obtain …") read as items of their own. The round's mechanisms: a lead-in's
colon may stand inside a chat app's bold or italic marks and its first word after one ("*Must
have:*"), "Would be good:" leads into nice-to-haves and "would be good" is a nice-to-have; an
English age condition in capitals run onto an item is cut off, the item read alone (an en-dash range
flagged too); a poster's letter-spaced capitals are closed up into their words
(zh_lines.letter_spaced, English too) and a line hanging indented in lower case under a bulleted
item is the item's; "Preferred" alone heads nice-to-haves; a heading after a run of spaces is read
as after one; a word processor's "●" / "▪" follows an inline heading as "•" does; where two known
headings are numbered, a line after a blank line that goes on with the next number is a heading of
its own (matcher/jd/numbered_blocks.py); a medical check after "and" ("… and fitness to climb (…
medical examination)", "… and passing a pre-employment medical") is flagged and the rest asked;
"sound" opens a run-on item only before what it qualifies ("sound knowledge / understanding /
judgement …"); what to bring ("BRING:", "What to bring:"), how to answer a message ("Reply / DM /
Text us with …"), a drug and alcohol test, the pay's basis ("Chair / booth rent or commission", "day
rate or salary") ask nothing; a label in capitals with its colon opens the next run-on piece; an
employer's name joined by "of" / "and" / "&" is cut before its first word
(tests/test_jd_scraped_round26.py: 14 of its 16 tests fail on 43c2bba, the other 2 guard what must
not change). One marking slip corrected in its own commit (a4fcc4d): "Good German and basic English
for service reports" is one language clause, as written_en_embedded_developer's "Very good German
and good English skills" is (one chip asking both), not two (55 -> 54 clauses; the blind figures
above stand as measured). After the round's rules tune26 measures 1.00 / 1.00 (54 of 54, 59 of 59;
one-line the same), fields 24 of 24 in both: missed 42 -> 0, false 7 -> 0. Every other posting as
written and in one line parses exactly as on 43c2bba (requirements with kinds, musts and typed
values, flags and titles compared: 722 of 722 other variants identical; all English 0.96 / 0.95 ->
0.97 / 0.95, one-line 0.96 / 0.93 -> 0.97 / 0.94, from tune26 alone), so every other row of the
bench, Chinese, German, dev and the Chinese fields are unchanged; the founding collection's gold
passes. Parse time within the noise of a shared machine (load about 5 on 2 cores; `.venv/bin/python
bench/bench_jd_speed.py`, three runs alternated with an export of 43c2bba, best of three): seed
collection 6.64 ms a posting base, 5.06 ms branch; graded job posts 14.02 ms base, 13.27 ms branch
(the runs spread 6.6-8.9 / 14.0-15.9 ms base, 5.1-9.9 / 13.3-15.1 ms branch). Left: two traits in
one item marked apart ("A good ear and calm under pressure …", one parsed clause, inside the bench's
tolerance), an aside after " - " cut as an item ("Some experience running sound for live music -
church, school or local venues all count", recalled by its longer half), "CISRS Scaffolder or
Advanced Scaffolder card (…)" cut at its "or" and "Valid GWO | Basic Safety Training (…)" cut inside
the name, a comment anchor left on its item ("… or radio[b]"), the pay's basis run onto an item with
no bullet between, and the kinds of a few clauses (vocational training and the GWO training read as
skills; the bench does not score kinds). With it tuned on, the held-back set is again the only
estimate for unseen English postings.

Run from the repo root: .venv/bin/python bench/bench_jd_clauses.py [--list]
(--list prints every missed clause and imprecise requirement, except on untouched postings).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
SEED = DATA / "jds" / "000_d1982b6cd2188f0a.txt"
COVERS = 0.5  # a parsed requirement covers most of a clause
INSIDE = 0.8  # a parsed requirement lies inside a clause (trimmed punctuation aside)
_NOISE = re.compile(r"[\s,，、;；:：。.()（）'\"’“”!！?？*•·➢◆-]")


# (C1 controls are Windows-1252 punctuation decoded as Latin-1: "Master\x92s" is "Master’s")
_CP1252 = {c: bytes([c]).decode("cp1252", "replace") for c in range(0x80, 0xA0)}


def norm(text: str) -> str:
    """The text compared: lower case, without spaces and punctuation."""
    return _NOISE.sub("", text.translate(_CP1252)).lower()


def common(a: str, b: str) -> int:
    """Length of the longest common substring of two normalised texts."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


# SkillSpan is tokenised: "word ." / "( word )"; postings are rebuilt as written ("word.").
_TOKEN_SPACE = re.compile(r"\s+(?=[.,;:!?)](?:\s|$))|(?<=\()\s+")


def skillspan_postings(path: Path) -> list[str]:
    """The postings of a SkillSpan CoNLL file as texts, one sentence per line: a posting starts
    at its title, two or three sentences before its "Date posted:" line."""
    sents = skillspan_sentences(path)
    dates = [i for i, s in enumerate(sents) if s.startswith("Date posted:")]
    starts = [d - 3 if sents[d - 2].startswith("<ORGANIZATION>") else d - 2 for d in dates]
    ends = [*starts[1:], len(sents)]
    return ["\n".join(sents[a:b]) for a, b in zip(starts, ends, strict=True)]


def skillspan_sentences(path: Path) -> list[str]:
    """The sentences of a SkillSpan CoNLL file, rebuilt as written."""
    sents: list[str] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sents.append(" ".join(tokens))
            tokens = []
            continue
        tokens.append(line.split("\t")[0])
    if tokens:
        sents.append(" ".join(tokens))
    return [_TOKEN_SPACE.sub("", s) for s in sents]


def _seed_postings() -> list[str]:
    """The founding collection cut into its postings' texts (as parse_jd splits it)."""
    from matcher.jd.split import split_postings

    return ["\n".join(body) for _, body in split_postings(SEED.read_text(encoding="utf-8"))]


def load_jobs() -> list[dict]:
    """Every marked posting: {"id", "text", "language", "clauses", "flagged", "fields"}."""
    from matcher.jd.split import language_of

    seeds = _seed_postings()
    spans: dict[str, list[str]] = {}
    jobs = []
    dev = json.loads((DATA / "verdicts" / "requirements.json").read_text(encoding="utf-8"))
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))["postings"]
    for job_id, marked in dev.items():
        if job_id.startswith("seed_posting_"):
            n = int(job_id.rsplit("_", 1)[1])
            text, fields = seeds[n - 1], _gold_fields(gold[n - 1])
        else:
            text, fields = (DATA / "verdicts" / "jds" / f"{job_id}.txt").read_text("utf-8"), None
        clauses = [(r["text"], r["kind"], r["must"]) for r in marked["requirements"]]
        jobs.append(_job(job_id, "dev", text, clauses, marked.get("flagged", []), fields))
    own = json.loads((ROOT / "bench" / "jd_clauses_marked.json").read_text(encoding="utf-8"))
    for job_id, marked in own["jobs"].items():
        source = marked.get("source", "")
        if "text" in marked:
            text = marked["text"]
        elif "sentences" in marked:  # a SkillSpan file without posting boundaries (house)
            first, end = marked["sentences"]
            text = "\n".join(skillspan_sentences(DATA / source)[first:end])
        elif source.endswith(".conll"):
            if source not in spans:
                spans[source] = skillspan_postings(DATA / source)
            text = spans[source][marked["posting"]]
        elif "posting" in marked:
            text = seeds[marked["posting"] - 1]
        else:
            text = (DATA / source).read_text(encoding="utf-8")
        if marked.get("one_line"):  # delivered scraped: the posting as one line
            text = one_line(text)
        fields = marked.get("fields")
        if fields is None and job_id.startswith("seed_posting_"):
            fields = _gold_fields(gold[marked["posting"] - 1])
        clauses = [tuple(c) for c in marked["requirements"]]
        group = marked.get("split") or ("fresh" if marked.get("fresh") else "own")
        jobs.append(_job(job_id, group, text, clauses, marked.get("flagged", []), fields))
        jobs[-1]["language"] = marked.get("language") or language_of(text)
    return jobs


def _job(job_id, group, text, clauses, flagged, fields) -> dict:
    from matcher.jd.split import language_of

    return {
        "id": job_id,
        "group": group,
        "text": text,
        "language": language_of(text),
        "clauses": clauses,
        "flagged": flagged,
        "fields": fields,
    }


def _gold_fields(g: dict) -> dict | None:
    """The founding gold's education floor, years and age of a posting that states any."""
    if not g.get("qualifications_stated"):
        return {"education": None, "years": None, "age": None}
    edu = (g.get("education") or {}).get("min_level")
    age = [g["min_age"], g.get("max_age")] if "min_age" in g else None
    return {"education": edu, "years": g.get("min_years"), "age": age}


def parsed_fields(reqs: list[dict]) -> dict:
    """The same three fields as parse_jd's requirements state them."""
    levels = [r["min_level"] for r in reqs if r["kind"] == "education" and r["min_level"]]
    order = ["high_school", "associate", "bachelor", "master", "doctorate"]
    years = [r["min_years"] for r in reqs if r["kind"] == "experience" and r["min_years"]]
    ages = [[r["min_age"], r["max_age"]] for r in reqs if r["kind"] == "age"]
    return {
        "education": min(levels, key=order.index) if levels else None,
        "years": max(years) if years else None,
        "age": ages[0] if ages else None,
    }


def score(job: dict, text: str) -> dict:
    """Recall and precision counts of parse_jd on one posting's text."""
    from matcher.errors import ParseError
    from matcher.jd import parse_jd

    try:
        postings = parse_jd(text)
    except ParseError:
        postings = []
    reqs = [r for p in postings for r in p["requirements"]]
    gold = [norm(c[0]) for c in job["clauses"]]
    allowed = gold + [norm(f) for f in job["flagged"]]
    parsed = [norm(r["text"]) for r in reqs]
    missed = [c[0] for c, g in zip(job["clauses"], gold, strict=True)
              if not any(common(g, p) * 2 >= len(g) for p in parsed)]  # fmt: skip
    wrong = [r["text"] for r, p in zip(reqs, parsed, strict=True)
             if not p or not any(common(a, p) >= INSIDE * len(p) for a in allowed)]  # fmt: skip
    return {
        "clauses": len(gold),
        "recalled": len(gold) - len(missed),
        "parsed": len(reqs),
        "precise": len(reqs) - len(wrong),
        "missed": missed,
        "wrong": wrong,
        "fields": parsed_fields(reqs),
        "languages": [p["language"] for p in postings],
    }


def one_line(text: str) -> str:
    """A posting as a scraper delivers it: every line joined with one space."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def main() -> None:
    if not SEED.exists():
        sys.exit(f"{SEED} is absent")
    listing = "--list" in sys.argv
    jobs = load_jobs()
    rows: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, 0])
    field_right = field_total = 0
    group_fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # right, total
    tag_wrong = []
    for job in jobs:
        variants = [(job["language"], job["text"])]
        if job["language"] in ("en", "zh"):
            variants.append((f"{job['language']} one-line", one_line(job["text"])))
        for name, text in variants:
            got = score(job, text)
            keys = [name, f"{job['group']}:{name}"]
            if job["group"] == "dev" and name == job["language"]:
                keys.append("dev set")
            for key in keys:
                row = rows[key]
                row[0] += 1
                row[1] += got["clauses"]
                row[2] += got["recalled"]
                row[3] += got["parsed"]
                row[4] += got["precise"]
            if name == job["language"] and any(
                lang != job["language"] for lang in got["languages"]
            ):
                tag_wrong.append(f"{job['id']}: {got['languages']} (marked {job['language']})")
            if job["fields"] and name == "zh":
                for key, want in job["fields"].items():
                    field_total += 1
                    field_right += got["fields"][key] == want
                    group_fields[job["group"]][0] += got["fields"][key] == want
                    group_fields[job["group"]][1] += 1
                    if (
                        listing
                        and not job["group"].startswith("untouched")
                        and got["fields"][key] != want
                    ):
                        print(f"  field {job['id']} {key}: {got['fields'][key]} != {want}")
            if (
                listing
                and not job["group"].startswith("untouched")
                and (got["missed"] or got["wrong"])
            ):
                print(f"{job['id']} [{name}]")
                for m in got["missed"]:
                    print(f"  missed: {m}")
                for w in got["wrong"]:
                    print(f"  imprecise: {w[:120]}")
    print(f"{'set':<22}{'postings':>9}{'clauses':>9}{'recall':>8}{'parsed':>8}{'precision':>10}")
    for key in sorted(rows, key=lambda k: (":" in k, k)):
        n, clauses, recalled, parsed, precise = rows[key]
        recall = recalled / clauses if clauses else 1.0
        precision = precise / parsed if parsed else 1.0
        print(f"{key:<22}{n:>9}{clauses:>9}{recall:>8.2f}{parsed:>8}{precision:>10.2f}")
    print(f"Chinese fields (education floor, years, age) right: {field_right} of {field_total}")
    print(
        "  by group: " + ", ".join(f"{g} {r} of {t}" for g, (r, t) in sorted(group_fields.items()))
    )
    print(f"postings whose language tag differs from the marked one: {len(tag_wrong)}")
    for line in tag_wrong:
        print(f"  {line}")


if __name__ == "__main__":
    main()
