"""Vocabulary at the bottom of wardcli: tokens, keys and the one phrase matcher (`lexicon`).

Nothing here knows about wards, officials or metrics; the extractors compile their word tables
into `PhraseTable`s and share one tokeniser, so a spelling variant is taught once.
"""
