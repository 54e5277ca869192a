"""What the asker heard someone say (「市民の方から「…」と聞きました」「ある市民が「…」と話していましたが」):
the quoted words are someone's claim, not the question. When a question of its own follows, that question
is asked and the claim is set aside; when only 「実際には何項目ですか」 follows, the claim itself is the
question, its figure asked for (何項目) and checked against the answer (claimed_count.checked_claim)."""
from __future__ import annotations

from assistant.query.compiled import compiled

# 「…から「X」と聞きました。」「…が「X」と話していましたが、」: who said it, the quote, and the verb of saying.
_HEARD = compiled(
    r"^\s*(?P<who>[^「」。？?]{0,30}?)(?:から|が|に|は)?\s*[「『](?P<quote>[^」』]{2,120})[」』]\s*"
    r"(?:(?:と|って)\s*(?:聞きました|聞いた|聞いています|聞いております|伺いました|言われました|言われた|言っていました|言っていた|"
    r"話していました|話していた|話されていました|おっしゃっていました|指摘されました|指摘を受けました|耳にしました)"
    # (「…という声がありました」: a 声 or 話 that was heard; 「シートに「X」とあった」 is a word of the text, not this)
    r"|という(?:話|声|意見|指摘)(?:を|が)\s*(?:聞きました|聞いた|伺いました|ありました|あった|寄せられました|耳にしました))"
    r"(?:が|けど|けれど(?:も)?|ので)?\s*[。、,．]?\s*(?P<rest>.*)$")
# What follows when the claim itself is asked about: 「実際には何項目ですか」「本当ですか」「正しいですか」.
_ONLY_CHECK = compiled(
    r"(?:(?:それは|これは)?(?:実際(?:に|の)?(?:は|には)?|本当(?:に|は)?|正しく(?:は)?|正確(?:に|には)?)[、,]?\s*)?"
    r"(?:何(?:件|項目|個|事業|つ)(?:ですか|でしょうか|ありますか|あるのですか|なのですか|だったのですか|なのでしょうか)?"
    r"|(?:本当|事実|正しい)(?:ですか|でしょうか|なのですか)?"
    r"|(?:合って|あって)(?:いますか|ますか|いるのでしょうか))\s*[？?。]?\s*$")
# A follow-on sentence pointing back at the quote (「それは」「その項目」).
_POINTS_BACK = compiled(r"(?:それ|その|これ|この|そういう|そのような|そんな)")
# The figure in the claim: 「15項目あった」「15件ある」「15件です」.
_FIGURE = compiled(r"(?P<n>\d+)\s*(?P<unit>件|項目|個|事業)(?:も|ほど|くらい|ぐらい)?\s*(?:あった|ある|あります|ありました|でした|だった|です|だ)?")


def heard_claim(question: str) -> tuple[str, int | None]:
    """The question to ask and the figure someone claimed (None when none is checked)."""
    m = _HEARD.match(question)
    if m is None or not m.group("who").strip():
        return question, None
    rest = m.group("rest").strip()
    if _POINTS_BACK.match(rest):
        return question, None  # 「それはどの実践項目ですか」: the quote is what is asked about, and is kept
    if rest and not _ONLY_CHECK.fullmatch(rest):
        return rest, None  # a question of its own follows: the claim is only why it is asked
    figure = _FIGURE.search(m.group("quote"))
    if figure is None:
        return question, None
    quote = m.group("quote")
    return quote[:figure.start()] + "何" + figure.group("unit") + "？", int(figure.group("n"))
