"""Set operations between two conditions said in one question: 「AかBのどちらか一方だけ」 (exclusive or),
「AかBのどちらか」 (or), 「Aには触れているけどBには触れていない」 (A and not B).

A rule here does not read the conditions themselves: it cuts the question into the question each side
asks (「協働と民活、どちらか一方のテーマだけに入っている取組項目」 → 「協働のテーマに入っている取組項目」 and
「民活のテーマに入っている取組項目」), which the whole grammar reads (set_operations.py); the conditions the
sides do not share are joined by the rule's operation. So any two conditions the grammar reads can be
combined, whatever their fields. Each rule's examples give the texts it cuts a question into
(common, side A, side B); common None: what both sides share is read from the sides themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.query.compiled import compiled
from assistant.query.grammar import YEAR

# 「どちらか一方だけ」「いずれか片方のみ」「片方だけ」: one of the two and not the other.
_ONE_ONLY = r"(?:(?:の)?(?:どちらか|いずれか|どっちか)\s*(?:一方|片方|ひとつ|1つ)?|(?:の)?(?:一方|片方))"
_ONLY = r"(?:だけ|のみ)"
# A side said before the other: no comma inside (「担当部署の自己評価がA」「協働」「「外国人」」).
_SIDE = r"(?!どちら|いずれ|どっち)[^、,。？?]{1,40}?"
# 「…に当てはまる」「…を満たす」: the sides are whole conditions; the verb adds nothing to them.
FITS = compiled(r"^\s*(?:に|を|が)?\s*(?:当てはまる|あてはまる|該当する|該当している|満たす|満たしている|合致する)")


@dataclass(frozen=True)
class SetRule:
    """A way of combining two conditions' sets (either, both, one but not the other) in one question."""
    name: str
    op: str  # "xor", "or", "and_not"
    pattern: re.Pattern
    # The match → (the question both sides are narrowed within, or None) and the two sides' questions.
    cut: Callable[[re.Match], tuple[str | None, str, str]]
    examples: tuple[tuple[str, tuple[str | None, str, str]], ...]


def _tail(post: str) -> str:
    """What follows the sides, read after each: a verb of fitting becomes の (「…がAに当てはまる取組項目」)."""
    fits = FITS.match(post)
    return "の" + post[fits.end():].lstrip("のに") if fits else post


def _listed(m: re.Match) -> tuple[str | None, str, str]:
    pre, mid, post = m.group("pre") or "", m.group("mid") or "", _tail(m.group("post"))
    return None, pre + m.group("a") + mid + post, pre + m.group("b") + mid + post


def _of_years(m: re.Match) -> tuple[str | None, str, str]:
    post = m.group("post").lstrip("にで")
    return m.group("pre"), f"{m.group('a')}が{post}", f"{m.group('b')}が{post}"


def _but_not(m: re.Match) -> tuple[str | None, str, str]:
    pre, post = m.group("pre") or "", m.group("post")
    return None, pre + m.group("a") + m.group("verb") + "ている" + post, \
        pre + m.group("b") + m.group("verb") + "ている" + post


RULES: tuple[SetRule, ...] = (
    # 「R3とR4の両方に評価がある実践項目のうち、どちらか一方の年度だけA評価のもの」: the years said before.
    SetRule("one_of_the_years_only", "xor", compiled(
        rf"^(?P<pre>.*?(?P<a>{YEAR})\s*(?:と|か|や|・)\s*(?P<b>{YEAR}).*?)\s*(?:のうち|の中で|で)\s*[、,]?\s*"
        rf"{_ONE_ONLY}\s*の?(?:年度|年)\s*{_ONLY}\s*(?P<post>.*)$"), _of_years,
        (("R3とR4の両方に評価がある実践項目のうち、どちらか一方の年度だけA評価のもの",
          ("R3とR4の両方に評価がある実践項目", "R3がA評価のもの", "R4がA評価のもの")),
         ("令和2年度と令和5年度に評価がある実践項目で、片方の年度のみBのもの",
          ("令和2年度と令和5年度に評価がある実践項目", "令和2年度がBのもの", "令和5年度がBのもの")))),
    SetRule("one_of_two_only", "xor", compiled(
        rf"^(?P<pre>|.*?[、,]\s*)(?P<a>{_SIDE})\s*(?:と|か|や)\s*[、,]?\s*(?P<b>{_SIDE})\s*(?:か|の)?\s*[、,]?\s*"
        rf"{_ONE_ONLY}\s*(?P<mid>の[^、,。だのに]{{1,8}}?)?\s*{_ONLY}(?P<post>.*)$"), _listed,
        (("協働と民活、どちらか一方のテーマだけに入っている取組項目",
          (None, "協働のテーマに入っている取組項目", "民活のテーマに入っている取組項目")),
         ("担当部署の自己評価がAか、委員評価が4.0以上か、どちらか一方だけに当てはまる取組項目",
          (None, "担当部署の自己評価がAの取組項目", "委員評価が4.0以上の取組項目")),
         ("「外国人」と「安全」、どちらか一方だけが出てくる委員の意見はどれ？",
          (None, "「外国人」が出てくる委員の意見はどれ？", "「安全」が出てくる委員の意見はどれ？")),
         ("施設テーマの取組項目のうち、財政か人材の片方だけのテーマに入っているもの",
          (None, "施設テーマの取組項目のうち、財政のテーマに入っているもの",
           "施設テーマの取組項目のうち、人材のテーマに入っているもの")))),
    # 「進捗度か創造性のどちらかが3」: either (both too).
    SetRule("either_of_two", "or", compiled(
        rf"^(?P<pre>|.*?[、,]\s*)(?P<a>{_SIDE})\s*か\s*[、,]?\s*(?P<b>{_SIDE})\s*(?:か)?\s*の?\s*[、,]?\s*"
        rf"(?:どちらか|いずれか|どっちか)(?!\s*(?:一方|片方)?\s*(?:だけ|のみ))(?P<mid>)(?P<post>.*)$"), _listed,
        (("進捗度か創造性のどちらかが3の実践項目は何件？",
          (None, "進捗度が3の実践項目は何件？", "創造性が3の実践項目は何件？")),
         ("R2がAか、合計が10以上か、いずれかに当てはまる実践項目",
          (None, "R2がAの実践項目", "合計が10以上の実践項目")))),
    # 「「負担」には触れているけど「削減」には触れていない委員の意見」: the first and not the second.
    SetRule("this_but_not_that", "and_not", compiled(
        r"^(?P<pre>|.*?[、,]\s*)(?P<a>[^、,。？?]{1,30}?(?:には|に|について))\s*(?P<verb>触れ|ふれ|言及し)て(?:い)?る\s*"
        r"(?:けど|けれど|けれども|が|のに|ものの)\s*[、,]?\s*(?P<b>[^、,。？?]{1,30}?(?:には|に|について))\s*"
        r"(?P=verb)て(?:い)?ない(?P<post>.*)$"), _but_not,
        (("「負担」には触れているけど「削減」には触れていない委員の意見",
          (None, "「負担」には触れている委員の意見", "「削減」には触れている委員の意見")),)),
)


def cut(question: str) -> tuple[SetRule, tuple[str | None, str, str]] | None:
    """The first rule that cuts the question, and what it cuts it into."""
    for rule in RULES:
        m = rule.pattern.match(question)
        if m:
            return rule, rule.cut(m)
    return None
