"""English facts for reading numbers, dates and years (tables only), named as in ``de``."""

CODE = "en"

DECIMAL = "."
GROUP = ","
# Thousands grouped by spaces ("255 001", "10 000") are common in texts translated from German.
GROUP_ALSO = ("\u202f", "\u00a0", " ")

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}
# Words between two numbers that share the second one's scale word: "from 142 to 118 million",
# "between 20 and 30 billion", "2-3 million".
RANGE_LINKS = ("to", "and", "or", "-", "–")
# Scale abbreviations written glued to the number ("€12.5m", "$5bn"); "5 m" with a space is a measure.
GLUED_SCALES = ("m", "b", "k")
# ... and those of them that also abbreviate a unit or a minute ("26m": 26 million or 26 metres).
AMBIGUOUS_SCALES = ("m",)
CURRENCY_SIGNS = "€$£¥"  # before a number: money, so "€12.5m" is millions only

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "both": 2,
    "twice": 2, "pair": 2, "couple": 2, "half": 0.5, "dual": 2, "twin": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000}
# Nouns that say a number of years in one word: "the Bauhaus centenary" for „das 100-jährige Bauhaus-Jubiläum“,
# "the bicentenary of his birth" for „sein 200. Geburtstag“.
YEARS_NOUNS = {"semicentennial": 50, "centenary": 100, "centennial": 100, "sesquicentenary": 150,
               "sesquicentennial": 150, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
               "tricentennial": 300, "quatercentenary": 400, "quincentenary": 500, "quincentennial": 500}
COMPOUND_JOIN = "-"
# Names that count in Roman numerals or digits where German writes an ordinal word („der Zweite Weltkrieg“):
# the pattern's group "n" is the number.
NUMBERED_NAMES = r"\b(?:World\s+War\s+(?P<n>II|I)|WW\s?(?P<n2>II|I|1|2))\b"
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "quarter": 0.25,
}
# Number words that are mostly something else ("a", "second"), or vague ("dozens", "hundreds").
# Fractions: a numerator ("two", "a", "3") before these, with a space or a hyphen: "two-thirds" = 2/3.
FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
             "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
             "tenth": 10, "tenths": 10}
FRACTION_ONE = ("a", "an", "one")
FRACTION_COMPOUND_UNIT = ""  # (English writes the unit apart: "two tenths of a second")
# Fraction words that also name a period, and the words before the count that make them one: "the first three
# quarters of 2020" are three quarters of a year („die ersten drei Quartale“), not 3/4 ("three quarters of the votes").
FRACTION_PERIODS = frozenset({"quarters"})
PERIOD_COUNT_CUES = frozenset({"first", "last", "past", "next", "previous", "coming", "following", "final"})
# A whole number and a half: "two and a half" = 2.5 („zweieinhalb“).
AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half"
# One unit and a half after "the" ("the past year and a half" = 1.5, „die vergangenen anderthalb Jahre“); the
# group "unit" holds the unit.
THE_UNIT_AND_A_HALF = (r"(?<![\w-])the(?:\s+(?:past|last|next|coming|previous|following|first))?\s+"
                       r"(?P<unit>year|month|week|day|hour|minute|decade|century|season|mile|kilometre|kilometer)"
                       + AND_A_HALF + r"(?![\w])")
# A noun between a number and "and a half": "an hour and a half", "two years and a half" (not a scale
# word: "a million and a half" is a number of its own), after an adjective of measure too: "a good year and a half"
# („gut anderthalb Jahre“), not before a number word ("a good two and a half hours").
HALF_ADJECTIVES = ("good", "full", "solid")
HALF_AFTER_NOUN = (r"(?:\s+(?:" + "|".join(HALF_ADJECTIVES) + r")(?=\s+(?!(?:" + "|".join(list(UNITS) + list(TENS))
                   + r")\b)[^\W\d_]+[\s-]+and[\s-]))?"
                   r"(?:\s+(?!(?:million|billion|trillion|thousand|hundred|dozen)s?\b)[^\W\d_]+)?")
FRACTION_OF = ("of",)  # after „ein …“ / "a …" these make it a fraction
# Half or a fraction of one unit: "half an hour", "a quarter of an hour", "three quarters of a mile" („eine
# halbe Stunde“, „15 Minuten“): the words between the fraction and its unit.
HALF_WORDS = ("half",)
UNIT_FRACTION_LINK = r"(?:\s+of)?(?:\s+(?:an?|one))?"
# Hours English names by a word: „zwischen 12 und 18 Uhr“ is "between noon and 6 p.m.". Vague words too
# (below): one unpaired says nothing ("at midday" for „mittags“).
CLOCK_NAMES = {"noon": 12, "midday": 12, "midnight": 0}
VAGUE_NUMBER_WORDS = {"noon", "midday", "midnight", "a", "an", "one", "ones", "both", "twice", "pair", "pairs", "couple", "couples", "half",
                      "dual", "twin", "twins",
                      "halves", "first", "second", "seconds", "quarter", "quarters", "dozen", "dozens",
                      "hundred", "hundreds", "thousand", "thousands", "tens", "twenties", "thirties",
                      "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
WORD_SUFFIXES = ("", "s")
# A given name ("Nils"), no plural of a score's nil; the unit "seconds", no plural of a rank ("0.42 seconds" has no
# number 2 that „zwei“ elsewhere could pair with).
NOT_NUMBER_WORDS = frozenset({"nils", "seconds"})
# Number words that are units where the words before them say so: "a tenth of a second", "metres per second", "a
# split-second decision" (not "a second time", "the launch of a second satellite"). Pattern before, pattern after (as
# de.NUMBER_WORDS_AS_VERBS).
NUMBER_WORDS_AS_UNITS = {"second": (r"(?i)\b(?:(?:tenths?|hundredths?|thousandths?|fractions?|parts?)\s+of\s+a|per|split)"
                                    r"[\s-]+$", r"")}

_GALLON = (3.785411784, 4.54609)  # US, imperial
_TON = (907.18474, 1000.0, 1016.0469)  # short, metric, long
MEASURES = {
    "meters": ("m", 1), "metres": ("m", 1), "meter": ("m", 1), "metre": ("m", 1), "m": ("m", 1),
    "kilometers": ("m", 1e3), "kilometres": ("m", 1e3), "kilometer": ("m", 1e3), "kilometre": ("m", 1e3),
    "km": ("m", 1e3), "centimeters": ("m", 0.01), "centimetres": ("m", 0.01), "cm": ("m", 0.01),
    "millimeters": ("m", 1e-3), "millimetres": ("m", 1e-3), "mm": ("m", 1e-3),
    "feet": ("m", 0.3048), "foot": ("m", 0.3048), "ft": ("m", 0.3048), "inches": ("m", 0.0254),
    "inch": ("m", 0.0254), "yards": ("m", 0.9144), "yard": ("m", 0.9144), "miles": ("m", 1609.344),
    "mile": ("m", 1609.344), "liters": ("l", 1), "litres": ("l", 1), "liter": ("l", 1), "litre": ("l", 1),
    "gallons": ("l", _GALLON), "gallon": ("l", _GALLON), "kilograms": ("kg", 1), "kilogram": ("kg", 1),
    "kilos": ("kg", 1), "kg": ("kg", 1), "grams": ("kg", 1e-3), "pounds": ("kg", 0.45359237),
    "lbs": ("kg", 0.45359237), "lb": ("kg", 0.45359237), "ounces": ("kg", 0.028349523),
    "tons": ("kg", _TON), "tonnes": ("kg", 1e3), "ton": ("kg", _TON), "tonne": ("kg", 1e3),
    "square meters": ("m2", 1), "square metres": ("m2", 1), "square feet": ("m2", 0.09290304),
    "square kilometers": ("m2", 1e6), "square kilometres": ("m2", 1e6), "square miles": ("m2", 2589988.11),
    "acres": ("m2", 4046.8564224), "hectares": ("m2", 1e4), "km/h": ("m/s", 1 / 3.6), "kph": ("m/s", 1 / 3.6),
    "mph": ("m/s", 0.44704), "miles per hour": ("m/s", 0.44704), "kilometers per hour": ("m/s", 1 / 3.6),
    "kilometres per hour": ("m/s", 1 / 3.6), "kilometers an hour": ("m/s", 1 / 3.6),
    "kilometres an hour": ("m/s", 1 / 3.6), "km per hour": ("m/s", 1 / 3.6), "km an hour": ("m/s", 1 / 3.6),
    "miles an hour": ("m/s", 0.44704),
    "degrees fahrenheit": ("°C", 5 / 9, -160 / 9), "°f": ("°C", 5 / 9, -160 / 9),
    "fahrenheit": ("°C", 5 / 9, -160 / 9), "degrees celsius": ("°C", 1), "°c": ("°C", 1),
    "degrees": ("°C", 1), "°": ("°C", 1),
    **{w: ("s", f) for ws, f in (("second seconds", 1), ("minute minutes", 60), ("hour hours", 3600),
                                 ("day days", 86400), ("week weeks", 604800), ("fortnight fortnights", 1209600),
                                 ("month months", 2629800),
                                 ("year years", 31557600), ("decade decades", 315576000),
                                 ("century centuries", 3155760000)) for w in ws.split()},
    "percent": ("%", 1), "per cent": ("%", 1), "%": ("%", 1), "percentage point": ("pp", 1),
    "percentage points": ("pp", 1),
    "hertz": ("hz", 1), "hz": ("hz", 1), "kilohertz": ("hz", 1e3), "khz": ("hz", 1e3), "megahertz": ("hz", 1e6),
    "mhz": ("hz", 1e6), "gigahertz": ("hz", 1e9), "ghz": ("hz", 1e9),
}
# Rain in litres on a square metre is its height in millimetres ("85 litres of rain per square metre" / "85 mm"),
# as de.MEASURES says it.
MEASURES.update({f"{litre}{what} {per} square {metre}": ("m", 1e-3)
                 for litre in ("litres", "liters", "litre", "liter", "l") for what in ("", " of rain", " of water")
                 for per in ("per", "a", "for every") for metre in ("metre", "meter")})
# The area said apart from the litres ("80 liters of rain fell per square meter"): see de.PER_AREA.
PER_AREA = ("per square metre", "per square meter", "per m²")  # (not "a square metre": "takes up a square metre")
PER_AREA_UNIT = "liters per square meter"

PERCENT = ("percent", "per cent", "%", "percentage points")
CURRENCIES = {"euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD",
              "$": "USD", "francs": "CHF", "chf": "CHF", "pounds": "GBP", "£": "GBP", "yen": "JPY",
              "roubles": "RUB", "rubles": "RUB",
              "us$": "USD", "nz$": "NZD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD",
              "s$": "SGD", "nt$": "TWD"}

# Clock times: "7 p.m.", "8:00 a.m.", "7 o'clock", "18h" ("19:30" alone is read like a score).
TIME_MARKER = r"\d\s*(?:[ap]\.?\s?m\b|[AP]M\b|o'clock|h\b|hrs\b)"
TIME = r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|o'clock\b|h\b|hrs\b)"

MONTHS = {
    "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "april": 4, "apr.": 4, "may": 5,
    "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9, "october": 10,
    "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
}
# "May" is also a name (Theresa May) and "March" a verb: they count as months only next to a date.
AMBIGUOUS_MONTHS = {"may", "march"}
# Words that make an ambiguous month word a month: "in May", "since March", "early May".
MONTH_CUES = {"in", "on", "of", "since", "until", "till", "by", "from", "to", "early", "late", "mid",
              "mid-", "end", "last", "next", "this", "through", "between", "and", "before", "after",
              "during", "throughout", "beginning", "start"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
WEEKDAY_TAIL = r"s?"
# Abbreviated weekdays in datelines and listings ("Wed, 18:30", "Sat. 12 May"); case-sensitive, and only
# before a date, a time or with a period, so "sat", "Sun" and "wed" stay words.
WEEKDAY_ABBREVIATIONS = r"(?<![\w])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:\.|(?=,?\s*\d))"

# "6 August", "6th of August", "4 to 14 October"
DAY_MONTH = (r"(?<![\d.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:(?:to|and|-|–|/)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s*)?"
             r"(?:of\s+)?(?P<month>{months})")
# "August 6", "October 4 to 14", "August 6th"
MONTH_DAY = (r"(?P<month>{months})\s+(?:the\s+)?(?P<d>[0-3]?\d)(?!\d|\s*(?:BC|AD|BCE|CE)\b)(?:st|nd|rd|th)?"
             r"(?:\s*(?:to|and|-|–)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?(?![\d,.]\d)")
# 12/1/21 (month first; read_dates allows the British day first too); 12.01.2021 kept in the German
# order, with its year (without one, "grew 12.5." is no date); 2021-01-12 (ISO)
NUMERIC_DATES = (r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])",
                 r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)(?!\d|\.\d)",
                 r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")

APPROXIMATORS = {"about", "around", "some", "nearly", "almost", "over", "roughly", "approximately",
                 "approx.", "circa", "ca.", "more than", "less than", "fewer than", "up to", "at least",
                 "at most", "another", "total of", "exactly"}
# Decades: "the 1990s", "the '90s".
DECADE_SUFFIX = "s"
# The phrase that carries a year in English: "in 2019", "in the year 2019".
YEAR_PHRASE = r"\b(?:in|of|during)\s+(?:the\s+year\s+)?"
# Words after which a number can only be a year ("less than in 2022", "since 2019"); "of" also
# precedes measures ("an angle of 1200").
YEAR_ONLY_PHRASE = r"\b(?:in|during|since|until)\s+(?:the\s+year\s+)?"

# --- repetition ----------------------------------------------------------------------------------
# Words that may stand between two copies of a phrase a decoder said twice: "the president of the
# president", "clean up and clean up". Other words between copies make ordinary English ("the
# start, but the start times").
DUPLICATION_LINKS = {"of", "and", "or", "for", "to", "with", "from", "by", "in", "at", "on"}
# Words that may lead a year at the head of an English sentence ("As early as 1500 there were …"): a year
# so placed was moved there by the translator, as English fronts times.
YEAR_OPENERS = frozenset({"", "as early as", "as late as", "back in", "only in", "even in", "already in", "by",
                          "until", "since", "from", "after", "before", "around", "about", "not until", "as of",
                          "early in", "late in", "later in", "then in", "and in", "but in"})
# Words English doubles around "and" to say a thing grows or goes on ("more and more", "again and again",
# „immer mehr“): "W and W" before another "and" reads as "W and" said twice ("paying more and more and
# getting less and less").
REDUPLICATED = frozenset({"more", "less", "fewer", "again", "over", "on", "round", "around", "through", "out",
                          "up", "down", "by", "further", "farther", "worse", "better", "back", "forth"})
# "W by W": one after another ("step by step", "one by one"); "step by step by the end of May" says "step by" twice.
REDUPLICATED_BY = frozenset({"step", "one", "day", "little", "bit", "side", "piece", "inch", "year", "week", "month",
                             "case", "line", "word", "page", "room", "row", "door", "house", "man", "layer", "brick",
                             "hour", "minute", "stone", "drop", "block", "street", "village", "town", "region"})
# Articles and pronouns that open English sentences and German writes as no capitalised word after a number: after a
# number's point they begin a sentence ("… at the age of 55. His grave …"), where a German ordinal's point is followed
# by its noun.
OPENERS = frozenset("the his her its their our my this these those he she it they we there".split())
# Object pronouns between a verb and its particle ("let us in").
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "it", "them"})
# A verb's particle before a preposition of the same form is English, not a stutter: "takes in in premiums",
# "joined in in the singing", "carried on on foot". Verbs (any form: the stem opens the word) that take the particle.
PARTICLE_VERBS = {
    "in": ("take", "took", "bring", "brought", "join", "fill", "give", "gave", "pull", "phase", "factor", "sign",
           "log", "check", "move", "settle", "cash", "rake", "hand", "turn", "step", "kick", "lock", "plug", "rein",
           "weigh", "chip", "pitch", "call", "drop", "stay", "fit", "let", "put", "sit", "sat", "came", "come",
           "got", "get", "broke", "break", "ease", "tune", "dig", "cave", "close", "set", "sink", "sank", "sunk",
           "swear", "swore", "sworn", "usher", "wall", "fence", "box", "hem", "pencil", "phone", "send", "sent"),
    "on": ("carry", "carrie", "went", "go", "move", "hold", "held", "take", "took", "pass", "catch", "caught", "switch",
           "turn", "put", "log", "sign", "call", "hang", "hung", "keep", "kept", "live", "build", "built", "count",
           "rely", "relie", "focus", "insist", "agree", "decide", "comment", "depend"),
}
# A verb's preposition "for", then "for" and a span of time: "they had been waiting for for decades". The verbs' forms
# (whole words: "standard for for cars" is a stutter), and the spans.
FOR_VERBS = frozenset("""
wait waits waited waiting hope hopes hoped hoping long longs longed longing look looks looked looking search searches
searched searching ask asks asked asking pay pays paid paying fight fights fought fighting vote votes voted voting
pray prays prayed praying yearn yearns yearned yearning wish wishes wished wishing""".split())
FOR_SPAN = (r"for\s+(?:(?:about|almost|nearly|over|more\s+than|at\s+least|another|the\s+(?:past|last|next))\s+)?"
            r"(?:\w+\s+)?(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|ages|centuries|generations|a\s+long\s+"
            r"time|so\s+long|too\s+long)\b")
# Punctuation that ends a clause: a phrase said again after it starts a sentence of its own.
CLAUSE_END = ".!?;:"
# Words that make the noun after them a common noun ("the Hauptstraße", "his Arbeitsplatz"), not a name.
DETERMINERS = frozenset("the a an this that these those his her its their our my your every each no some any another "
                        "which whose".split())
# Of those, the words after which a word is a noun, whatever else it may be: "the attack", "its return" (not "this",
# "that": pronouns as often, "this saves …").
NOUN_MARKERS = frozenset("the a an his its their our my your".split())
# The commonest finite verbs and auxiliaries: most English sentences hold one, which settles that they have a verb
# without asking the tagger (each has a verb reading in its lexicon too).
COMMON_VERB_FORMS = frozenset("""
is are was were be been am has have had do does did will would can could shall should may might must said says
""".split())

# Words after which a time may stand before their "of" ("died in 1850 of cholera", "was found guilty in 2019 of
# fraud"): verbs and adjectives that take an of-phrase, said without an -ed ending (those with it are verbs' forms
# already). Elsewhere "in 1871" between a word and its "of" parts one noun phrase ("at the age in 1871 of 17").
TAKES_OF = frozenset("""die dies dying consist consists consisting speak speaks speaking spoke spoken think thinks
    thinking thought hear hears hearing heard make makes making made rid tire tires smell smells smelt dream dreams
    dreamt dispose disposes approve approves accuse accuses convict convicts rob robs deprive deprives remind reminds
    warn warns inform informs boast boasts complain complains despair despairs guilty innocent aware unaware afraid
    proud capable incapable full free fond ashamed sure certain""".split())
# Words English never parts from the word after them by a time ("according in 2019 to figures", "have in 2017 to
# empty", "together in 2021 with"): a compound preposition or a verb with its "to"-infinitive. The second word, and
# the words that must follow it when the pair is also free English ("up to" a number; "said to" have or be).
UNPARTED_PAIRS = {"according": "to", "due": "to", "thanks": "to", "owing": "to", "prior": "to", "together": "with",
                  "because": "of", "instead": "of", "ahead": "of", "able": "to", "unable": "to", "want": "to",
                  "wants": "to", "wanted": "to", "have": "to", "has": "to", "had": "to", "going": "to", "ought": "to",
                  "supposed": "to", "up": "to", "said": "to", "believed": "to", "thought": "to", "reported": "to"}
UNPARTED_ONLY_BEFORE = {"up": "number", "said": ("have", "be"), "believed": ("have", "be"), "thought": ("have", "be"),
                        "reported": ("have", "be")}
# Words that open an elliptic phrase: "In 1918 Prague became the capital of Czechoslovakia, and in 1993 of the
# Czech Republic" leaves the noun out, so "of" there follows no word of the year's own phrase.
ELLIPSIS_OPENERS = frozenset({"and", "or", "but", "nor", "then"})

# --- relative dates, nights, parts of the day and of the month -------------------------------------
# Words that say which day, by offset from today (de.RELATIVE_DAYS). "the day before yesterday"
# reads as -2 because the longer phrase is matched first.
RELATIVE_DAYS = {"the day before yesterday": (-2,), "day before yesterday": (-2,), "yesterday": (-1,),
                 "last night": (-1, 0), "today": (0,), "tonight": (0,), "this morning": (0,),
                 "this afternoon": (0,), "this evening": (0,), "the day after tomorrow": (2,),
                 "day after tomorrow": (2,), "tomorrow": (1,)}
# Other renderings of a relative day that name no day ("heute" as "nowadays", "morgen" as "the next
# day"): a German relative day rendered so is not dropped.
RELATIVE_DAY_ALSO = {-2: ("two days ago",), -1: ("previous day", "day before", "last", "earlier", "overnight"),
                     0: ("now", "nowadays", "these days", "current", "currently", "present", "modern",
                         "contemporary", "at the moment", "still", "to date", "so far", "this"),
                     1: ("next day", "following day", "coming"), 2: ("in two days",)}
# Words that tell a day from another day of the text, not from today ("the next day", "on the eve"), and the counts
# that do ("two days later", "a week before"): a German date rendered so is not lost („am 26. Dezember“ after „am 25.“
# as "the next day").
DAY_FROM_ANOTHER = ("next day", "following day", "day before", "previous day", "same day", "that day", "day later",
                    "day earlier", "eve", "the day after", "that night", "following night", "next morning",
                    "following morning", "following week", "the week after", "the week before")
DAY_COUNTS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few",
              "several", "some")
DAY_COUNT_UNITS = ("hours", "hour", "days", "day", "weeks", "week", "months", "month")
DAY_COUNT_SIDES = ("later", "earlier", "before", "after", "afterwards", "on")
# Days English names by what happens on them (de.HOLIDAY_DATES names the holidays'): (month, day).
# ("9/11" has its day's number, which is enough.)
NAMED_DAYS = {"ve day": (5, 8), "v-e day": (5, 8), "d-day": (6, 6), "bastille day": (7, 14),
              "halloween": (10, 31), "armistice day": (11, 11), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
              "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "st patrick’s day": (3, 17),
              "st. patrick’s day": (3, 17)}
# The first and last day of a year said by the year's edge ("by the end of 2020" for „bis zum 31. Dezember 2020“).
YEAR_EDGE_DAYS = {(1, 1): ("start of", "beginning of", "turn of the year"),
                  (12, 31): ("end of", "year-end", "year end", "turn of the year")}
# Weeks, months and years relative to the present (de.RELATIVE_PERIOD_WORDS): "last week", "this month",
# "next year"; "a year ago", "the previous year", "a year earlier".
RELATIVE_PERIOD_WORDS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
                         "following": 1}
RELATIVE_PERIOD_NOUNS = {"week": "week", "weekend": "weekend", "month": "month", "year": "year",
                         "season": "season", "quarter": "quarter"}
RELATIVE_PERIOD_AFTER = {"ago": -1, "earlier": -1, "before": -1, "later": 1}
# Parts of the day by class (de.DAY_PARTS). A class may be rendered by a neighbouring one ("Abend"
# as "night"), listed in DAY_PART_ALSO.
DAY_PARTS = {"morning": "morning", "mornings": "morning", "a.m.": "morning", "am": "morning",
             "noon": "noon", "midday": "noon", "lunchtime": "noon", "lunch": "noon",
             "afternoon": "afternoon", "afternoons": "afternoon", "evening": "evening", "evenings": "evening",
             "night": "night", "nights": "night", "overnight": "night", "tonight": "evening"}
DAY_PART_ALSO = {"morning": {"night"}, "evening": {"night"}, "night": {"evening", "morning"},
                 "noon": set(), "afternoon": set()}
# Phrases that put a night before the weekday after them: "the night to Saturday", "overnight into
# Saturday", "the night before Saturday", "early Saturday", "the night from Friday to Saturday".
NIGHT_INTO = r"(?:night|overnight)\s+(?:to|into|before|leading\s+up\s+to|until)\s+|early\s+(?:on\s+)?|(?:night|hours)\s+(?:of|from)\s+\w+\s+(?:to|into)\s+"
# Parts of a month (de.MONTH_PARTS): "early May", "the beginning of May", "mid-May", "late May".
MONTH_PARTS = {"early": "early", "beginning": "early", "start": "early", "first": "early",
               "mid": "mid", "mid-": "mid", "middle": "mid", "late": "late", "end": "late", "last": "late"}
WEEKEND = ("weekend", "weekends", "week-end")
# Clock times with the half hour: "2:30", "2.30 pm", "half past two", British "half two" (= 2:30).
HALF_PAST = r"(?<![\w:.])(?:half\s+past\s+|half\s+)(?P<h>\d{1,2}|[a-z]+)(?![\w])"
CLOCK_30 = r"(?<![\w:.])(?P<h>\d{1,2})[:.]30(?![\d])"
# Number words that are vague elsewhere but name an hour after "half past": "half past one".
CLOCK_WORDS = ("one",)

# --- number words without digits: magnitudes and multipliers (de.MAGNITUDES, de.MULTIPLES) -------
# "tens of thousands" is read as tens × thousands; "tens of people" (a lost "thousands") as 10.
MAGNITUDES = {"dozens": 12, "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
              "billions": 1e9}
MULTIPLES = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "two-fold": 2, "twofold": 2,
             "two times": 2, "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "threefold": 3,
             "three-fold": 3, "three times": 3, "quadruple": 4, "quadrupled": 4, "fourfold": 4, "four times": 4,
             "five times": 5, "fivefold": 5, "tenfold": 10, "ten times": 10, "half": 0.5, "halved": 0.5,
             "halves": 0.5, "halving": 0.5, "50 percent": 0.5, "50 per cent": 0.5, "50%": 0.5,
             "100 percent": 2, "100%": 2, "200 percent": 3}
# Ranks (de.RANK_STEMS): "third", "3rd", "number three", "No. 3", "third-placed".
RANK_WORDS = {w: int(v) for w, v in ORDINALS.items() if 2 <= v <= 20}  # "second" to "twentieth", not "first"
RANK_NOUNS = ("number", "no.", "no", "place", "position", "rank", "spot")

# Holidays and feast days (de.HOLIDAYS): every English name of each, the `holidays` package's en_US
# names first, then British and common ones ("Boxing Day", "May Day", "Whitsun").
HOLIDAYS = {
    "christmas_eve": ("christmas eve", "holy night", "holy evening", "holy eve"),
    "christmas": ("christmas", "xmas", "yuletide", "yule", "nativity of the lord", "festive season",
                  "holiday season"),
    "st_stephen": ("saint stephen's day", "st. stephen's day", "st stephen's day", "st. stephen’s day",
                   "st stephen’s day", "saint stephen’s day", "boxing day", "second day of christmas",
                   "second christmas", "day after christmas"),
    "new_years_eve": ("new year's eve", "new year’s eve", "new years eve", "silvester", "sylvester", "hogmanay"),
    "new_year": ("new year", "new year's day", "new year’s day"),
    "berchtold": ("saint berchtold's day", "st. berchtold's day", "berchtold's day", "berchtold’s day",
                  "berchtoldstag", "st. berchtold", "saint berchtold"),
    "epiphany": ("epiphany", "three kings", "three kings' day", "three kings’ day", "three wise men", "magi",
                 "twelfth day"),
    "candlemas": ("candlemas", "presentation of the lord", "purification of the virgin"),
    "valentine": ("valentine",), "womens_day": ("women's day", "women’s day", "womens day"),
    "st_joseph": ("saint joseph's day", "st. joseph's day", "st joseph's day", "st. joseph’s day",
                  "saint joseph", "st. joseph", "st joseph"),
    "rose_monday": ("rose monday", "carnival monday", "shrove monday"),
    "shrove_tuesday": ("shrove tuesday", "mardi gras", "pancake day", "carnival tuesday", "fat tuesday"),
    "ash_wednesday": ("ash wednesday",),
    "palm_sunday": ("palm sunday",), "holy_week": ("holy week",),
    "maundy_thursday": ("maundy thursday", "holy thursday"), "good_friday": ("good friday",),
    "holy_saturday": ("holy saturday", "easter saturday"), "easter": ("easter",),
    "easter_monday": ("easter monday",),
    "labour_day": ("labor day", "labour day", "may day", "mayday", "workers' day", "workers’ day",
                   "first of may", "1st of may"),
    "liberation_day": ("liberation day", "day of liberation", "liberation from nazism",
                       "liberation from national socialism"),
    "ascension": ("ascension",), "fathers_day": ("father's day", "father’s day", "fathers day", "ascension"),
    "mothers_day": ("mother's day", "mother’s day", "mothers day"),
    "pentecost": ("pentecost", "whitsun", "whitsunday", "whit sunday"),
    "whit_monday": ("whit monday", "pentecost monday", "whitmonday"), "corpus_christi": ("corpus christi",),
    "peter_paul": ("saints peter and paul", "st. peter and paul", "st peter and paul", "peter and paul"),
    "national_day": ("national day", "national holiday", "federal celebration", "swiss national day",
                     "austrian national day", "bundesfeier"),
    "augsburg_peace": ("augsburg peace festival", "peace festival", "high peace festival"),
    "assumption": ("assumption day", "assumption"),
    "nativity_of_mary": ("nativity of mary", "birth of mary", "nativity of the virgin", "nativity of the blessed virgin"),
    "childrens_day": ("children's day", "children’s day", "childrens day"),
    "swiss_prayer_day": ("prayer monday", "day of prayer", "federal day of thanksgiving", "federal fast",
                         "thanksgiving, repentance and prayer", "bettag"),
    "geneva_fast": ("genevan fast", "geneva fast", "jeûne genevois"),
    "german_unity": ("german unity day", "day of german unity", "unity day"),
    "reformation_day": ("reformation day",), "all_saints": ("all saints",), "all_souls": ("all souls",),
    "st_martin": ("st. martin", "st martin", "saint martin", "martinmas"),
    "st_leopold": ("saint leopold", "st. leopold", "st leopold"),
    "mourning_day": ("day of mourning", "remembrance day", "remembrance sunday", "volkstrauertag"),
    "repentance_day": ("repentance and prayer day", "day of repentance", "repentance day",
                       "day of prayer and repentance", "prayer and repentance", "buß- und bettag"),
    "dead_sunday": ("sunday of the dead", "eternity sunday", "dead sunday", "totensonntag", "remembrance sunday",
                    "sunday of remembrance"),
    "st_nicholas": ("st. nicholas", "st nicholas", "saint nicholas", "nicholas day"),
    "immaculate_conception": ("immaculate conception",), "naefels": ("näfels", "naefels"),
    "knabenschiessen": ("knabenschiessen", "boys' shooting"), "independence_day": ("independence day",),
    "republic_day": ("republic day", "proclamation of the republic"),
    "restoration_day": ("restoration day", "restoration of the republic"),
}
# Feasts English may name by their weekday and the feast they lie next to: "the Monday before Ash Wednesday" for
# „Rosenmontag“, "the Monday after Easter" for „Ostermontag“. (weekday, "before" or "after", the other feast's key)
HOLIDAYS_BY_NEIGHBOUR = {
    "rose_monday": ("monday", "before", "ash_wednesday"), "shrove_tuesday": ("tuesday", "before", "ash_wednesday"),
    "maundy_thursday": ("thursday", "before", "easter"), "good_friday": ("friday", "before", "easter"),
    "holy_saturday": ("saturday", "before", "easter"), "palm_sunday": ("sunday", "before", "easter"),
    "easter_monday": ("monday", "after", "easter"), "whit_monday": ("monday", "after", "pentecost"),
}

# --- negation (de.NEGATION) -------------------------------------------------------------------------
# Words and affixes by which English says a German negation: "not", "never", "without", "fail to",
# "non-evident", "unable", "invisible", "careless", "less than", "ignored" (nicht beachtet).
NEGATION = (r"not", r"no", r"none", r"nobody", r"nothing", r"never", r"neither", r"nor", r"nowhere", r"without",
            r"cannot", r"\w*n['’´`]t", r"lack\w*", r"fail\w*", r"refus\w*", r"den(?:y|ies|ied|ying)", r"absen\w*",
            r"instead", r"rather", r"only", r"little", r"hardly", r"barely", r"rarely", r"seldom", r"free",
            r"prevent\w*", r"avoid\w*", r"unable", r"unless", r"non-?\w+", r"ill-\w+", r"\w+less",
            # Negative prefixes, as whole words English forms with them (a bare "un…" or "dis…" would take
            # "under", "union", "display", "district" for negations).
            r"un(?!der|til|ion|it|iv|iqu|iform|cle)\w{3,}",
            r"in(?:capable|complete|correct|sufficient|valid|visible|active|accurate|adequate|appropriate|dependent|"
            r"direct|evitable|finite|formal|human|justice|operable|tolerable|credible|effective|eligible|"
            r"experienced|accessible|convenient|consistent|vincible|nocent|ability|admissible|conceivable)\w*",
            r"im(?:possible|proper|mature|patient|partial|plausible|mobile|balance)\w*",
            r"ir(?:relevant|regular|responsib|reversib|rational|replaceab|resistib)\w*",
            r"il(?:legal|logical|legible|licit)\w*",
            r"dis(?:agree|like|approv|allow|appear|abl|connect|honest|order|qualif|regard|continu|prov|trust|miss|"
            r"pute|credit|obey|own|advantage|satisf|interest|comfort|respect|loyal|believ)\w*",
            r"stop\w*", r"ceas\w*", r"against", r"reject\w*", r"ban(?:s|ned)?", r"barr(?:ed|ing)", r"forbid\w*",
            r"prohibit\w*", r"withh(?:old|eld)\w*",
            # "barred", "kept out of sight" („nicht zugelassen“, „nicht offen zeigen“); not "out of a room"
            r"out\s+of\s+(?:sight|reach|the\s+question|bounds|order|service|action|stock|touch)",
            # What does „nicht übereinstimmen“: "out of step", "out of sync", "out of line", "at odds".
            r"out\s+of\s+(?:step|sync|synch|kilter|line|tune)", r"at\s+odds",
            # „noch kein Laub tragen“: "still bare of leaves"; "devoid of"
            r"bare\s+of", r"devoid\s+of",
            # „nicht Deutsch sprechen“: "speak a language other than German"; „ging leer aus“, „keinen Preis“.
            r"other\s+than", r"empty-handed",
            r"exclud\w*", r"except",
            # What was „nicht berücksichtigt“: "left out", "omitted", "overlooked", "neglected".
            r"left\s+out", r"leav(?:e|es|ing)\s+out", r"omit\w*", r"overlook\w*", r"neglect\w*",
            r"zero", r"far\s+from", r"any\w*", r"ever", r"yet",
            # What is „noch lange nicht“ or „noch keine Rede“: "a long way from", "too early to speak of"; what
            # one „wollte nicht abgeben“: "declined to".
            r"long\s+way\s+(?:from|off|to\s+go)", r"too\s+(?:early|soon)", r"prematur\w*", r"declin\w*",
            # What is not understood: „erschließt sich nicht“ as "remains a mystery", "eludes", "is beyond me".
            r"myster\w*", r"elud\w*", r"puzzl\w*", r"baffl\w*", r"beyond",
            # Words that fail: „Ich habe keine Worte“ as "I'm lost for words", "speechless".
            r"lost\s+for\s+words", r"speechless",
            # What „stimmt nicht“ or „ist nicht richtig“: "something is wrong", "false"; what had „kein Benzin mehr“:
            # "ran out of petrol".
            r"wrong\w*", r"false\w*", r"(?:ran|run|runs|running)\s+out",
            # Where „nichts mehr ging“: traffic "came to a standstill", "ground to a halt", "gridlock".
            r"standstill", r"halt", r"gridlock\w*",
            # A bound or a superlative says what „nicht mal die Hälfte“ or „wie nie zuvor“ says.
            r"less", r"fewer", r"under", r"below", r"ignor\w*", r"miss(?:ed|es|ing)?", r"record", r"most", r"least",
            r"first", r"best", r"worst", r"(?:high|low|larg|bigg|great|long|short|few|small|strong|weak|fast|slow)est")

# Words between a preposition of place and a town's name ("in nearby Wasserburg", „im nahen Wasserburg“).
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring", "adjacent", "adjoining"})
# Words before a town's name that make it a club's, which keeps the town's own spelling ("Club Brugge", not Bruges).
CLUB_WORDS = frozenset({"Club", "Cercle"})
# Prepositions of place and direction before a town's or street's name ("from Mengen", "along Hauptstraße").
PLACE_PREPOSITIONS = frozenset("""in at on from to into onto near along via off past towards toward through across
outside around between of""".split())
# Words after which a translator cites a foreign term on purpose: "is called the Gemeinderat", "known as
# Heimat", "the so-called Kurzarbeit".
CITING_WORDS = frozenset({"called", "named", "termed", "dubbed", "as", "so-called", "word", "term", "designation",
                          "title"})
CITING_AS = frozenset({"known", "referred", "described", "styled"})  # "as" cites only after these

# The possessive ending of an English noun or name ("Munich's", "Hilde’s").
POSSESSIVE = r"['’]s$"

# Ukrainian places English once wrote by their Russian names, with the German romanisations of their Ukrainian names:
# a German that writes the Ukrainian name („Charkiw“, not „Charkow“) is rendered by the Ukrainian English name
# ("Kharkiv"), not the Russian one ("Kharkov"). (German „Kiew“ and „Odessa“ are German's own names: no sign.)
RUSSIAN_FORMS_OF_UKRAINIAN_NAMES = {
    "kharkov": ("Kharkiv", ("charkiw",)), "lvov": ("Lviv", ("lwiw",)), "lugansk": ("Luhansk", ("luhansk",)),
    "nikolaev": ("Mykolaiv", ("mykolajiw",)), "nikolayev": ("Mykolaiv", ("mykolajiw",)),
    "zaporozhye": ("Zaporizhzhia", ("saporischschja",)), "chernigov": ("Chernihiv", ("tschernihiw",)),
    "rovno": ("Rivne", ("riwne",)), "kirovograd": ("Kropyvnytskyi", ("kropywnyzkyj",)),
    "kiev": ("Kyiv", ("kyjiw",)), "dnepr": ("Dnipro", ("dnipro",)), "artemovsk": ("Bakhmut", ("bachmut",)),
    "zhitomir": ("Zhytomyr", ("schytomyr",)), "vinnitsa": ("Vinnytsia", ("winnyzja",)),
}
