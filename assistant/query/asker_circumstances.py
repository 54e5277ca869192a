"""Why the asker asks, said before the question (「来週の庁議で部長に説明しないといけなくて、」「Excelが見つからない
ので改めて。」「引き継ぎメモを整理していて、終わった項目の数を数えているんですが、」): the asker's circumstances, not
what is asked. A leading sentence that asks nothing, or a leading clause ending in a connective of circumstance
(〜んですが、〜ので、〜ていて、〜があって、〜なくて、) that speaks of the asker's work (a meeting, a memo, a call, a
superior, a deadline, a spreadsheet), is set aside: it shapes no condition and makes no word unused, and the answer
says it was read as context.

It is set aside only when what remains is a question of its own: long enough to name something, and never
pointing back (「そこの実践項目で」「この事業の」「どれですか。」 after 「納税課の件で…」 keep the whole question, whose
condition the earlier words say). A topic said as 「〜についてなんですが、」 is what is asked about, and stays.

In a polite message (「お忙しいところ恐れ入ります。来週の会議の資料で…を整理しております。…は何件でしょうか。よろしく
お願いいたします。」) the sentences are read by what they do: a sentence of courtesy alone is dropped wherever it
stands; a leading sentence that states the asker's situation (its predicate 〜ております, 〜予定です, 〜と考えて
おります …, or 〜ので教えてください) is set aside like one of circumstance when it names no value (a year, a figure,
a grade, a quoted name) and the question names its own records. A quoted name such a sentence acts on, pointed back
at by the question (「「X」を取り上げる予定です。この取組項目の…」), is kept as what is asked about."""
from __future__ import annotations

from assistant.query.compiled import compiled

# The sentences of a question: each up to its 。！? (a 。 inside 「」『』 ends nothing).
_SENTENCE = compiled(r"(?:[^。．！!？?「『]|「[^」]*」|『[^』]*』)*(?:[。．！!？?]+|$)")
# A sentence that asks (its ending): 〜か。〜？ 〜ください 〜教えて 〜っけ 〜は？ …
# (「…の取組項目を確認したいです。」: the asker's wish to see or to know is a request)
_ASKS = compiled(r"(?:か|かね|かな|っけ|ください|下さい|くださいますか|教えて|挙げて|示して|答えて|出して|ちょうだい|ますか|でしょうか|は|"
                 r"(?:確認し|知り|教えていただき|教えてもらい|伺い|お聞きし|拝見し)たい(?:です)?)"
                 r"\s*[。．！!？?]*\s*$|[？?]\s*$")
# A leading clause ending in a connective of the asker's circumstance (「〜んですが、」「〜ので、」「〜ていて、」).
# (「令和3年度に着手準備だったもので、…」: もので is 「those that …, of them」, no reason given)
_CLAUSE = compiled(r"^(?P<clause>(?:[^、,。「『]|「[^」]*」|『[^』]*』){4,80}?"
                   r"(?:んですが|のですが|んですけど|んですけれど(?:も)?|のですけど|んだけど|んだが|けど|けれど(?:も)?|"
                   r"ますが|ですが|(?<!も)ので|なので|ため|ていて|でいて|ていまして|ておりまして|まして|があって|があり|がありまして|"
                   r"なくて|たくて|ないので|くて|用に|のために|に向けて))[、,]\s*")
# What marks the asker's circumstances: their work, who asked them, a call, a memo, a meeting, a deadline,
# a spreadsheet they lack (not a word of the records).
_CIRCUMSTANCE = compiled(
    r"部長|課長|係長|上司|前任|後任|引き継|引継|メモ|資料|庁議|会議で|打合せ|打ち合わせ|電話|問い合わせ|問合せ|照会が|"
    r"締切|締め切り|〆切|Excel|エクセル|ファイル|手元|説明|報告|頼まれ|聞かれ|言われ|宿題|準備|確認したく|調べておき|"
    r"来週|今週|明日|昨日|先日|去年|昨年も|急ぎ|困って|見つから|改めて|気がし|気になって|関心|数えて|整理して|集計し|まとめて|"
    r"議員さん|市民の方|住民の方|"
    r"担当から|の方と|から連絡|依頼")
# 「〜についてなんですが、」「〜の件ですが、」: the topic asked about (a condition of the question), kept.
_TOPIC = compiled(r"(?:について|に関して|に関しては|の件|のこと)(?:なんですが|なのですが|ですが|ですけど|なんだけど)$")
# What points back at words said before (「そこの」「その課」「この事業」「同課」「両市とも」): the earlier words are its
# condition. (「令和5年度…（それ以前に取組を終えた）」: それ以前 is said of a year in its own sentence.)
_POINTS_BACK = compiled(r"(?<![どい])(?:そこ|その(?!他|ほか)|それ(?!ぞれ|以前|以降|以後|より前|より後)|両(?:市|町|村|者|団体|自治体)|この(?!度)|これ(?!まで|から)|あの|あれ)|同課|同室|同部|同局|当該|上記|前述|先ほど|さっき")
# What remains must name something besides the asking words (「どれですか。」 alone names nothing).
_MIN_LEFT = 12

# A sentence of courtesy alone (「お忙しいところ恐れ入ります。」「続けて失礼いたします。」「お手数をおかけします。」
# 「よろしくお願いいたします。」): an apology, a greeting, thanks or a closing with at most a short adverb before it,
# anywhere in a message. It names nothing and asks nothing.
_COURTESY = compiled(
    r"^[^。、,を「『\d]{0,10}?(?:恐れ入ります|恐縮(?:です|でございます)|失礼(?:いた|致)?します|申し訳(?:ありません|ございません)|"
    r"すみません|世話に(?:なっております|なっています|なります)|お疲れ(?:様|さま)です|おつかれ(?:様|さま)です|"
    r"(?:お|ご)(?:手数|面倒|迷惑)を?(?:おかけ|お掛け)(?:いた|致)?します|(?:ありがとう|有難う)(?:ございます|ございました)?|"
    r"(?:よろしく|宜しく)(?:お願い|御願い)(?:いた|致)?(?:します|申し上げます))\s*[。．！!]*\s*$")
# The predicate of a sentence stating the asker's own situation (「…資料を作っております。」「…紹介したいと考えて
# おります。」「…取り上げる予定です。」「課長から…指示を受けました。」): said of the asker, it asks nothing.
_OWN_SITUATION = compiled(
    r"(?:て|で)(?:おります|おりました|います|いました|いる(?:ところ)?です|ございます)|(?:予定|つもり|準備中|作成中|検討中|確認中|"
    r"ところ)(?:です|でございます)|(?:と|たいと|ようと)(?:考えて|思って|存じて)(?:おります|います)|たいと(?:思います|存じます|考えます)|"
    r"(?:必要|こと)が(?:あります|ございます)|(?:を|が)(?:受けました|ありました|入りました)")
# 「…を把握しておきたいので教えてください。」「防災担当として確認させてください。」「産業振興の関係で確認させて
# ください。」: a request that names nothing, asked for a reason of the asker's (the reason says why, not what).
_REASON_THEN_REQUEST = compiled(
    r"^(?P<why>.{2,60}?(?:ので|ため|ために|として|の関係で|の関係上|の都合で))[、,]?\s*"
    r"(?:教えて|確認させて|お聞かせ|伺わせて|お伺いさせて|聞かせて)"
    r"(?:ください|下さい|いただけますか|いただけますでしょうか|いただきたく存じます|いただきたいです)\s*[。．！!]*\s*$")
# What a sentence of the asker's situation must not name to be set aside: a value the question may rely on
# (a year, a number, a quoted name, a grade letter), which the question's own sentence then leaves unsaid.
_NAMES_A_VALUE = compiled(r"[「『\d０-９]|(?:令和|平成|R|H)\s*(?:元|[一二三四五六七八九十]+)\s*年|(?<![A-Za-zＡ-Ｚａ-ｚ])[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ])")


# The quoted name that is the object of the asker's act in a sentence of their situation (「…で「X」を取り上げる予定です」).
_NAME_ACTED_ON = compiled(r"(?P<name>「[^」]+」|『[^』]+』)\s*(?:を|について)[^。「『をがは]*$")


def _name_acted_on(sentence: str) -> str:
    """The quoted name a sentence of the asker's situation acts on ("" when it is no such sentence)."""
    body = compiled(r"\s*[。．！!]*\s*$").sub("", sentence.strip())
    if _asks(sentence) or not compiled(rf"(?:{_OWN_SITUATION.pattern})$").search(body):
        return ""
    m = _NAME_ACTED_ON.search(body)
    return m.group("name") if m else ""


def _names_its_records(question: str) -> bool:
    """Whether the question names the records it asks about (a kind of record, a quoted name, or a compound name
    of five letters or more, 「行政創革プラン全体の財政効果額」): one that does not (「令和4年度は何社から寄附を受領
    したのでしょうか。」) relies on the sentence before it for its subject, which then stays."""
    from assistant.query.vocabulary import KIND_WORDS

    return bool(compiled(r"「[^」]+」|『[^』]+』|[一-龥々ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{5,}").search(question)) \
        or any(k in question for k, _ in KIND_WORDS)


def _courtesy(sentence: str) -> bool:
    return bool(_COURTESY.match(sentence.strip()))


def _own_situation(sentence: str) -> bool:
    """A sentence stating the asker's situation, or asking to be told for a reason of theirs, naming no value."""
    s = sentence.strip()
    if _NAMES_A_VALUE.search(s):
        return False
    if _REASON_THEN_REQUEST.match(s):
        return True
    body = compiled(r"\s*[。．！!]*\s*$").sub("", s)
    return not _asks(s) and bool(compiled(rf"(?:{_OWN_SITUATION.pattern})$").search(body))


def _asks(sentence: str) -> bool:
    # (「…何種類ありますか（部会名のないものは数えないで）。」: an aside in brackets after the asking ending)
    return bool(_ASKS.search(compiled(r"\s*[（(][^（）()]*[)）]\s*(?=[。．！!？?]*\s*$)").sub("", sentence.strip())))


def _outside_quotes(text: str) -> str:
    return compiled(r"「[^」]*」|『[^』]*』").sub("", text)


def _question_of_its_own(rest: str) -> bool:
    core = compiled(r"(?:どれ|どこ|何|いくつ|いくら|誰)?(?:ですか|でしょうか|ますか|でしたか|でしたっけ|っけ|ください|か)?\s*[。．！!？?]*\s*$").sub("", rest.strip())
    return len(core) >= _MIN_LEFT and not _POINTS_BACK.search(_outside_quotes(rest))


# 「手元にExcelがないので教えてください。」: a request that names nothing once its circumstance is set aside.
_REQUEST = compiled(r"^(?:教えて|確認させて|調べて|聞かせて|お願いし|伺い|聞き)(?:ください|下さい|ます|たいです|たい)?\s*[。．！!]*\s*$")


def _bare_request(sentence: str) -> bool:
    rest = sentence.strip()
    while (m := _CLAUSE.match(rest)) is not None and _CIRCUMSTANCE.search(_outside_quotes(m.group("clause"))):
        rest = rest[m.end():]
    if not _REQUEST.match(rest):
        m = compiled(r"^(?P<clause>.{2,60}?(?:ので|なので|から|ため))\s*(?=\S)").match(rest)
        if m is not None and _CIRCUMSTANCE.search(_outside_quotes(m.group("clause"))):
            rest = rest[m.end():]
    return rest != sentence.strip() and bool(_REQUEST.match(rest))


def set_aside(question: str) -> tuple[str, str]:
    """The question without the asker's circumstances said before it, and those circumstances ("" when none)."""
    if not isinstance(question, str) or len(question) < 20:
        return question, ""
    sentences = [s for s in _SENTENCE.findall(question) if s.strip()]
    # Sentences of courtesy, before or after the question, are dropped (the courtesy phrasings drop the same
    # words once the question is read; here they must not stop the sentences of circumstance being found).
    kept = [s for s in sentences if not _courtesy(s)]
    if kept and len(kept) < len(sentences):
        sentences = kept
        question = "".join(s.strip() for s in kept)
    rest, aside = question, []
    # Leading sentences that ask nothing (the last sentence is always the question's own).
    while len(sentences) > 1 and (not _asks(sentences[0]) or _bare_request(sentences[0]) or _own_situation(sentences[0])):
        s = sentences[0]
        tail = "".join(sentences[1:])
        # (「条件：R4でA。件数だけ。」「…を番号で。R2がCのものは除いて。」: a sentence of conditions, no circumstance)
        if not (_CIRCUMSTANCE.search(_outside_quotes(s)) or _own_situation(s)) or not _names_its_records(tail) \
                or not _question_of_its_own(tail) \
                or not any(_asks(t) for t in sentences[1:]):
            # (「来週の会議で「庁内文書の電子化の推進」を取り上げる予定です。この取組項目の…」: the name the asker's
            # act is about is what the question points back at; the rest of the sentence is their situation)
            named = _name_acted_on(s)
            if named and any(_asks(t) for t in sentences[1:]):
                aside.append(s.strip().replace(named, "…", 1))
                rest = f"{named}について。{tail.lstrip()}"
            break
        aside.append(s.strip())
        sentences = sentences[1:]
        rest = tail.lstrip()
    # Leading clauses of circumstance within the question's sentence.
    while True:
        m = _CLAUSE.match(rest)
        if m is None:
            break
        clause = m.group("clause")
        tail = rest[m.end():]
        own = next((t for t in _SENTENCE.findall(tail) if t.strip()), "")
        # (the clause's own sentence must ask: 「…電話があって、商工部会の事業を確認したいと言われました。どれですか。」
        # is one account of the call, its question pointing back at it)
        if _TOPIC.search(clause) or not _CIRCUMSTANCE.search(_outside_quotes(clause)) \
                or not _question_of_its_own(tail) or not _asks(own):
            break
        aside.append(clause + "、")
        rest = tail
    if not aside:
        return question, ""
    return rest, "".join(aside)


def said_so(answer, circumstances: str) -> None:
    """The answer says which words it read as the asker's circumstances (they shaped nothing)."""
    if not circumstances or answer is None or not hasattr(answer, "notes"):
        return
    shown = circumstances if len(circumstances) <= 60 else circumstances[:58] + "…"
    answer.notes.append(f"前置き「{shown}」は質問の事情として読み、条件にはしていません。")
