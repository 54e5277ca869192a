"""An acronym typed alone beside a kind's word (「rpa 実践項目」「ＲＰＡ 取組項目」): the one record whose title prints
it names what is asked, read whatever case it was typed in. A record whose text merely mentions the acronym
(an item that tried RPA and dropped it) is no item of it."""
from __future__ import annotations

from typing import Iterable

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# Two to six Latin letters standing alone (after NFKC, full width is half width), then a gap, a particle or the
# end: 「RPA導入」 is a run of words, read by the title's words instead (parse._title_by_words).
_ALONE = compiled(r"(?<![A-Za-z0-9\-・])([A-Za-z]{2,6})(?![A-Za-z0-9\-・])(?=\s|$|\x1f|の|関連|系|[、,/／])")
# 「RPA に触れてる意見」「RPAが書かれた意見」: the acronym said as what a text mentions is a word searched, whichever
# title prints it (the comments of other items that mention RPA are asked, not the RPA item's)
_MENTIONED = compiled(r"\s*(?:に|が|を|について|のこと)?\s*(?:触れ|ふれ|言及|書かれ|書いて|出てく|出てき|含む|含ん|含まれ)")


def _holds(title: str, acronym: str) -> bool:
    """True when the title prints the acronym as a word of its own (「AI-OCR」 holds AI and OCR)."""
    return bool(compiled(r"(?<![A-Z])" + acronym + r"(?![A-Z])").search(nfkc(title).upper()))


def acronym_title(free: str, titles: Iterable[tuple[str, str, str, str]], kinds_said: set[str] | None,
                  links: Iterable[tuple[str, str]], known: Iterable[str] = ()) -> tuple[int, int, str, str, str] | None:
    """(start, end, kind, code, title) of the one title printing an acronym said alone in `free`, when a kind
    said in the question is that title's kind or a kind its records hold (the items of an initiative). Two titles
    printing it (AI in 「AIの活用」 and 「AI-OCRの導入」), or no kind said, leave the acronym a word searched.
    `kinds_said` None: any kind (the caller decides what the title's record stands for). `known`: words the
    index names something else by (a theme 「ICT」): those are never read as a title."""
    if kinds_said is not None and not kinds_said:
        return None
    links = set(links)
    titles = tuple(titles)
    known = {nfkc(k).upper() for k in known}
    for m in _ALONE.finditer(free):
        acronym = m.group(1).upper()
        if acronym in known or _MENTIONED.match(free, m.end(1)):
            continue
        holders = {(kind, code, title) for _, kind, code, title in titles if title and _holds(title, acronym)}
        if len({(kind, title) for kind, _, title in holders}) != 1 or len(holders) != 1:
            continue
        kind, code, title = holders.pop()
        if kinds_said is not None and not any(said == kind or (kind, said) in links for said in kinds_said):
            continue
        return m.start(1), m.end(1), kind, code, title
    return None
