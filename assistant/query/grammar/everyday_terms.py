"""Everyday words a resident says for what the documents call by an administrative term (a clerk relaying a phone
call: 「ゴミ」 for ごみ・環境, 「スマホで払える」 for キャッシュレス, 「お年寄り」 for 高齢者). Data: each entry is the
everyday words, the terms Japanese municipal administration uses for the same thing, an optional context the
question must hold for the reading (スマホ is キャッシュレス only when paying is talked about), and why the pair is
general usage (nothing of one corpus).

A word is read so only where it finds nothing as typed: in no record's name of the index, or nowhere in its text.
The word is then sought together with the terms (any of them), and the answer says how the word was read; a word
the documents print is never widened."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.query.compiled import compiled


@dataclass(frozen=True)
class EverydayTerm:
    """What residents say for what the documents call otherwise, and why the two are one."""
    words: tuple[str, ...]   # what a resident says
    terms: tuple[str, ...]   # what the documents call it
    why: str                 # the administrative usage the pair rests on
    context: str = ""        # a pattern the question must hold for the reading (empty: always)
    examples: tuple[str, ...] = ()


# Paying said as a resident says it (払える, 支払い, 決済, 納付).
_PAYING = r"払|支払|決済|納付|納め"

EVERYDAY_TERMS: tuple[EverydayTerm, ...] = (
    EverydayTerm(("ゴミ", "ごみ"), ("ごみ", "廃棄物", "環境"),
                 "家庭のゴミは行政文書ではひらがなの「ごみ」か「廃棄物」と書き、環境部局が所管する",
                 examples=("ゴミ関係の実践項目は？",)),
    EverydayTerm(("スマホ", "スマートフォン", "カード", "電子マネー", "QRコード"), ("キャッシュレス",),
                 "スマホやカードでの支払いは行政文書では「キャッシュレス（決済）」と書く", context=_PAYING,
                 examples=("支払いをスマホとかカードでできるようにするやつ",)),
    EverydayTerm(("ネット", "インターネット"), ("オンライン", "電子申請", "電子化", "ICT", "デジタル"),
                 "ネットでの申請・予約は行政文書では「電子申請」「オンライン手続」「電子化」と書き、ICT（デジタル）施策に入る",
                 context=r"申請|手続|予約|届",
                 examples=("ネットで申請できるようになるやつ",)),
    EverydayTerm(("子ども", "子供", "こども"), ("子育て", "保育", "児童"),
                 "子どもに関する施策は行政文書では「子育て（支援）」「保育」「児童」と書く",
                 examples=("子ども関係の実践項目",)),
    EverydayTerm(("お年寄り", "年寄り", "老人"), ("高齢者",),
                 "お年寄りは行政文書では「高齢者」と書く",
                 examples=("お年寄り向けの講座",)),
    # (収納・徴収 are taxes only when collecting them is talked about: a project collecting 介護保険料 is no tax's)
    EverydayTerm(("税金",), ("市税", "納税", "収納", "徴収"),
                 "税金を集めることは行政文書では「収納」「納税」「徴収」と書く", context=r"集め|集金|徴収|取り立て|払|納め|納付",
                 examples=("税金の集め方",)),
    EverydayTerm(("税金",), ("市税", "町税", "村税", "県税", "納税", "税務", "課税"),
                 "税金は行政文書では「市税」「納税」「税務」「課税」など税の付く語で書く",
                 examples=("税金関係の連携事業ってある？",)),
    EverydayTerm(("火事",), ("火災", "消防"),
                 "火事は行政文書では「火災」と書き、消防が所管する",
                 examples=("火事に関係する連携事業",)),
    EverydayTerm(("建物",), ("公共施設", "施設"),
                 "市の建物は行政文書では「公共施設」と書く", context=r"市の建物|町の建物|村の建物|公共",
                 examples=("市の建物に関係する取組",)),
    EverydayTerm(("ショートメール", "ショートメッセージ", "Cメール"), ("SMS",),
                 "携帯電話番号あてのショートメールは行政文書では「SMS」と書く",
                 examples=("ショートメールで催告するやつ",)),
    EverydayTerm(("区役所", "市役所", "役所"), ("窓口",),
                 "役所で手続をするところは行政文書では「窓口」と書く", context=r"窓口|手続|申請",
                 examples=("区役所とか市役所の窓口",)),
)

# A word -> its entries, in order: the first whose context the question holds reads it.
_BY_WORD: dict[str, list[EverydayTerm]] = {}
for _entry in EVERYDAY_TERMS:
    for _word in _entry.words:
        _BY_WORD.setdefault(_word, []).append(_entry)


def everyday_reading(word: str, question: str, any_context: bool = False) -> EverydayTerm | None:
    """The entry reading `word` (said as a whole word of the question), when its context holds (or whatever
    the question says, with any_context: a word glossing a condition the question names)."""
    return next((e for e in _BY_WORD.get(word, ())
                 if not e.context or any_context or compiled(e.context).search(question)), None)


def everyday_words() -> tuple[str, ...]:
    """Every everyday word of the entries."""
    return tuple(_BY_WORD)


def _joint(m) -> str:
    what = m.group("what")
    return f"{m.group('a')}と{m.group('b')}の連携事業" + (f"で{what[:-1]}のもの" if what else "")


def everyday_phrasings():
    """「岡山と倉敷が一緒にやってる事業」「AとBでゴミのことを一緒にやってるの」: what two places do together is their
    joint project (連携事業), as the documents call it (two departments doing something together are not: 課・室・部…)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("two_places_doing_together",
                 r"(?<![一-龥])(?P<a>[一-龥]{2,5})(?<![課室部局係所])と(?P<b>[一-龥]{2,5})(?<![課室部局係所])(?:が|で)\s*(?P<what>[^、。？?]{1,20}?を)?\s*"
                 r"(?:一緒に|いっしょに|共同で|合同で|協力して)\s*(?:やって|取り組んで|実施して|行って|進めて)(?:い)?る\s*"
                 r"(?:事業|やつ|もの|の)",
                 _joint,
                 examples=(("岡山と倉敷が一緒にやってる事業で、納税に関係するやつは？", "岡山と倉敷の連携事業で、納税に関係するやつは？"),
                           ("岡山と倉敷でゴミのことを一緒にやってるのある？", "岡山と倉敷の連携事業でゴミのことのものある？"))),
        # 「電話交換を民間に任せた取組」: work handed to private business is what administration calls 民間委託
        # (the work named before it, as a title names it: 電話交換業務の民間委託).
        Phrasing("handed_to_private",
                 r"(?<=[一-龥ァ-ヶーA-Za-z])\s*を\s*民間(?:事業者|業者|企業|の会社)?\s*に\s*"
                 # (only as the name of what is asked for: 「民間に任せたり統廃合したりした例」 lists acts, of which
                 # handing over may be 指定管理 as well)
                 r"(?:任せ|まかせ|委ね|ゆだね|委託し|外注し|出し)(?:る|た|ている|てる|ていく|ていた)"
                 r"(?=\s*(?:取組|取り組み|実践項目|項目|事業|やつ|もの))",
                 "の民間委託",
                 examples=(("市役所の電話交換を民間に任せた取組", "市役所の電話交換の民間委託取組"),
                           ("放課後児童クラブの運営を民間に任せる取組", "放課後児童クラブの運営の民間委託取組"),
                           ("窓口業務を民間業者に委託した事業", "窓口業務の民間委託事業"))),
        # 「RPAを入れる取組」「タブレットを取り入れたやつ」: something brought into the work is what titles call its
        # 導入 (RPAの導入); only as the name of what is asked for, as above.
        Phrasing("brought_in",
                 r"(?<=[一-龥ァ-ヶーA-Za-z])\s*を\s*(?:入れ|いれ|取り入れ|とりいれ)(?:る|た|ている|てる|ていく|ていた)"
                 r"(?=\s*(?:取組|取り組み|実践項目|項目|事業|やつ|もの))",
                 "の導入",
                 examples=(("RPAを入れる取組について教えて", "RPAの導入取組について教えて"),
                           ("タブレットを取り入れたやつ", "タブレットの導入やつ"))),
    )
