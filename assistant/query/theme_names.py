"""The name a document prints for a theme its tables mark by a short header (「人材」 is printed in full as
「職員の人材育成と「働き方改革」・簡素で効率的な組織づくり」 in the theme table): an answer naming a theme
names it as the document does, so that the reader finds it there."""
from __future__ import annotations


def printed_theme_names(db, themes_words: dict[str, tuple[str, ...]], themes: list[str],
                        sources: list[str]) -> dict[str, str]:
    """Each theme's longest other name (of the words said for it) that the documents' text holds; a theme
    whose longer names are printed nowhere in them is left out."""
    if not sources:
        return {}
    marks = ", ".join("?" * len(sources))
    out: dict[str, str] = {}
    for theme in themes:
        names = sorted({w for w in themes_words.get(theme, ()) if w != theme and len(w) > len(theme)},
                       key=len, reverse=True)
        for name in names:
            hit = next(db.query(f"SELECT 1 FROM passages WHERE source IN ({marks}) AND instr(text, ?) > 0 LIMIT 1",
                                [*sources, name]), None)
            if hit is not None:
                out[theme] = name
                break
    return out


def with_printed_name(theme: str, printed: dict[str, str]) -> str:
    """「人材（職員の人材育成と…組織づくり）」, or the theme as it is when no longer name is printed."""
    return f"{theme}（{printed[theme]}）" if theme in printed else theme
