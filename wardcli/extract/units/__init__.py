"""Vietnamese vocabulary of reported quantities, as data: counted nouns, units, scale and
currency words, and the words around a figure that make it a quantity or not.

Pure data, no logic: numbers.py and metrics.py read these tables, one module per vocabulary
(quantities, nouns, prefixes, context); this package gathers them. One entry per word or
phrase, glossed in English. Matching is case- and tone-placement-insensitive (tone_key), and
the longest phrase wins, so "hộ" and "hộ nghèo" may both be listed.

The counted nouns are the general vocabulary of Vietnamese local-government reporting
(people, households, organisations, works and projects, administration, security, health,
education, social welfare, land and measures), not a list taken from any one page.
"""

from ...gazetteer import METRIC_ALIASES as _METRIC_ALIASES, folded_aliases as _folded_aliases
from .quantities import (
    SCALE_WORDS, CURRENCY_WORDS, GLUED_UNITS,
)
from .nouns import (
    COUNTED_NOUNS, TASK_NOUNS, CLASSIFIERS, QUALIFIERS, CLASSIFIER_HEADS, COMPOUND_WORDS,
    NON_METRIC_NOUNS,
)
from .prefixes import (
    NUMBER_PREFIXES, PLACE_NAME_PREFIXES, ADDRESS_WORDS, COUNT_PREFIXES, EACH_WORDS,
)
from .context import (
    PLACE_NOUNS, STOP_WORDS, MAX_NOUN_SYLLABLES, NOUN_RUN_ENDS, TARGET_WORDS, BASE_WORDS,
    CONTRAST_WORDS, RANGE_WORDS, WARD_TYPES, MERGE_WORDS, GIVER_VERBS, GIVER_NOUNS, ADDRESSEE_VERBS,
    RECIPIENT_VERBS, OWNER_BODIES, FORMER_MARKS, BODY_NAMES, COUNTRY_WORDS, LABEL_CUTS,
    LABEL_CUT_FALSE, LABEL_STARTS, PERIOD_WORDS, LABEL_TRIMS, APPROX_WORDS, MEASURE_NOUNS,
)

# Other names of provinces, folded, and the gazetteer's short name for each: the entries of the
# one alias table (gazetteer.PROVINCE_ALIASES) that metrics has always read.
PROVINCE_ALIASES = _folded_aliases(_METRIC_ALIASES)

__all__ = [
    "SCALE_WORDS", "CURRENCY_WORDS", "GLUED_UNITS", "COUNTED_NOUNS", "TASK_NOUNS", "CLASSIFIERS",
    "QUALIFIERS", "CLASSIFIER_HEADS", "COMPOUND_WORDS", "NON_METRIC_NOUNS", "NUMBER_PREFIXES",
    "PLACE_NAME_PREFIXES", "ADDRESS_WORDS", "COUNT_PREFIXES", "EACH_WORDS", "PLACE_NOUNS",
    "STOP_WORDS", "MAX_NOUN_SYLLABLES", "NOUN_RUN_ENDS", "TARGET_WORDS", "BASE_WORDS",
    "CONTRAST_WORDS", "RANGE_WORDS", "WARD_TYPES", "MERGE_WORDS", "GIVER_VERBS", "GIVER_NOUNS",
    "ADDRESSEE_VERBS", "RECIPIENT_VERBS", "OWNER_BODIES", "FORMER_MARKS", "BODY_NAMES",
    "COUNTRY_WORDS", "LABEL_CUTS", "LABEL_CUT_FALSE", "LABEL_STARTS", "PERIOD_WORDS", "LABEL_TRIMS",
    "APPROX_WORDS", "MEASURE_NOUNS", "PROVINCE_ALIASES",
]
