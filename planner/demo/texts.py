"""Phrase banks for the demo data, in English, Norsk bokmål and Kiswahili.

These are *data*: what a person would have typed into the planner in their
own language (titles, notes, reflections, goals, reviews). They are written
into the database as user text and never go through gettext. The terms follow
``glossary.md`` so that the demo reads like the UI around it.

Placeholders: ``{topic}`` a skill in running text, ``{areas}`` a list of
areas, ``{title}`` a job title, numbers as named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class DemoTexts:
    person: str
    role: str
    currency: str
    and_word: str
    skill_topics: Mapping[str, str]
    area_names: Mapping[str, str]
    plan_titles: Mapping[str, tuple[str, ...]]  # by LearningType value
    providers: Mapping[str, tuple[tuple[str, str], ...]]  # by LearningType value: (name, url)
    plan_notes: tuple[str, ...]
    learned: Mapping[str, tuple[str, ...]]  # by LearningType value
    insights: tuple[str, ...]
    apply: tuple[str, ...]
    assessment_notes: tuple[str, ...]
    strengths_notes: tuple[str, ...]
    rationale: Mapping[str, tuple[str, ...]]  # by Road value
    posting_titles: Mapping[str, tuple[str, ...]]  # by area key
    seniority_titles: Mapping[str, str]  # by Seniority value, with {title}
    employers: tuple[str, ...]
    sources: tuple[str, ...]
    locations: tuple[str, ...]
    posting_notes: tuple[str, ...]
    year_notes: tuple[str, ...]
    goal_level: tuple[str, str]  # (title, measure) with {topic}, {level}
    goal_hours: tuple[str, str]  # with {hours}
    goal_peer: tuple[str, str]  # with {count}
    goal_market: tuple[str, str]  # with {count}
    goal_share: tuple[str, str]  # with {topic}
    review_opening: tuple[str, ...]  # with {year}, {hours}, {entries}
    review_plan: tuple[str, ...]  # with {done}, {total}, {dropped}
    review_goals: tuple[str, ...]  # with {done}, {total}
    review_best: tuple[str, ...]  # with {topic}
    review_next: tuple[str, ...]  # with {topic}


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


EN = DemoTexts(
    person="Alex Morgan",
    role="Digital marketer",
    currency="GBP",
    and_word="and",
    skill_topics=_frozen(
        {
            "technical_seo": "technical SEO",
            "content_on_page": "content and on-page SEO",
            "link_building": "link building",
            "search_ads": "search ads (PPC)",
            "social_ads": "social ads",
            "display_programmatic": "display and programmatic",
            "data_segmentation": "data and segmentation",
            "email_campaigns": "e-mail campaigns",
            "marketing_automation": "marketing automation",
            "content_creation": "content creation",
            "community_engagement": "community engagement",
            "social_listening": "social listening",
            "crisis_communication": "crisis communication",
            "web_analytics": "web analytics",
            "reporting": "reporting",
            "experimentation": "experimentation",
            "brand_strategy": "brand strategy",
            "leadership": "leadership and people management",
            "commercial_thinking": "strategic and commercial thinking",
        }
    ),
    area_names=_frozen(
        {
            "seo": "SEO",
            "digital_media": "digital media",
            "crm_email": "CRM and e-mail",
            "social_media": "social media",
            "analytics": "analytics",
            "strategy": "strategy and leadership",
        }
    ),
    plan_titles=_frozen(
        {
            "mentor": (
                "Monthly talks with a mentor about {topic}",
                "Shadow a senior colleague on {topic}",
                "Ask a colleague to review my {topic} work",
            ),
            "twitter_list": (
                "Build a Twitter/X list of {topic} practitioners",
                "Follow and prune my {topic} list every week",
            ),
            "community": (
                "Join a {topic} community and post once a month",
                "Go to the local {topic} meetup",
                "Answer questions in a {topic} forum",
            ),
            "course": (
                "Online course: {topic} from the ground up",
                "Advanced course in {topic}",
                "Short course: practical {topic}",
            ),
            "certification": (
                "Certification in {topic}",
                "Renew my {topic} certification",
            ),
            "degree": (
                "Master's degree module: {topic}",
                "Part-time university credits in {topic}",
            ),
            "book_podcast": (
                "Read a classic book on {topic}",
                "Podcast series on {topic}",
                "Read three case studies on {topic}",
            ),
            "conference": (
                "Attend a conference on {topic}",
                "Give a short talk about {topic} at an event",
            ),
            "job_project": (
                "Lead a {topic} project at work",
                "Take over {topic} for one product line",
                "Run a {topic} pilot with the sales team",
            ),
        }
    ),
    providers=_frozen(
        {
            "mentor": (("Head of marketing", ""), ("Former manager", ""), ("Agency partner", "")),
            "twitter_list": (("Twitter/X", "https://x.com"),),
            "community": (
                ("Digital Marketing Meetup", ""),
                ("Marketing Slack community", ""),
                ("Local marketing network", ""),
            ),
            "course": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
                ("Coursera", "https://www.coursera.org"),
                ("LinkedIn Learning", "https://www.linkedin.com/learning"),
            ),
            "certification": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("Meta Blueprint", "https://www.facebook.com/business/learn"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
            ),
            "degree": (("Open University", "https://www.open.ac.uk"),),
            "book_podcast": (("Library", ""), ("Podcast app", ""), ("Bookshop", "")),
            "conference": (("BrightonSEO", ""), ("Social Media Week", ""), ("MarTech Summit", "")),
            "job_project": (("Own team", ""), ("Marketing department", "")),
        }
    ),
    plan_notes=(
        "Fits the focus I chose for this year.",
        "Only if the budget allows it.",
        "Agreed with my manager at the appraisal.",
        "Block two evenings a week for this.",
        "A colleague recommended it.",
        "Follow up with a short write-up for the team.",
    ),
    learned=_frozen(
        {
            "mentor": (
                "Talked {topic} through with my mentor.",
                "Colleague showed me how they handle {topic}.",
            ),
            "twitter_list": (
                "Skimmed my list for news on {topic}.",
                "Saved threads about {topic}.",
            ),
            "community": (
                "Discussed {topic} in the community.",
                "Meetup evening on {topic}.",
            ),
            "course": (
                "Course module on {topic}.",
                "Finished a lesson and quiz on {topic}.",
            ),
            "certification": (
                "Studied for the {topic} exam.",
                "Practice test on {topic}.",
            ),
            "degree": (
                "Lecture and reading on {topic}.",
                "Worked on the assignment about {topic}.",
            ),
            "book_podcast": (
                "Read a chapter on {topic}.",
                "Podcast episode on {topic}.",
            ),
            "conference": (
                "Conference day: talks on {topic}.",
                "Workshop at the event on {topic}.",
            ),
            "job_project": (
                "Worked on {topic} in the campaign.",
                "Set up and checked {topic} for a client.",
                "Fixed issues in our {topic}.",
            ),
        }
    ),
    insights=(
        "Small tests beat big guesses.",
        "The numbers only mean something against a baseline.",
        "Write the brief before touching the tools.",
        "Good segmentation saves budget.",
        "Listen before you post.",
        "A clear report gets a decision faster.",
        "Most problems start with unclear goals.",
        "Mobile users behave very differently.",
        "Consistency matters more than volume.",
        "",
        "",
    ),
    apply=(
        "Try it on next week's campaign.",
        "Share a summary with the team.",
        "Add a check to our launch list.",
        "Use it in the monthly report.",
        "Test two variants before deciding.",
        "Suggest it at the next planning meeting.",
        "",
        "",
        "",
    ),
    assessment_notes=(
        "After finishing the course.",
        "Feedback from my manager.",
        "Did this on my own for the first time.",
        "Still need help with the harder parts.",
        "Compared with the job postings I read.",
        "Taught a colleague; I know it well now.",
    ),
    strengths_notes=(
        "First honest look at my strengths and weaknesses.",
        "Feedback from colleagues confirmed the creative side.",
        "Managing people has made me better at persuasion.",
    ),
    rationale=_frozen(
        {
            "deep_specialist": (
                "I want to be the go-to person for {areas}; it suits my strengths best.",
                "The market pays well for real depth in {areas}.",
            ),
            "semi_specialist": (
                "A T-shape: base knowledge of every channel and depth in {areas}.",
                "{areas} work well together and match what the postings ask for.",
            ),
            "generalist_leader": (
                "Time to lead: broad channel knowledge with {areas} as my specialism.",
                "I enjoy strategy and people more than hands-on channel work.",
            ),
            "communication_brand": (
                "Brand and communication is where I add most: {areas}.",
                "I want to own the story of the brand, with {areas} as depth.",
            ),
        }
    ),
    posting_titles=_frozen(
        {
            "seo": (
                "SEO specialist",
                "SEO manager",
                "Technical SEO consultant",
                "Content & SEO editor",
            ),
            "digital_media": (
                "PPC specialist",
                "Paid social manager",
                "Digital media buyer",
                "Performance marketer",
            ),
            "crm_email": (
                "CRM manager",
                "E-mail marketing specialist",
                "Marketing automation lead",
            ),
            "social_media": (
                "Social media manager",
                "Community manager",
                "Content creator",
                "Social media strategist",
            ),
            "analytics": ("Marketing analyst", "Web analytics specialist", "CRO specialist"),
            "strategy": ("Head of digital marketing", "Brand manager", "Marketing director"),
        }
    ),
    seniority_titles=_frozen(
        {
            "junior": "Junior {title}",
            "mid": "{title}",
            "senior": "Senior {title}",
            "lead": "Lead {title}",
        }
    ),
    employers=(
        "Northwind Retail",
        "Brightpath Agency",
        "Harbour Bank",
        "Greenleaf Foods",
        "Atlas Travel",
        "Pixel & Co",
        "City Council",
        "Summit Software",
        "Bluebird Media",
        "Oakridge Insurance",
        "Fresh Fashion Ltd",
        "Nordic Outdoor",
    ),
    sources=("LinkedIn", "Indeed", "Company website", "Recruiter", "Glassdoor"),
    locations=("London", "Manchester", "Bristol", "Leeds", "Remote", "Edinburgh"),
    posting_notes=(
        "Asks for a lot of tools for a mid-level role.",
        "Good salary range listed.",
        "Hybrid, two days in the office.",
        "Wants experience with the same stack as ours.",
        "Interesting: social listening is a must-have.",
    ),
    year_notes=(
        "Focus this year: {areas}. Keep the base in every other channel.",
        "This year I go deeper in {areas} and read the job postings every month.",
        "Main focus: {areas}. Fewer courses, more practice at work.",
    ),
    goal_level=(
        "Reach level {level} in {topic}",
        "Self-assessment at {level} or above, backed by one piece of work I can show.",
    ),
    goal_hours=(
        "Log {hours} hours of learning",
        "At least {hours} hours in the learning log by the end of the year.",
    ),
    goal_peer=(
        "Learn from peers every month",
        "{count} mentor talks or community meetings, logged.",
    ),
    goal_market=(
        "Read the job market systematically",
        "At least {count} job postings read and tagged with areas and skills.",
    ),
    goal_share=(
        "Share what I know about {topic}",
        "One talk or article for colleagues, with feedback collected.",
    ),
    review_opening=(
        "{year} in numbers: {hours} hours of learning over {entries} log entries.",
        "In {year} I logged {entries} entries, {hours} hours in total.",
    ),
    review_plan=(
        "I finished {done} of {total} plan items and dropped {dropped}.",
        "Of {total} items in the plan, {done} are done; {dropped} I let go on purpose.",
    ),
    review_goals=(
        "Goals: {done} of {total} reached.",
        "I reached {done} of my {total} goals.",
    ),
    review_best=(
        "Biggest step forward: {topic}.",
        "I grew most in {topic}, mostly through practice at work.",
    ),
    review_next=(
        "Next year I want more depth in {topic}.",
        "Next: {topic}, which the postings ask for more and more.",
    ),
)


NB = DemoTexts(
    person="Ingrid Solberg",
    role="Digital markedsfører",
    currency="NOK",
    and_word="og",
    skill_topics=_frozen(
        {
            "technical_seo": "teknisk SEO",
            "content_on_page": "innhold og on-page-SEO",
            "link_building": "lenkebygging",
            "search_ads": "søkeannonser (PPC)",
            "social_ads": "annonsering i sosiale medier",
            "display_programmatic": "display og programmatisk",
            "data_segmentation": "data og segmentering",
            "email_campaigns": "e-postkampanjer",
            "marketing_automation": "markedsføringsautomatisering",
            "content_creation": "innholdsproduksjon",
            "community_engagement": "engasjement",
            "social_listening": "sosial lytting",
            "crisis_communication": "krisekommunikasjon",
            "web_analytics": "webanalyse",
            "reporting": "rapportering",
            "experimentation": "eksperimentering",
            "brand_strategy": "merkevarestrategi",
            "leadership": "ledelse og personalledelse",
            "commercial_thinking": "strategisk og kommersiell tenkning",
        }
    ),
    area_names=_frozen(
        {
            "seo": "SEO",
            "digital_media": "digital media",
            "crm_email": "CRM og e-post",
            "social_media": "sosiale medier",
            "analytics": "analyse",
            "strategy": "strategi og ledelse",
        }
    ),
    plan_titles=_frozen(
        {
            "mentor": (
                "Månedlige samtaler med mentor om {topic}",
                "Følge en erfaren kollega i arbeidet med {topic}",
                "Be en kollega gå gjennom arbeidet mitt med {topic}",
            ),
            "twitter_list": (
                "Lage en Twitter-/X-liste over fagfolk innen {topic}",
                "Rydde i listen min om {topic} hver uke",
            ),
            "community": (
                "Bli med i et fellesskap for {topic} og poste en gang i måneden",
                "Gå på det lokale meetupet om {topic}",
                "Svare på spørsmål om {topic} i et forum",
            ),
            "course": (
                "Nettkurs: {topic} fra grunnen av",
                "Videregående kurs i {topic}",
                "Kortkurs: praktisk {topic}",
            ),
            "certification": (
                "Sertifisering i {topic}",
                "Fornye sertifiseringen i {topic}",
            ),
            "degree": (
                "Emne i mastergraden: {topic}",
                "Studiepoeng på deltid i {topic}",
            ),
            "book_podcast": (
                "Lese en klassiker om {topic}",
                "Podkastserie om {topic}",
                "Lese tre casestudier om {topic}",
            ),
            "conference": (
                "Delta på en konferanse om {topic}",
                "Holde et kort foredrag om {topic} på et arrangement",
            ),
            "job_project": (
                "Lede et prosjekt innen {topic} på jobben",
                "Ta ansvar for {topic} for én produktlinje",
                "Kjøre en pilot med {topic} sammen med salg",
            ),
        }
    ),
    providers=_frozen(
        {
            "mentor": (("Markedssjefen", ""), ("Tidligere leder", ""), ("Byråpartner", "")),
            "twitter_list": (("Twitter/X", "https://x.com"),),
            "community": (
                ("Digital markedsføring Oslo", ""),
                ("Slack-fellesskap for markedsførere", ""),
                ("Lokalt markedsføringsnettverk", ""),
            ),
            "course": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
                ("Høyskolen Kristiania", "https://www.kristiania.no"),
                ("Coursera", "https://www.coursera.org"),
            ),
            "certification": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("Meta Blueprint", "https://www.facebook.com/business/learn"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
            ),
            "degree": (
                ("Handelshøyskolen BI", "https://www.bi.no"),
                ("NTNU", "https://www.ntnu.no"),
            ),
            "book_podcast": (("Biblioteket", ""), ("Podkast-appen", ""), ("Bokhandelen", "")),
            "conference": (("Digital Marketing Days", ""), ("Webdagene", ""), ("SoMe-dagen", "")),
            "job_project": (("Eget team", ""), ("Markedsavdelingen", "")),
        }
    ),
    plan_notes=(
        "Passer med fokuset jeg valgte for året.",
        "Bare hvis budsjettet tillater det.",
        "Avtalt med lederen min i medarbeidersamtalen.",
        "Sett av to kvelder i uken til dette.",
        "En kollega anbefalte det.",
        "Skriv et kort sammendrag til teamet etterpå.",
    ),
    learned=_frozen(
        {
            "mentor": (
                "Gikk gjennom {topic} med mentoren min.",
                "En kollega viste meg hvordan hun jobber med {topic}.",
            ),
            "twitter_list": (
                "Skumleste listen min for nytt om {topic}.",
                "Lagret tråder om {topic}.",
            ),
            "community": (
                "Diskuterte {topic} i fellesskapet.",
                "Meetup-kveld om {topic}.",
            ),
            "course": (
                "Kursmodul om {topic}.",
                "Fullførte en leksjon og en quiz om {topic}.",
            ),
            "certification": (
                "Leste til eksamen i {topic}.",
                "Øvingsprøve i {topic}.",
            ),
            "degree": (
                "Forelesning og pensum om {topic}.",
                "Jobbet med innleveringen om {topic}.",
            ),
            "book_podcast": (
                "Leste et kapittel om {topic}.",
                "Podkastepisode om {topic}.",
            ),
            "conference": (
                "Konferansedag: foredrag om {topic}.",
                "Workshop om {topic} på arrangementet.",
            ),
            "job_project": (
                "Jobbet med {topic} i kampanjen.",
                "Satte opp og sjekket {topic} for en kunde.",
                "Rettet feil i {topic} hos oss.",
            ),
        }
    ),
    insights=(
        "Små tester slår store gjetninger.",
        "Tallene betyr bare noe sammenlignet med et utgangspunkt.",
        "Skriv briefen før du åpner verktøyene.",
        "God segmentering sparer budsjett.",
        "Lytt før du poster.",
        "En tydelig rapport gir raskere beslutninger.",
        "De fleste problemer starter med uklare mål.",
        "Mobilbrukere oppfører seg helt annerledes.",
        "Jevnhet betyr mer enn volum.",
        "",
        "",
    ),
    apply=(
        "Prøve det i neste ukes kampanje.",
        "Dele et sammendrag med teamet.",
        "Legge til et punkt i sjekklisten før lansering.",
        "Bruke det i månedsrapporten.",
        "Teste to varianter før vi bestemmer oss.",
        "Foreslå det på neste planleggingsmøte.",
        "",
        "",
        "",
    ),
    assessment_notes=(
        "Etter at jeg fullførte kurset.",
        "Tilbakemelding fra lederen min.",
        "Gjorde dette på egen hånd for første gang.",
        "Trenger fortsatt hjelp med de vanskeligste delene.",
        "Sammenlignet med stillingsannonsene jeg har lest.",
        "Lærte det bort til en kollega; nå kan jeg det godt.",
    ),
    strengths_notes=(
        "Første ærlige blikk på mine egne styrker og svakheter.",
        "Tilbakemeldinger fra kolleger bekreftet den kreative siden.",
        "Personalansvar har gjort meg bedre til påvirkning og overtalelse.",
    ),
    rationale=_frozen(
        {
            "deep_specialist": (
                "Jeg vil være den man spør om {areas}; det passer styrkene mine best.",
                "Markedet betaler godt for ekte dybde i {areas}.",
            ),
            "semi_specialist": (
                "T-formet profil: grunnforståelse av alle kanaler og dybde i {areas}.",
                "{areas} henger godt sammen og er det stillingsannonsene etterspør.",
            ),
            "generalist_leader": (
                "Tid for å lede: bred kanalforståelse med {areas} som spesialisering.",
                "Jeg trives bedre med strategi og mennesker enn med praktisk kanalarbeid.",
            ),
            "communication_brand": (
                "Merkevare og kommunikasjon er der jeg bidrar mest: {areas}.",
                "Jeg vil eie historien om merkevaren, med {areas} som dybde.",
            ),
        }
    ),
    posting_titles=_frozen(
        {
            "seo": (
                "SEO-spesialist",
                "SEO-ansvarlig",
                "Teknisk SEO-rådgiver",
                "Innholds- og SEO-redaktør",
            ),
            "digital_media": (
                "PPC-spesialist",
                "Ansvarlig for annonsering i sosiale medier",
                "Mediekjøper digital",
                "Performance-markedsfører",
            ),
            "crm_email": (
                "CRM-ansvarlig",
                "E-postmarkedsfører",
                "Ansvarlig for markedsføringsautomatisering",
            ),
            "social_media": (
                "Ansvarlig for sosiale medier",
                "Community manager",
                "Innholdsprodusent",
                "Strateg for sosiale medier",
            ),
            "analytics": ("Markedsanalytiker", "Webanalytiker", "CRO-spesialist"),
            "strategy": ("Leder for digital markedsføring", "Merkevaresjef", "Markedsdirektør"),
        }
    ),
    seniority_titles=_frozen(
        {
            "junior": "Junior {title}",
            "mid": "{title}",
            "senior": "Senior {title}",
            "lead": "{title}, teamleder",
        }
    ),
    employers=(
        "Fjordkraft Handel",
        "Nordlys Byrå",
        "Sparebanken Vest",
        "Bakeriet AS",
        "Reiseliv Norge",
        "Piksel & Co",
        "Bergen kommune",
        "Tindesoft",
        "Måke Media",
        "Trygg Forsikring",
        "Strikk og Stil AS",
        "Friluftsbutikken",
    ),
    sources=("FINN.no", "NAV", "LinkedIn", "Bedriftens nettside", "Rekrutterer"),
    locations=("Oslo", "Bergen", "Trondheim", "Stavanger", "Fjernarbeid", "Tromsø"),
    posting_notes=(
        "Krever mange verktøy for en stilling på mellomnivå.",
        "Oppgir et godt lønnsspenn.",
        "Hybrid, to dager på kontoret.",
        "Vil ha erfaring med de samme verktøyene som vi bruker.",
        "Interessant: sosial lytting er et krav.",
    ),
    year_notes=(
        "Fokus i år: {areas}. Beholde grunnforståelsen i de andre kanalene.",
        "I år går jeg dypere i {areas} og leser stillingsannonsene hver måned.",
        "Hovedfokus: {areas}. Færre kurs, mer praksis på jobben.",
    ),
    goal_level=(
        "Nå nivå {level} i {topic}",
        "Egenvurdering på {level} eller høyere, med ett arbeid jeg kan vise fram.",
    ),
    goal_hours=(
        "Loggføre {hours} timer læring",
        "Minst {hours} timer i læringsloggen innen årets slutt.",
    ),
    goal_peer=(
        "Lære fra kolleger hver måned",
        "{count} mentorsamtaler eller møter i fellesskapet, loggført.",
    ),
    goal_market=(
        "Lese arbeidsmarkedet systematisk",
        "Minst {count} stillingsannonser lest og merket med områder og ferdigheter.",
    ),
    goal_share=(
        "Dele det jeg kan om {topic}",
        "Ett foredrag eller én artikkel for kolleger, med tilbakemeldinger.",
    ),
    review_opening=(
        "{year} i tall: {hours} timer læring fordelt på {entries} loggføringer.",
        "I {year} loggførte jeg {entries} ganger, {hours} timer totalt.",
    ),
    review_plan=(
        "Jeg fullførte {done} av {total} punkter i planen og droppet {dropped}.",
        "Av {total} punkter i planen er {done} fullført; {dropped} la jeg bort med vilje.",
    ),
    review_goals=(
        "Mål: {done} av {total} nådd.",
        "Jeg nådde {done} av mine {total} mål.",
    ),
    review_best=(
        "Største fremgang: {topic}.",
        "Jeg vokste mest innen {topic}, mest gjennom praksis på jobben.",
    ),
    review_next=(
        "Neste år vil jeg ha mer dybde i {topic}.",
        "Neste: {topic}, som stillingsannonsene etterspør stadig mer.",
    ),
)


SW = DemoTexts(
    person="Amina Wanjiru",
    role="Muuzaji wa kidijitali",
    currency="KES",
    and_word="na",
    skill_topics=_frozen(
        {
            "technical_seo": "SEO ya kiufundi",
            "content_on_page": "maudhui na SEO ya ndani ya ukurasa",
            "link_building": "ujenzi wa viungo",
            "search_ads": "matangazo ya utafutaji (PPC)",
            "social_ads": "matangazo ya mitandao ya kijamii",
            "display_programmatic": "matangazo ya mabango na ya kiotomatiki",
            "data_segmentation": "data na ugawaji wa wateja",
            "email_campaigns": "kampeni za barua pepe",
            "marketing_automation": "uuzaji wa kiotomatiki",
            "content_creation": "uundaji wa maudhui",
            "community_engagement": "ushirikishwaji",
            "social_listening": "usikilizaji wa kijamii",
            "crisis_communication": "mawasiliano ya dharura",
            "web_analytics": "uchambuzi wa tovuti",
            "reporting": "utoaji wa ripoti",
            "experimentation": "majaribio",
            "brand_strategy": "mkakati wa chapa",
            "leadership": "uongozi na usimamizi wa watu",
            "commercial_thinking": "fikra za kimkakati na kibiashara",
        }
    ),
    area_names=_frozen(
        {
            "seo": "SEO",
            "digital_media": "matangazo ya kidijitali",
            "crm_email": "CRM na barua pepe",
            "social_media": "mitandao ya kijamii",
            "analytics": "uchambuzi",
            "strategy": "mkakati na uongozi",
        }
    ),
    plan_titles=_frozen(
        {
            "mentor": (
                "Mazungumzo ya kila mwezi na mshauri kuhusu {topic}",
                "Kufuatana na mwenzako mzoefu katika {topic}",
                "Kumwomba mwenzako akague kazi yangu ya {topic}",
            ),
            "twitter_list": (
                "Kuunda orodha ya Twitter/X ya wataalamu wa {topic}",
                "Kupitia orodha yangu ya {topic} kila wiki",
            ),
            "community": (
                "Kujiunga na jumuiya ya {topic} na kuchapisha kila mwezi",
                "Kuhudhuria mkutano wa karibu kuhusu {topic}",
                "Kujibu maswali kuhusu {topic} kwenye jukwaa",
            ),
            "course": (
                "Kozi ya mtandaoni: {topic} kuanzia mwanzo",
                "Kozi ya juu ya {topic}",
                "Kozi fupi: {topic} kwa vitendo",
            ),
            "certification": (
                "Udhibitisho wa {topic}",
                "Kuhuisha udhibitisho wangu wa {topic}",
            ),
            "degree": (
                "Somo la shahada ya uzamili: {topic}",
                "Masomo ya muda wa ziada ya chuo kikuu kuhusu {topic}",
            ),
            "book_podcast": (
                "Kusoma kitabu maarufu kuhusu {topic}",
                "Mfululizo wa podikasti kuhusu {topic}",
                "Kusoma mifano mitatu halisi ya {topic}",
            ),
            "conference": (
                "Kuhudhuria kongamano kuhusu {topic}",
                "Kutoa hotuba fupi kuhusu {topic} kwenye tukio",
            ),
            "job_project": (
                "Kuongoza mradi wa {topic} kazini",
                "Kusimamia {topic} kwa bidhaa moja",
                "Kuendesha jaribio la {topic} pamoja na timu ya mauzo",
            ),
        }
    ),
    providers=_frozen(
        {
            "mentor": (
                ("Mkuu wa masoko", ""),
                ("Meneja wangu wa zamani", ""),
                ("Mshirika wa wakala", ""),
            ),
            "twitter_list": (("Twitter/X", "https://x.com"),),
            "community": (
                ("Jumuiya ya Wauzaji wa Kidijitali Nairobi", ""),
                ("Kikundi cha WhatsApp cha wauzaji", ""),
                ("Mtandao wa masoko wa karibu", ""),
            ),
            "course": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
                ("Moringa School", "https://moringaschool.com"),
                ("Coursera", "https://www.coursera.org"),
            ),
            "certification": (
                ("Google Skillshop", "https://skillshop.withgoogle.com"),
                ("Meta Blueprint", "https://www.facebook.com/business/learn"),
                ("HubSpot Academy", "https://academy.hubspot.com"),
            ),
            "degree": (
                ("Chuo Kikuu cha Nairobi", "https://www.uonbi.ac.ke"),
                ("Chuo Kikuu cha Strathmore", "https://strathmore.edu"),
            ),
            "book_podcast": (
                ("Maktaba", ""),
                ("Programu ya podikasti", ""),
                ("Duka la vitabu", ""),
            ),
            "conference": (
                ("Kongamano la Uuzaji wa Kidijitali Afrika Mashariki", ""),
                ("Wiki ya Mitandao ya Kijamii Nairobi", ""),
            ),
            "job_project": (("Timu yangu", ""), ("Idara ya masoko", "")),
        }
    ),
    plan_notes=(
        "Inalingana na lengo nililochagua mwaka huu.",
        "Ikiwa tu bajeti itaruhusu.",
        "Tulikubaliana na meneja wangu kwenye tathmini.",
        "Nitatenga jioni mbili kwa wiki kwa hili.",
        "Mwenzangu alinipendekezea.",
        "Baadaye niandike muhtasari mfupi kwa timu.",
    ),
    learned=_frozen(
        {
            "mentor": (
                "Nilijadili {topic} na mshauri wangu.",
                "Mwenzangu alinionyesha jinsi anavyoshughulikia {topic}.",
            ),
            "twitter_list": (
                "Nilipitia orodha yangu kwa habari za {topic}.",
                "Nilihifadhi mijadala kuhusu {topic}.",
            ),
            "community": (
                "Tulijadili {topic} katika jumuiya.",
                "Jioni ya mkutano kuhusu {topic}.",
            ),
            "course": (
                "Sehemu ya kozi kuhusu {topic}.",
                "Nilimaliza somo na jaribio kuhusu {topic}.",
            ),
            "certification": (
                "Nilijiandaa kwa mtihani wa {topic}.",
                "Mtihani wa mazoezi wa {topic}.",
            ),
            "degree": (
                "Mhadhara na usomaji kuhusu {topic}.",
                "Nilifanya kazi ya zoezi kuhusu {topic}.",
            ),
            "book_podcast": (
                "Nilisoma sura kuhusu {topic}.",
                "Kipindi cha podikasti kuhusu {topic}.",
            ),
            "conference": (
                "Siku ya kongamano: hotuba kuhusu {topic}.",
                "Warsha kuhusu {topic} kwenye tukio.",
            ),
            "job_project": (
                "Nilifanya kazi ya {topic} katika kampeni.",
                "Niliweka na kukagua {topic} kwa mteja.",
                "Nilirekebisha matatizo ya {topic} katika kampeni yetu.",
            ),
        }
    ),
    insights=(
        "Majaribio madogo ni bora kuliko makisio makubwa.",
        "Takwimu zina maana tu zikilinganishwa na mwanzo.",
        "Andika maelezo ya kazi kabla ya kufungua zana.",
        "Ugawaji mzuri wa wateja huokoa bajeti.",
        "Sikiliza kabla ya kuchapisha.",
        "Ripoti iliyo wazi huleta uamuzi haraka.",
        "Matatizo mengi huanza na malengo yasiyo wazi.",
        "Watumiaji wa simu hutenda tofauti kabisa.",
        "Uthabiti ni muhimu kuliko wingi.",
        "",
        "",
    ),
    apply=(
        "Nijaribu kwenye kampeni ya wiki ijayo.",
        "Nishirikishe timu muhtasari.",
        "Niongeze hatua kwenye orodha ya ukaguzi kabla ya uzinduzi.",
        "Nitumie kwenye ripoti ya mwezi.",
        "Tujaribu matoleo mawili kabla ya kuamua.",
        "Nipendekeze kwenye mkutano ujao wa mipango.",
        "",
        "",
        "",
    ),
    assessment_notes=(
        "Baada ya kumaliza kozi.",
        "Maoni kutoka kwa meneja wangu.",
        "Nilifanya hili peke yangu kwa mara ya kwanza.",
        "Bado nahitaji msaada katika sehemu ngumu.",
        "Nimelinganisha na matangazo ya kazi niliyosoma.",
        "Nilimfundisha mwenzangu; sasa naujua vizuri.",
    ),
    strengths_notes=(
        "Mara ya kwanza kutazama kwa uaminifu uwezo na udhaifu wangu.",
        "Maoni ya wenzangu yalithibitisha upande wa ubunifu.",
        "Kusimamia watu kumeniongezea ushawishi.",
    ),
    rationale=_frozen(
        {
            "deep_specialist": (
                "Nataka kuwa mtu wa kutegemewa katika {areas}; inalingana na uwezo wangu.",
                "Soko la ajira linalipa vizuri kwa utaalamu wa kina katika {areas}.",
            ),
            "semi_specialist": (
                "Wasifu wa umbo la T: msingi wa kila njia na kina katika {areas}.",
                "{areas} zinaendana vizuri na ndizo matangazo ya kazi yanazotaka.",
            ),
            "generalist_leader": (
                "Wakati wa kuongoza: ujuzi mpana wa njia zote, na {areas} kama utaalamu wangu.",
                "Nafurahia mkakati na watu kuliko kazi ya vitendo ya njia moja.",
            ),
            "communication_brand": (
                "Chapa na mawasiliano ndipo ninapochangia zaidi: {areas}.",
                "Nataka kumiliki hadithi ya chapa, na {areas} kama kina.",
            ),
        }
    ),
    posting_titles=_frozen(
        {
            "seo": (
                "Mtaalamu wa SEO",
                "Meneja wa SEO",
                "Mshauri wa SEO ya kiufundi",
                "Mhariri wa maudhui na SEO",
            ),
            "digital_media": (
                "Mtaalamu wa PPC",
                "Meneja wa matangazo ya mitandao ya kijamii",
                "Mnunuzi wa matangazo ya kidijitali",
                "Muuzaji wa matokeo",
            ),
            "crm_email": (
                "Meneja wa CRM",
                "Mtaalamu wa uuzaji wa barua pepe",
                "Msimamizi wa uuzaji wa kiotomatiki",
            ),
            "social_media": (
                "Meneja wa mitandao ya kijamii",
                "Meneja wa jumuiya",
                "Mtayarishaji wa maudhui",
                "Mtaalamu wa mkakati wa mitandao ya kijamii",
            ),
            "analytics": (
                "Mchambuzi wa masoko",
                "Mtaalamu wa uchambuzi wa tovuti",
                "Mtaalamu wa CRO",
            ),
            "strategy": ("Mkuu wa uuzaji wa kidijitali", "Meneja wa chapa", "Mkurugenzi wa masoko"),
        }
    ),
    seniority_titles=_frozen(
        {
            "junior": "{title} msaidizi",
            "mid": "{title}",
            "senior": "{title} mwandamizi",
            "lead": "{title}, kiongozi wa timu",
        }
    ),
    employers=(
        "Duka Kuu Ltd",
        "Wakala wa Nyota",
        "Benki ya Pwani",
        "Chai Bora",
        "Safari Njema Tours",
        "Pikseli na Wenzake",
        "Kaunti ya Nairobi",
        "Teknolojia Imara",
        "Sauti Media",
        "Bima Salama",
        "Mavazi Maridadi",
        "Kilimo Fresh",
    ),
    sources=("BrighterMonday", "Fuzu", "LinkedIn", "Tovuti ya kampuni", "Wakala wa ajira"),
    locations=("Nairobi", "Mombasa", "Kisumu", "Dar es Salaam", "Arusha", "Kazi ya mbali"),
    posting_notes=(
        "Linataka zana nyingi kwa nafasi ya ngazi ya kati.",
        "Limeonyesha kiwango kizuri cha mshahara.",
        "Mseto: siku mbili ofisini.",
        "Linataka uzoefu wa zana zile zile tunazotumia.",
        "Jambo la kuvutia: usikilizaji wa kijamii ni lazima.",
    ),
    year_notes=(
        "Lengo la mwaka huu: {areas}. Kudumisha msingi katika njia nyingine zote.",
        "Mwaka huu nitaongeza kina katika {areas} na kusoma matangazo ya kazi kila mwezi.",
        "Lengo kuu: {areas}. Kozi chache, mazoezi zaidi kazini.",
    ),
    goal_level=(
        "Kufikia kiwango {level} katika {topic}",
        "Kujitathmini kwa kiwango {level} au zaidi, pamoja na kazi moja ninayoweza kuonyesha.",
    ),
    goal_hours=(
        "Kurekodi saa {hours} za kujifunza",
        "Angalau saa {hours} katika shajara ya kujifunza kufikia mwisho wa mwaka.",
    ),
    goal_peer=(
        "Kujifunza kutoka kwa wenzangu kila mwezi",
        "Mazungumzo {count} na mshauri au mikutano ya jumuiya, yaliyorekodiwa.",
    ),
    goal_market=(
        "Kusoma soko la ajira kwa utaratibu",
        "Angalau matangazo ya kazi {count} yamesomwa na kuwekewa maeneo na ujuzi.",
    ),
    goal_share=(
        "Kushiriki ninachojua kuhusu {topic}",
        "Hotuba au makala moja kwa wenzangu, pamoja na maoni yao.",
    ),
    review_opening=(
        "{year} kwa takwimu: saa {hours} za kujifunza katika maingizo {entries} ya shajara.",
        "Mwaka {year} niliandika maingizo {entries}, jumla ya saa {hours}.",
    ),
    review_plan=(
        "Nilikamilisha vipengele {done} kati ya {total} vya mpango na kuacha {dropped}.",
        "Kati ya vipengele {total} vya mpango, {done} vimekamilika; "
        "{dropped} niliviacha kwa makusudi.",
    ),
    review_goals=(
        "Malengo: {done} kati ya {total} yamefikiwa.",
        "Nilifikia malengo {done} kati ya {total}.",
    ),
    review_best=(
        "Hatua kubwa zaidi mbele: {topic}.",
        "Nilikua zaidi katika {topic}, hasa kupitia mazoezi kazini.",
    ),
    review_next=(
        "Mwaka ujao nataka kina zaidi katika {topic}.",
        "Kinachofuata: {topic}, kwa kuwa mahitaji ya soko yanaongezeka.",
    ),
)

TEXTS: Mapping[str, DemoTexts] = MappingProxyType({"en": EN, "nb": NB, "sw": SW})


def texts_for(language: str) -> DemoTexts:
    """The phrase bank for ``language``; English for a language we do not write."""
    return TEXTS.get(language, EN)
