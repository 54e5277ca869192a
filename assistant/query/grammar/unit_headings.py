"""Phrasings of a figure said by its column's heading with the unit in brackets (「効果（千円/年）」「削減時間（時間/年）」),
as tables of cases print them: the bracketed unit says which figure, hours saved (削減時間) or money saved (効果額),
the words of the fields declared in kinds/case_studies/records.py. A figure printed per year said 「年間の」 is
the same figure."""
from __future__ import annotations


_EFFECT = r"(?:効果|成果|削減効果|導入効果|削減時間|削減額|効果額|財政効果)"
_OPEN, _CLOSE = r"\s*[（(]\s*", r"\s*[)）]"

def unit_heading_phrasings():
    """The phrasings (a function: phrasings.py imports this module while it defines Phrasing)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("effect_in_yen", _EFFECT + _OPEN + r"(?:千|万|百万|億)?円(?:\s*/\s*年)?" + _CLOSE, "効果額",
                 examples=(("事例調査の効果（千円/年）を全部足すと", "事例調査の効果額を全部足すと"),
                           ("削減効果(万円)が最大", "効果額が最大"))),
        Phrasing("effect_in_hours", _EFFECT + _OPEN + r"時間(?:\s*/\s*年)?" + _CLOSE, "削減時間",
                 examples=(("削減時間（時間/年）の平均", "削減時間の平均"), ("効果(時間/年)がいちばん大きい", "削減時間がいちばん大きい"))),
        Phrasing("effect_per_year", r"(?:年間|1年間|1年あたり|年あたり)(?:の|で)?(?=削減時間|効果額)", "",
                 examples=(("年間の削減時間がいちばん大きい", "削減時間がいちばん大きい"),)),
    )
