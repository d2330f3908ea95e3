"""Quotation marks per language (data only).

German opens with „ and closes with “ (or »…«, Swiss «…», typewriter "…"); English opens with “ and
closes with ” (or "…"). The same character “ opens in English and closes in German, so every table
is per language. Straight marks open or close by their neighbours: see ``STRAIGHT``.
"""

# Double marks, which carry quotations in news text. Single marks are left out of balance checks:
# ’ is also the apostrophe ("Germany’s", "players’"), so counting it would raise false alarms.
DOUBLE = {
    "de": {"open": "„»«", "close": "“«»”", "straight": '"'},
    # English output keeps the German or French marks often enough („…“, »…«, «…», “…“): a mark
    # listed both as opening and closing takes its role from its neighbours.
    "en": {"open": "“«»„", "close": "”»«“", "straight": '"'},
}
# German guillemets point inwards (»Zitat«), Swiss ones outwards («Zitat»): which one closes is
# decided by the mark that opened, see ``PAIRS``.
PAIRS = {
    "de": {"„": "“”\"", "»": "«", "«": "»", '"': '"“', "“": "”"},
    "en": {"“": "”\"“", "«": "»", "»": "«", "„": "“”\"", '"': '"”“'},
}

# A closing mark that belongs to another language's pair: mark -> (the opening mark it closes in a
# text of this language, the mark this language closes that one with). English “…“ keeps German's
# closing mark.
MISMATCHED_CLOSE = {"en": {"“": ("“", "”")}}

# A straight mark opens after one of these (or at the start) and closes before one of these
# (or at the end); otherwise its role is unknown and it takes the role that balances.
STRAIGHT = {"opens_after": " \t\n([{/–—-", "closes_before": " \t\n.,;:!?)]}/–—-…"}

# Sentence-final punctuation: a quotation that ends with one and is reopened at once was split.
SENTENCE_END = ".!?…"
