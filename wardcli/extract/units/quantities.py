"""Numbers: scale words, currency words and units written glued to a figure."""

# Scale words written after a figure, with what they multiply by.
SCALE_WORDS = {
    "nghìn": 1_000,  # thousand
    "ngàn": 1_000,  # thousand (southern spelling)
    "vạn": 10_000,  # ten thousand (dated)
    "triệu": 1_000_000,  # million
    "tỷ": 1_000_000_000,  # billion
    "tỉ": 1_000_000_000,  # billion (older spelling)
}

# Currency words, and what one of each is worth in đồng (None: not convertible offline).
CURRENCY_WORDS = {
    "đồng": 1,  # Vietnamese đồng
    "vnđ": 1,  # đồng, abbreviated
    "vnd": 1,  # đồng, ISO code
    "đ": 1,  # đồng, symbol-like abbreviation
    "usd": None,  # US dollar
    "đô la": None,  # dollar
}

# Measurement units that may be written glued to a figure ("500m2", "3km", "12ha").
GLUED_UNITS = ("km2", "km²", "m2", "m²", "m3", "km", "ha", "kg", "kw", "kwh", "mw", "m", "tấn", "đ")
