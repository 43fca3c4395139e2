"""The heading vocabulary of English and German job postings (the Chinese one is in
zh_heading_words): each heading and the section kind it opens ("qualifications:nice" for a
nice-to-have block)."""

from __future__ import annotations

# Heading words and the section they open. Longest first when matched.
EN_HEADINGS: dict[str, str] = {
    **dict.fromkeys(
        [
            "job description",
            # (Indeed's page: "… Shift and schedule Night shift Full job description We are …")
            "full job description",
            "summary",
            "job summary",
            # (a board's one block of both: "Job Description/Requirements Mwangaza is …")
            "job description/requirements",
            "about the role",
            # (a shift app's page: "About the shift You'll serve a plated dinner …")
            "about the shift",
            "about the job",
            "about us",
            "overview",
            "projekt-beschreibung",
            "projektbeschreibung",
            "beschreibung",
            "description",
        ],
        "summary",
    ),
    **dict.fromkeys(
        [
            "key responsibilities",
            "responsibilities",
            "duties",
            "main duties",
            # a county or state job page (NEOGOV: "Examples of Duties", "Typical Duties")
            "examples of duties",
            "typical duties",
            "essential duties",
            "essential functions",
            "what you'll do",
            "what you will do",
            "your tasks",
            "your responsibilities",
            "tasks",
            "the role",
            "the job",
            "your role",
            "aufgaben",
            "ihre aufgaben",
            "aufgabe",
            "ihre tätigkeiten",
            "tätigkeiten",
            "aufgabenbeschreibung",
            # (German in both forms of address: "Deine Aufgaben", "Ihr Aufgabengebiet")
            "deine aufgaben",
            "deine tätigkeiten",
            "ihre hauptaufgaben",
            "deine hauptaufgaben",
            "hauptaufgaben",
            "aufgabengebiet",
            "ihr aufgabengebiet",
            "dein aufgabengebiet",
            "ihre rolle",
            "deine rolle",
            "ihre verantwortung",
            "deine verantwortung",
            "das sind ihre aufgaben",
            "das sind deine aufgaben",
        ],
        "duties",
    ),
    **dict.fromkeys(
        [
            "requirements",
            "qualifications",
            "required qualifications",
            "minimum qualifications",
            "basic qualifications",
            "required skills",
            # (a freelance board's and a tech board's tags: "Skills Required Shopify
            # WooCommerce PHP", "Top Skills Jira SQL Figma")
            "skills required",
            "top skills",
            "must-have skills",
            "must have skills",
            "must-have",
            "must-haves",
            "must haves",
            "skills",
            "skills and experience",
            "skills and expertise",
            "skills & requirements",
            "skills and requirements",
            "requirements & skills",
            "your qualifications",
            "your skills",
            "what you need",
            # (the company's voice: "What we need: 3+ years of …")
            "what we need",
            # (a client's brief on a freelance board: "What I need from you: You have done …")
            "what we need from you",
            "what i need from you",
            "what we require",
            "what you'll need",
            "what you will need",
            "what you’ll need",
            "who we're looking for",
            "who we are looking for",
            "what we expect",
            "about you",
            "what we ask for",
            "what we ask",
            "your background",
            "your experience",
            # (a vacancy announcement's blocks: "Education / Work Experience / Languages")
            "work experience",
            "you have",
            "you bring",
            "the ideal candidate",
            # a recruitment agency's blocks ("The Company / The Role / The Person / The Package")
            "the person",
            "the candidate",
            "ideal candidate",
            "candidate profile",
            "desired candidate profile",
            "desired profile",
            # a UK person specification ("Person Specification / Criteria | Essential | Desirable")
            "person specification",
            "job requirements",
            "position requirements",
            "minimum requirements",
            "key requirements",
            "key skills",
            "essential skills",
            "essential criteria",
            "essential requirements",
            # (an Australian posting's criteria a cover letter must address: "Key Selection
            # Criteria 1. Certificate III in …")
            "selection criteria",
            "key selection criteria",
            # (a UK posting's own column word before its list, as "Desirable:" after it)
            "essential",
            "education and experience",
            "experience and skills",
            "knowledge, skills and abilities",
            "what you need to succeed",
            "your profile",
            "who you are",
            "what you bring",
            "what you'll bring",
            "what we're looking for",
            "what we are looking for",
            # (British and Australian voice: "What we're after:", "Who we're after", "What we
            # want from you")
            "what we're after",
            "who we're after",
            "what we want",
            "what we want from you",
            "anforderungen",
            "ihr profil",
            "profil",
            "qualifikationen",
            "ihre qualifikationen",
            "muss-anforderungen",
            "muss anforderungen",
            "mussanforderungen",
            "anforderungsprofil",
            "voraussetzungen",
            "das bringen sie mit",
            "was sie mitbringen",
            "ihre kenntnisse",
            "dein profil",
            "deine qualifikationen",
            "qualifikation",
            "ihre qualifikation",
            "deine qualifikation",
            "deine kenntnisse",
            "ihre skills",
            "deine skills",
            "ihre kompetenzen",
            "deine kompetenzen",
            "ihre erfahrung",
            "deine erfahrung",
            "ihr hintergrund",
            "dein hintergrund",
            "das bringst du mit",
            "was du mitbringst",
            "das solltest du mitbringen",
            "das sollten sie mitbringen",
            "was sie mitbringen sollten",
            "was wir erwarten",
            "was wir von dir erwarten",
            "was wir von ihnen erwarten",
            "was wir suchen",
            "damit überzeugst du uns",
            "damit überzeugen sie uns",
            "fachliche anforderungen",
            "persönliche anforderungen",
            "fachliche qualifikationen",
            "persönliche qualifikationen",
            "erforderliche kenntnisse",
            # the blocks a profile is often cut into ("The Talent / Education/ Experience /
            # Personal traits", "Technical skills / Soft skills")
            "the talent",
            "your talent",
            "education/experience",
            "education/ experience",
            "education / experience",
            "education & experience",
            "experience & education",
            "personal traits",
            "personal qualities",
            "personal skills",
            "soft skills",
            "technical skills",
            "competencies",
            "required experience",
            # the blocks of a European profile ("Personality and experience / Educational
            # background / Languages")
            "personality and experience",
            "experience and personality",
            "personality",
            "educational background",
            "education",
            "languages",
            "language skills",
            # (Hosco's field among the job's details: "Required languages German (Intermediate)
            # English (Intermediate)")
            "required languages",
            # a public-sector posting's blocks (USAJOBS: "Conditions of Employment", then
            # "Basic Requirements: Education. … Licensure. …")
            "conditions of employment",
            "licensure",
            # (an iCIMS hospital page's labelled blocks: "Minimum Education: … Minimum Experience:
            # … Licenses/Certifications: …")
            # (Naukri's key points of the post, marked as clauses: "Job highlights Strong Java
            # 11+, Spring Boot …")
            "job highlights",
            "minimum education",
            "minimum experience",
            "licenses/certifications",
            "licences/certifications",
            "certifications",
            # (APSJobs, a civil service: "Eligibility To be eligible … candidates must …")
            "eligibility",
            # (Canada's GC Jobs: "… how you meet the following (essential qualifications)")
            "essential qualifications",
            # what the work asks of the body ("Physical Demands / Ability to lift 25 lbs …")
            "physical demands",
            "physical requirements",
            # (Civil Service Jobs: what the selection assesses, "Behaviours / We'll assess you
            # against these behaviours …: Making Effective Decisions …", beside "Technical skills")
            "behaviours",
            "behaviors",
            # Canada's Job Bank: the blocks of what the post asks, each a label above its items
            # ("Certificates, licences, memberships, and courses / Red Seal …", "Personal
            # suitability / Dependability / Team player", "Who can apply to this job? / Only
            # apply to this job if: …"), beside its "Languages" and "Education"
            "certificates, licences, memberships, and courses",
            "certificates, licences, memberships and courses",
            "experience and specialization",
            "experience and specialisation",
            "equipment and machinery experience",
            "transportation/travel information",
            "work conditions and physical capabilities",
            "personal suitability",
            "security and safety",
            "who can apply to this job?",
            # a recruitment agency speaking of its client ("What they need: * Minimum 2 years …",
            # "What they're looking for")
            "what they need",
            "what they are looking for",
            "what the client needs",
            "what our client needs",
            # (an agency's blocks "About Our Client / Job Description / The Successful Applicant
            # / What's on Offer"; a South African board's "Desired Experience & Qualification";
            # not "The successful candidate will:", which leads into duties as often)
            "the successful applicant",
            "desired experience and qualification",
            "desired experience and qualifications",
            "experience and qualifications",
            "qualifications and experience",
        ],
        "qualifications",
    ),
    **dict.fromkeys(
        [
            "nice-to-have skills",
            "nice to have skills",
            "nice-to-have",
            "nice to have",
            "nice-to-haves",
            "nice to haves",
            "preferred qualifications",
            # (a flyer's block after the minimum ones: "PREFERRED\n• Grade II certification")
            "preferred",
            "preferred skills",
            "desired skills",
            "desirable criteria",
            "desirable",
            # (an energy recruiter's block after the requirements: "Advantageous • Previous
            # shutdown experience …")
            "advantageous",
            "bonus points",
            "bonus points for",
            "bonus",
            "pluspunkte",
            "soll-anforderungen",
            "soll anforderungen",
            "kann-anforderungen",
            "wünschenswert",
            "von vorteil",
            "major pluses",
            "pluses",
            "preferred experience",
            # (GC Jobs: "Asset qualifications: …"; Bayt.com's block of fields, "Preferred
            # Candidate / Career Level / Years of Experience / Degree …")
            "asset qualifications",
            "preferred candidate",
            # (a cleared job board's "Required Qualifications: … Desired Qualifications: …")
            "desired qualifications",
            "desired experience",
        ],
        "qualifications:nice",
    ),
    **dict.fromkeys(
        [
            "benefits",
            "job benefits",
            "perks",
            "perks and benefits",
            "benefits and perks",
            "perks & benefits",
            "benefits & perks",
            "what we offer",
            "what's on offer",
            "we offer",
            "we offer you",
            "our offer",
            "compensation",
            "salary",
            # (a pay block under two words: "Compensation & Perks $62,000 - …", "What we can
            # offer you")
            "compensation and perks",
            # (a South African board's "Package & Remuneration Market related salary, …")
            "package and remuneration",
            "remuneration and benefits",
            "remuneration",
            "compensation and benefits",
            "pay and benefits",
            "salary and benefits",
            "what we can offer",
            "what we can offer you",
            # a pay-transparency block ("Pay Range: $28.00 - $36.00 per hour The pay range
            # reflects …")
            "pay range",
            "salary range",
            "pay transparency",
            # LinkedIn's chrome after the description ("… Show more Show less Seniority level
            # Associate Employment type Full-time Job function …")
            "show more",
            "show less",
            "seniority level",
            "wir bieten",
            "wir bieten dir",
            "wir bieten ihnen",
            "das bieten wir",
            "was wir bieten",
            "was wir dir bieten",
            "was wir ihnen bieten",
            "unser angebot",
            "ihre vorteile",
            "deine vorteile",
            "ihre benefits",
            "deine benefits",
            "über uns",
            "so bewirbst du dich",
            "company description",
            "about the company",
            "about company",
            # the page's block of the employer's details (MyCareersFuture: "Company info …")
            "company info",
            "company information",
            "about the employer",
            # (a freelance board's block of the client: "About the Client Melbourne, Australia
            # Member since …")
            "about the client",
            # (PeoplePerHour's: "Client info Leeds, United Kingdom Projects posted 4 …")
            "client info",
            "who we are",
            "additional information",
            "other information",
            "further information",
            # a public-sector page's notes after the qualifications (NEOGOV)
            "supplemental information",
            "zusätzliche informationen",
            "weitere informationen",
            "what you'll get",
            "what you get",
            "our offer to you",
            "the package",
            "package",
            "what's in it for you",
            "why join us",
            "why work with us",
            "why work for us",
            # SEEK's and Jobstreet's questions the form will ask ("Employer questions Your
            # application will include the following questions: …")
            "employer questions",
            "why us",
            "why us?",
            "why you'll love working here",
            "highlights",
            "application",
            "how to apply",
            "application process",
            # what follows the requirements of an academic or public-sector posting: the terms,
            # enrolment, who assesses and how ("… is preferable. Approval and Enrolment The
            # scholarship for the PhD degree is subject to …")
            "terms of employment",
            "terms of appointment",
            "salary and appointment terms",
            "salary and terms of employment",
            "appointment and salary",
            "approval and enrolment",
            "approval and enrollment",
            "assessment",
            "assessment procedure",
            "recruitment process",
            "the further process",
            "selection process",
            "start date",
            "starting date",
            # where the work is done, not what it asks ("Work Environment Busy dispatch office;
            # extended periods of sitting …"; what it asks of the body stands under "Physical
            # Demands")
            "work environment",
            "working environment",
            "start-up",
            # a job board's block of the post's facts ("Job Details / Job Location / Company
            # Industry …") and a university HR page's blocks after the qualifications ("Posting
            # Detail Information / Open Date …", "Special Instructions to Applicants",
            # "Supplemental Questions", "Documents Needed To Apply")
            "job details",
            "posting detail information",
            "special instructions to applicants",
            "supplemental questions",
            "documents needed to apply",
            # (Upwork's block after the job's tags: "Activity on this job Proposals: 20 to 50 …")
            "activity on this job",
            # a public-sector page's notes after the criteria (Civil Service Jobs: "Things you
            # need to know / Selection process details / Nationality requirements …"; NHS Jobs:
            # "Certificate of Sponsorship / Employer details")
            "things you need to know",
            "selection process details",
            "nationality requirements",
            "certificate of sponsorship",
            "employer details",
            # (Job Bank: where the work is done, "Work setting / Construction"; a travel-nursing
            # board's "Pay Breakdown" and "About the facility")
            "work setting",
            "pay breakdown",
            "about the facility",
            # what the worker wears on the shift, the employer's to state (a shift app's "Attire
            # Black long-sleeve button-down shirt, black slacks …"); a condition on appearance in
            # it is no requirement either
            "attire",
            "dress code",
        ],
        "other",
    ),
}

# Headings whose items are bare skill names rather than sentences (a board's tags too: Upwork's
# "Skills and Expertise Level Design Unreal Engine Blueprint …").
SKILL_LIST_HEADINGS = frozenset(
    ["must-have skills", "must have skills", "must-have", "nice-to-have skills"]
    + ["nice to have skills", "nice-to-have", "nice to have", "skills", "required skills"]
    + ["preferred skills", "skills and expertise", "skills required", "top skills"]
    # (a board's labelled certificates: "Certifications: BLS, ACLS")
    + ["certifications", "licenses/certifications", "licences/certifications"]
)

# A heading is written with its contractions or without them ("What you'll need" / "What you
# will need", "What we're looking for" / "What we are looking for"), and with either apostrophe.
_CONTRACTIONS = {
    **{"you'll": "you will", "we're": "we are", "what's": "what is", "you're": "you are"},
    "they're": "they are",
}
for _word, _kind in list(EN_HEADINGS.items()):
    for _short, _long in _CONTRACTIONS.items():
        EN_HEADINGS.setdefault(_word.replace(_short, _long), _kind)
        EN_HEADINGS.setdefault(_word.replace(_long, _short), _kind)
EN_HEADINGS.update({w.replace("'", "’"): k for w, k in list(EN_HEADINGS.items()) if "'" in w})
# ... and with "&" or "+" for "and" or the reverse ("Skills & experience", "Perks and benefits",
# "Perks + Benefits").
for _word, _kind in list(EN_HEADINGS.items()):
    EN_HEADINGS.setdefault(_word.replace(" and ", " & "), _kind)
    EN_HEADINGS.setdefault(_word.replace(" and ", " + "), _kind)
    EN_HEADINGS.setdefault(_word.replace(" & ", " and "), _kind)
