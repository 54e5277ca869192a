"""Text helpers: normalisation, 和暦, tokenisation, decoding."""
