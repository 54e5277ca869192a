"""Ranking passages for a fact question by how well they answer it, not only by which words they hold.

A fact question (「関係各課は何課ある？」「意見書はいつ出された？」) is read into a `Need`: its content
terms (Sudachi normalized forms, the same terms the index stores for every passage), the noun
phrases as written, and the kind of thing asked for: a date for いつ, a number with the asked
counter for 何課/何回/何人, money for いくら/…額, a weekday for 何曜日, a person for 誰, a place or
organisation for どこ/…の所属, a means for どうやって, a name the question does not say yet for
何という/…の名前, a span for 何年度から何年度まで/…の期間, a telephone or mail for …の問い合わせ先,
municipalities listed by name for …を構成する市町; failing a question word, the noun asked
about decides (…の目標値は？ a number).

A passage is scored (weights: the constants below) from
- coverage: the question's terms it holds, each weighted by rarity (idf over all passages); a term
  said otherwise counts for less (_held): the verb in its other voice (増える ~ 増やす), a word of its
  Sudachi synonym group (心配 ~ 懸念, 答える ~ 回答), a word sharing the verb's kanji. Terms
  it does not hold itself may come from its context, at a lower strength: the passage before it
  (more when that is a heading, the Q of a Q&A or a lead-in announcing what follows, 「次の評価基準で
  …」), the one before that, the heading of its section (「5 総評」), the title of its document. A
  number asked about (「評価基準の5」) counts only in the passage itself;
- proximity of its own matched terms, and the question's noun phrases found verbatim;
- the kind of thing asked for: a passage without it is multiplied down (KIND_FLOOR);
- its length (a short line stating the fact beats a long paragraph); whether it is itself a
  question, a lead-in (the next passage states it), a table of contents, or only repeats the
  question's words (a label, a title): none of those states the fact.
The lines of a list or table (a member list) are also scored one by one under its heading line, and
a passage scores as its best line. Candidates are the passages holding the question's rarest terms
and the two passages after each of the best. Nothing here knows any document.
"""
from __future__ import annotations

import heapq
import math
import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

from assistant.store.search import _char_map
from assistant.text.normalize import fix_ocr, nfkc, search_form
from assistant.text.tokenize import _term, _tokenizer, terms
from assistant.text.tokenize import morphemes as question_morphemes  # `morphemes` names a local below
from assistant.query.compiled import compiled

# ---------------------------------------------------------------- weights (see the module docstring)
W_COVERAGE = 3.0      # share of the question's (idf-weighted) terms the passage or its context holds
W_PROXIMITY = 1.0     # matched terms close together (times the passage's own coverage)
W_PHRASE = 0.7        # share of the question's noun phrases found verbatim
W_LENGTH = 0.25       # per doubling of the passage's length over 100 characters
W_QUESTION = 0.8      # the passage is itself a question
W_POINTER = 0.5       # the passage announces what follows (次の…): the next one states it
W_ECHO = 0.8          # the passage only repeats the question's words (a label, a title): it states nothing
KIND_FLOOR = 0.4      # score factor for a passage lacking the kind of thing asked for
# ... lower where a passage without it cannot be the answer (a contact without a number or address).
KIND_FLOORS = {"contact": 0.15}
# Strength of a term found in the passage's context rather than in the passage itself.
CTX_PREV = 0.6        # the passage before
CTX_LEAD = 0.8        # the passage before, when it is a heading or the question of a Q&A
CTX_PREV2 = 0.35      # the one before that
CTX_PREV2_BLOCK = 0.6  # ... when both are headings (a title block: plan name, document name, date)
CTX_SECTION = 0.5     # the heading of the passage's section
CTX_TITLE = 0.3       # the title of the passage's document
STEM_MATCH = 0.5      # a verb matched only by its kanji stem (増える ~ 増加)
VOICE_MATCH = 0.9     # the same verb in its other voice: one kanji, other kana (増える ~ 増やす)
SYNONYM_MATCH = 0.8   # a noun of the same Sudachi synonym group (心配 ~ 懸念, 手続き ~ 手順)
VERB_SYNONYM_MATCH = 0.5  # ... of a verb's group (答える ~ 回答, 比べる ~ 比較)
CONTENTS_FACTOR = 0.3  # a table of contents points to the text, it states nothing
TOPIC_ABSENT = 0.5    # 「ふるさと納税に触れた意見」: a passage without the topic said is about something else
SHORT_LINE = 60       # lines this short are checked with Sudachi for a person's name
POINTER_MAX = 150     # longer passages announcing something state things of their own too
MAX_LINES = 40       # longer lists are scored as a whole only
FETCH_BUDGET = 600    # candidates read: the question's rarest terms' passages, up to about this many
STEM_FETCH = 100      # passages holding a compound of a question word's kanji, read when at most this many
CONTEXT_TOP = 30      # best passages (by their own words) whose context and followers are read
PERSON_CHECK = 15     # best passages checked with Sudachi for a person's or place's name
TERM_PASSAGES_KEPT = 5000  # a term's passages are kept per open index when it is in at most this many

# Words that frame a question rather than name its subject.
_QUESTION_WORDS = {"何", "誰", "どこ", "何処", "いつ", "何時", "幾ら", "いくら", "どう", "如何", "どの", "此の", "その",
                   "どんな", "なぜ", "何故", "どれ", "どちら", "どういう", "どの様", "どのよう", "どのような",
                   "どれくらい", "どれ位", "どのくらい", "どの位", "幾つ", "いくつ"}
_FRAME_NOUNS = {"意味", "事", "物", "為", "様", "的", "等", "位", "くらい", "ぐらい", "頃", "方", "所", "感じ", "辺り"}
# Verbs that only link words (…によると, …について, …に関する).
_FRAME_VERBS = {"よる", "因る", "依る", "つく", "付く", "就く", "対する", "関する", "於く", "おく", "為る", "する"}
_FRAME_SUFFIXES = {"さん", "様", "氏", "君", "ちゃん", "向け", "ごと", "毎", "達", "たち"}
# Prefixes that change nothing (第何号, ご相談); others are meant (副会長 is not 会長).
_PLAIN_PREFIXES = {"第", "御", "お", "ご", "各", "約", "計"}
_NON_CONTENT_POS = {"助詞", "助動詞", "補助記号", "空白", "記号", "連体詞", "接続詞", "感動詞"}
# Pronouns point at something the question does not name; いずれ (all of them) says something.
_PLAIN_PRONOUNS = {"此れ", "其れ", "彼れ", "これ", "それ", "あれ", "此処", "其処", "ここ", "そこ", "あそこ", "こちら",
                   "そちら", "私", "僕", "我々", "自分", "貴方", "あなた", "彼", "彼女"}

_NUM = r"\d[\d,]*(?:\.\d+)?(?:\s*[兆億万千百]\s*(?:\d[\d,]*(?:\.\d+)?)?)*"
# Counters that are spelt more than one way, or said with another word, in documents.
_COUNTER_FORMS = {
    "人": ("人", "名"), "名": ("人", "名"), "回": ("回", "度"), "度": ("回", "度"),
    "か所": ("か所", "箇所", "ヶ所", "ケ所", "カ所", "ヵ所"), "箇所": ("か所", "箇所", "ヶ所", "ケ所", "カ所", "ヵ所"),
    "件": ("件",), "円": ("円",), "歳": ("歳", "才"),
}
_AREA = ("ha", "ヘクタール", "㎡", "m2", "平方メートル", "坪")
_MEASURE_UNITS = {"面積": _AREA, "広さ": _AREA, "距離": ("km", "キロ"), "延長": ("km", "キロ"),
                  "重さ": ("t", "トン", "kg"), "重量": ("t", "トン", "kg")}
_DATE_FULL = compiled(r"(?:令和|平成|昭和|[RH])\s*(?:\d+|元)\s*年\s*\d+\s*月\s*\d+\s*日|\d{4}\s*年\s*\d+\s*月\s*\d+\s*日"
                        r"|\b[RH]\d{1,2}\.\d{1,2}\.\d{1,2}\b|\d{4}[./]\d{1,2}[./]\d{1,2}")
_DATE_MONTH_DAY = compiled(r"\d+\s*月\s*\d+\s*日")
_DATE_YEAR_MONTH = compiled(r"(?:(?:令和|平成|昭和|(?<![A-Za-z])[RH])\s*(?:\d+|元)|\d{4})\s*年\s*\d+\s*月")
_DATE_YEAR = compiled(r"(?:令和|平成|昭和)\s*(?:\d+|元)\s*年|\d{4}\s*年|\b[RH]\d{1,2}(?:年度?)?\b")
_WEEKDAY = compiled(r"[（(]\s*[月火水木金土日](?:曜日?)?\s*[)）]|[月火水木金土日]曜")
# Days a place is closed, as pages say them (休館日, 定休日, 休業日, 閉館): asked as 休みの日.
_CLOSED = compiled(r"休み|休館|休業|定休|休所|休園|閉館|閉庁")
_PERSON_MARK = compiled(r"[一-龥]{1,4}\s*[一-龥ぁ-ん]{1,3}\s*(?:さん|氏|様|先生)|(?:会長|委員長|部長|課長|市長|町長|理事長|代表)\s*[一-龥]{2}")
_PLACE_MARK = compiled(r"「[^」]{2,30}」|[一-龥ァ-ヶー]{2,}(?:協会|会議所|株式会社|大学|センター|ひろば|広場|事務所|市役所|役場|会館|公民館)"
                         r"|https?://|ホームページ|ウェブサイト|サイト")
_HEADING = compiled(r"^\s*(?:\d{1,2}(?:[\s.．、)）]|$)|[(（]\d{1,2}[)）]|[①-⑳]|[ア-ン](?:\s|$)|第[一二三四五六七八九十\d]{1,3}[章節部編]"
                      r"|[【■●◆▶□◇〇○◎])")
_NUMBERING = compiled(r"^\s*(?:\d{1,2}[\s.．、)）]?|[(（]\d{1,2}[)）]|[①-⑳]|[ア-ン](?=\s)|第[一二三四五六七八九十\d]{1,3}[章節部編])\s*")
# A lead-in that announces what follows (「次の評価基準で…行った。」「内訳は以下のとおり：」).
_POINTER = compiled(r"次の|以下の|下記の|次のとおり|以下のとおり|[:：]\s*$")
# A member's question in minutes: it asks, the answer stands elsewhere (「…理由を知りたい。」); only a
# passage of its own (one line), not a list of members' opinions that holds one.
_ASKS_TO_KNOW = compiled(r"(?:知りたい|伺いたい|お聞きしたい|教えてほしい|教えていただきたい|説明してほしい|説明を求める)[。．]")
_CONTENTS = compiled(r"目\s*次|(?:P\s*\d+[^P]{0,40}){3,}")
# A span of time: a start and an end (令和3年度～令和7年度, 4月1日から9月30日まで).
# (a day may carry its weekday in brackets: 「１月１０日（金）から２月９日（日）まで」)
_PERIOD = compiled(r"(?:年度?|月|日)\s*(?:[)）]|[（(][月火水木金土日祝・]{1,4}(?:曜日?)?[)）])?\s*(?:[～〜~∼]|から)\s*"
                   r"(?:令和|平成|昭和|[RH]\s*\d|\d)")
# How to reach the office in charge: a telephone number or mail address.
_CONTACT = compiled(r"電話|T\s*E\s*L|F\s*A\s*X|メール|E-?mail|\d{2,5}\s*[-－]\s*\d{1,4}\s*[-－]\s*\d{3,4}", re.I)
# Municipalities listed by name (青葉市、緑川市、花野町), not 各市町.
_MUNICIPALITIES = compiled(r"(?:[一-龥ァ-ヶー]{1,6}[市町村区]\s*[、・,，]\s*)+[一-龥ァ-ヶー]{1,6}[市町村区](?![長民内外])")
_METHOD_MARK = compiled(r"方法|手順|手続|による|により|によって|を通じ|を通して|を用いて|を使って|で行|にて|の上で|のうえで|を経て")
_SENTENCE = compiled(r"[^。\n]+。?")
_DIGIT = compiled(r"\d")
_TITLED = compiled(r"『([^』]{2,40})』")
_QUOTED = compiled(r"「[^」]{2,40}」")
# Four characters that are not punctuation or kana (which say nothing), anything between them:
# found early in most passages.
_SAYS_SOMETHING = compiled(r"[^\W_ぁ-ん](?:[\W_ぁ-ん]*[^\W_ぁ-ん]){3}")


@dataclass(frozen=True)
class Need:
    """What a question asks for."""

    question: str
    terms: tuple[str, ...] = ()            # content terms, normalized as the index stores them
    numbers: frozenset[str] = frozenset()  # terms that are numbers (a specific value: 「評価基準の5」)
    stems: tuple[tuple[str, str], ...] = ()  # (verb term, its kanji stem)
    synonyms: tuple[tuple[str, frozenset[int], float], ...] = ()  # (term, its Sudachi synonym groups, strength)
    phrases: tuple[str, ...] = ()          # noun phrases as written (「関係各課」)
    phrase_forms: tuple[str, ...] = ()     # ... in search form
    words: tuple[str, ...] = ()            # surfaces of the content words, for highlighting
    kind: str = ""                         # "", date, weekday, number, money, person, place
    counters: tuple[str, ...] = ()         # 課 for 何課, (人, 名) for 何人
    echo_forms: tuple[str, ...] = ()       # search forms of its words, longest first
    topics: frozenset[str] = frozenset()   # terms of what the question says it is about (Xに触れた, Xについて)


def read_question(question: str) -> Need:
    """The content terms of a question and the kind of thing it asks for."""
    text = _REQUEST_TAIL.sub("", fix_ocr(nfkc(question or ""))[:400])
    morphemes = list(question_morphemes(text)) if text.strip() else []
    out_terms: list[str] = []
    numbers: set[str] = set()
    stems: list[tuple[str, str]] = []
    synonyms: list[tuple[str, frozenset[int], float]] = []
    words: list[str] = []
    phrases: list[str] = []
    run: list[str] = []
    counters: list[str] = []
    head = ""  # the last noun: what a question without a question word asks for (…の目標値は？)

    def flush() -> None:
        phrase = "".join(run).strip()
        if len(phrase) > 1 and phrase not in phrases and not phrase.isdigit():
            phrases.append(phrase)
        run.clear()

    for i, m in enumerate(morphemes):
        pos = m.part_of_speech()
        surface, norm = m.surface(), m.normalized_form()
        prev = morphemes[i - 1].surface() if i else ""
        if prev.startswith("何") and len(prev) > 1 and surface == "日":  # 何曜 日
            continue
        if prev == "何" and pos[0] in ("名詞", "接尾辞") and ("助数詞" in pos[2] or len(surface) <= 2):
            counters.append(surface)  # 何課, 何回: the counter says what to look for, not what about
            flush()
            continue
        content = pos[0] not in _NON_CONTENT_POS and not surface.startswith("何") \
            and not (pos[0] == "代名詞" and (surface in _PLAIN_PRONOUNS or norm in _PLAIN_PRONOUNS)) \
            and surface not in _QUESTION_WORDS and norm not in _QUESTION_WORDS \
            and surface not in _FRAME_NOUNS and norm not in _FRAME_NOUNS and norm not in _FRAME_VERBS \
            and not (pos[0] == "動詞" and pos[1] == "非自立可能") \
            and not (pos[0] == "接尾辞" and (pos[1] != "名詞的" or surface in _FRAME_SUFFIXES))
        if pos[0] == "名詞" or (pos[0] == "接尾辞" and pos[1] == "名詞的" and run) or pos[0] == "接頭辞":
            if content:
                run.append(surface)
                head = "".join(run)
            else:
                flush()
        else:
            flush()
        if not content or pos[0] == "接頭辞" and surface in _PLAIN_PREFIXES:
            continue
        term = _term(norm)
        if not term.strip():
            continue
        if term not in out_terms:
            out_terms.append(term)
            words.append(surface)
            groups = m.synonym_group_ids()
            if groups:
                # A verb's group is wide (開く ~ 開催 in any line saying 開催): weaker, as Sudachi's
                # synonym tools expand nouns only by default.
                synonyms.append((term, frozenset(groups), SYNONYM_MATCH if pos[0] == "名詞" else VERB_SYNONYM_MATCH))
        if pos[1] == "数詞" or term.replace(".", "").isdigit():
            numbers.add(term)
        if pos[0] in ("動詞", "形容詞") or pos[0] == "名詞" and re.fullmatch(r"[一-龥々]+[ぁ-ん]+", surface):
            # (a noun made of a verb, 休み・申込み, is said by the documents' compounds of its kanji too: 休館, 申込)
            stem = re.match(r"[一-龥々]+", norm)
            if stem:
                stems.append((term, stem.group(0)))
    flush()
    if not counters:
        # 「どのくらいの面積が…」: the measure's units say what to look for (約8.4ha), as a counter does.
        counters = [u for noun, units in _MEASURE_UNITS.items() if noun in text for u in units]
    kind = _asked_kind(text, counters, head)
    about = " ".join(m.group(1) for m in _TOPIC_SAID.finditer(text))
    topics = frozenset(t for t, w in zip(out_terms, words) if len(w) >= 2 and w in about)
    return Need(question=question, terms=tuple(out_terms), topics=topics, numbers=frozenset(numbers), stems=tuple(stems),
                synonyms=tuple(synonyms),
                phrases=tuple(phrases), phrase_forms=tuple(f for f in (search_form(p) for p in phrases) if f),
                words=tuple(dict.fromkeys(phrases + words)), kind=kind,
                echo_forms=tuple(sorted({f for f in (search_form(w) for w in phrases + words) if f}, key=len, reverse=True)),
                counters=tuple(dict.fromkeys(f for c in counters for f in _COUNTER_FORMS.get(c, (c,)))))


# 「…を教えて（ください）」「…が知りたい」: how the question is put, not what it is about (a passage saying 教える
# answers nothing more)
_REQUEST_TAIL = compiled(r"(?:を|が|について)?\s*(?:教えて|知りたい|知りたいです|調べて)(?:ください|下さい|くれる|ほしい|欲しい"
                         r"|もらえ[^。？?]{0,6}|いただけ[^。？?]{0,6}|頂け[^。？?]{0,6})?\s*[。．!！?？]*\s*$")


# 「ふるさと納税に触れた」「窓口の委託について」: what the question is about, said with its particle.
_TOPIC_SAID = compiled(r"([^\s、。,?？!！「」のはがをにでと]{2,15})(?:に触れ|にふれ|について|に関する|に関して|に言及)")


# Nouns naming where to ask (連絡先) or its number (内線番号): a contact line answers them.
_CONTACT_NOUNS = ("連絡先", "問い合わせ先", "問合せ先", "問合わせ先", "問い合わせ", "問合せ", "照会先",
                  "電話番号", "内線番号", "内線", "ファックス番号", "FAX番号", "メールアドレス")


def _asked_kind(text: str, counters: list[str], head: str) -> str:
    """The kind of thing asked for: from a question word (いつ, 何回, 誰, どこ, いくら), or failing
    that from the noun asked about (…の目標値は？ a number, …の額は？ money, …の所属は？ a place)."""
    if "曜日" in text or "何曜" in text:
        return "weekday"
    if _CLOSED.search(text) and re.search(r"日|曜|いつ", text):
        return "closed"  # 「公民館の休みの日は？」: the days it is closed (毎週月曜日、年末年始), not any date
    if re.search(r"(?:いつ|何年度?|何月|何日)から(?:いつ|何年度?|何月|何日)?まで", text) \
            or re.search(r"何(年度?|か?月|日)(?:間)?から何\1", text):
        return "period"  # both ends of a span (何年度から何年度まで; 「何年から何年に延ばした」: the span before and after)
    if re.search(r"(?:いつ|何年度?|何月|何日)(?:頃|ごろ)?から", text):
        return "start"  # 「いつから始める？」: the date a thing starts from (令和7年10月1日から), not any date
    if re.search(r"いつ|何時頃|何年(?!間)|何月|何日(?!間)", text):
        return "date"
    if re.search(r"誰|どなた|何者", text):
        return "person"
    if head.endswith(_CONTACT_NOUNS):
        # 「…の問い合わせ先はどこ」「…の内線番号」: a telephone or desk is asked even with どこ (not a place)
        return "contact"
    if re.search(r"(?:どこ|何処)の(?:市|町|村|自治体|市町村|団体|県)|どの(?:市|町|村|自治体|市町村|県)", text):
        return "municipalities"  # 「他のどこの市に照会した？」: a line naming a municipality
    if re.search(r"どこ|何処", text):
        return "place"
    if re.search(r"どうやって|どのように|どうやる|どうすれば|どのような方法|方法は|やり方|手順", text):
        return "method"
    if re.search(r"(?:どうする|どうなる|何を|なにを|何が|なにが)[^、。？?]{0,6}(?:決ま|決定|決め|合意|了承)", text):
        return "decision"  # 「第3回の会議で…はどうすることに決まった？」: a line stating what will be done
    if re.search(r"(?:何|なん)(?:という|て(?:いう)?)(?:名前|名称|名)?", text) or head.endswith(("名前", "名称", "題名", "タイトル")):
        return "name"
    if re.search(r"(?:どれだけ|どれくらい|どれぐらい|どのくらい|どのぐらい|いくら)[^、。？?まで]{0,6}(?:減|増|削減|縮減)"
                 r"|(?:何人|何件|何%)(?:減|増|削減|縮減)", text):
        return "change"  # 「職員定数はどれだけ減った」: a figure of a rise or fall (▲436人, 62億円の縮減)
    if "円" in counters or re.search(r"いくら|幾ら", text):
        return "money"
    if counters or re.search(r"いくつ|幾つ|どれ(?:くらい|ぐらい|位)|どの(?:くらい|ぐらい|位)", text):
        return "number"
    if head.endswith(("額", "費", "費用", "金額", "予算", "価格", "料金")):
        return "money"
    if head.endswith(("数", "値", "率", "量", "件数", "人数", "回数", "割合")):
        return "number"
    if head.endswith(("日付", "日時", "年月日", "期日", "時期", "日程")):
        return "date"
    if head.endswith(("市町", "市町村", "市区町村")):
        return "municipalities"
    if head.endswith(("期間", "期限")):
        return "period"
    if head.endswith(("所属", "場所", "会場", "住所", "所在地")):
        return "place"
    if head.endswith(("氏名", "担当者")):
        return "person"
    return ""


def kind_score(need: Need, text: str) -> float:
    """How well `text` holds the kind of thing asked for: 1 holds it, 0 does not."""
    if not need.kind:
        return 1.0
    if need.kind == "name":
        # A title in 『』 (how plans and publications are named) that the question does not already say
        # (the new plan's, not the old one's); 「」 quotes sayings as often as names.
        titles = [search_form(q) for q in _TITLED.findall(nfkc(text))]
        if any(q and not any(ph in q or q in ph for ph in need.phrase_forms) for q in titles):
            return 1.0
        return 0.3 if titles or _QUOTED.search(text) else 0.0
    return _kind_score(need.kind, need.counters, text)


_SENTENCE_END = compiled(r"(?<=[。．！？!?])")
# A labelled line or sentence (「募集期間：2015年12月18日から…」) is a field of the whole notice, not a sentence about
# another thing.
_FIELD_LINE = compiled(r"^\s*[^\s。、：:（(]{1,8}[：:]")


def _kind_near_phrase(need: Need, text: str) -> float:
    """kind_score, where a date is asked of a thing the question names (「「書かない窓口」っていつ始めたの？」) over a
    passage of several sentences: the date must be in a sentence naming that thing (the longest of the question's
    quoted terms or noun phrases the passage holds), not in one about something else beside it (「R6年4月に開始される
    一部パスポートの電子申請」 after 「北見市の「書かない窓口」の視察」) or in a labelled line of the passage."""
    got = kind_score(need, text)
    if not got or need.kind not in ("date", "start"):
        return got
    if need.kind == "date" and _BEGAN_ASKED.search(nfkc(need.question)):
        # 「職員提案制度ができたのっていつ？」: when a thing came to be is a date or year said with its beginning
        # (「平成２９年度に…として創設した」「平成２９年度から実施しています」), not any date beside its name
        # (the day of a meeting that spoke of it)
        return 1.0 if _BEGUN_STATED.search(nfkc(text)) else got * 0.5
    said = [search_form(q.strip("「」")) for q in _QUOTED.findall(nfkc(need.question))] + list(need.phrase_forms)
    norm = search_form(text)
    named = max((f for f in said if len(f) >= 2 and f in norm), key=len, default="")
    sentences = [x for x in _SENTENCE_END.split(text) if x.strip()]
    if not named or len(sentences) < 2:
        return got
    held = [x for x in sentences if named in search_form(x) or _FIELD_LINE.match(x)]
    held += [x for x in text.splitlines() if _FIELD_LINE.match(x)]
    return max((kind_score(need, x) for x in held), default=got)


@lru_cache(maxsize=20000)
def _kind_score(kind: str, counters: tuple[str, ...], text: str) -> float:
    # Cached: every question of a kind reads the same passages and lines again.
    t = nfkc(text)
    if kind == "date":
        if _DATE_FULL.search(t):
            return 1.0
        if _DATE_MONTH_DAY.search(t):
            return 0.8
        if _DATE_YEAR_MONTH.search(t):
            return 0.7
        if re.search(r"(?<![\d.])\d{1,2}\s*月(?!\s*\d)", t):
            return 0.6  # 「9月議会厚生委員会で」: a month of the year the passage is about
        return 0.3 if _DATE_YEAR.search(t) else 0.0
    if kind == "start":
        # (as exact as a date asked with いつ is: 令和8年4月から over 令和7年度から)
        return (1.0 if _STARTS_FROM.search(t) else 0.6) * _kind_score("date", counters, text)
    if kind == "decision":
        return 1.0 if _DECIDED.search(t) else 0.3
    if kind == "weekday":
        return 1.0 if _WEEKDAY.search(t) else 0.0
    if kind == "closed":
        if not _CLOSED.search(t):
            return 0.0
        return 1.0 if _WEEKDAY.search(t) or re.search(r"祝日|休日|年末年始|毎週|毎月", t) or _DATE_MONTH_DAY.search(t) else 0.3
    if kind == "person":
        return 1.0 if _PERSON_MARK.search(t) or len(t) <= SHORT_LINE and _has_pos(t, "人名") else 0.0
    if kind == "place":
        return 1.0 if _PLACE_MARK.search(t) else 0.0
    if kind == "method":
        return 1.0 if _METHOD_MARK.search(t) else 0.0
    if kind == "municipalities":
        return 1.0 if _MUNICIPALITIES.search(t) else 0.0
    if kind == "period":
        return 1.0 if _PERIOD.search(t) else 0.0
    if kind == "contact":
        return 1.0 if _CONTACT.search(t) else 0.0
    if kind == "change":
        if re.search(r"[▲△]\s*" + _NUM + r"|" + _NUM + r"[^、。]{0,8}(?:の)?(?:削減|縮減|減少|増加|減|増)|(?:削減|縮減|減少|増加)[^、。]{0,8}" + _NUM, t):
            return 1.0
        return 0.3 if _plain_number(t) else 0.0
    if kind == "money":
        if re.search(_NUM + r"\s*円", t):
            return 1.0
        if re.search(r"\d(?:\.\d+)?\s*倍|\d\s*割(?:増|引)|半額|無料|免除", t):
            return 0.8  # 「市外の方は上記の1.5倍の額」: a charge stated against the one printed, not a figure of its own
        return 0.5 if re.search(r"\d{1,3}(?:,\d{3})+|\d{4,}", t) else 0.0
    # number
    if counters:
        forms = "|".join(re.escape(c) for c in counters)
        if any(not _BOUND.match(t, m.end()) for m in re.finditer(rf"{_NUM}\s*(?:{forms})", t)):
            return 1.0
        # 「何言語」 over 「150種類以上の言語に対応」: the figure counts the noun asked through a counter of its own
        if re.search(rf"{_NUM}\s*(?:種類|種|か国|カ国|ヶ国)?\s*(?:以上|以下|超|未満|程度|余り|強|弱)?\s*の\s*(?:{forms})", t):
            return 0.9
        if re.search(rf"{_NUM}\s*(?:{forms})", t):
            return 0.5  # 「150社を超えました」: a bound (a headline's), less than the figure itself
        if "号" in counters and re.search(r"(?:Vol|No)\s*\.?\s*\d+|第\s*\d+\s*号", t, re.I):
            return 1.0
        return 0.3 if _plain_number(t) else 0.0
    return 1.0 if _plain_number(t) else 0.0


# 「…ができたのはいつ」「…っていつ始まった」「…はいつ創設された」: when a thing came to be, asked with いつ (a thing
# said before the particle: 「削減できた」 is an ability, no beginning).
_BEGAN_ASKED = compiled(r"(?:が|は|って|も)\s*(?:いつ\s*(?:頃|ごろ)?\s*)?(?:でき|始まっ|出来|創設され|設立され|発足し|新設され"
                        r"|設けられ|導入され|開始され|制定され|施行され|スタートし)(?:た|ました)(?:の|ん)?")
# A year or a date, then within the clause a word of beginning: 「平成２９年度に「業務改善提案制度」として創設した」
# 「平成29年度から実施しています」「令和2年4月発足」「H16.08.20 「岡山・倉敷」観光推進協議会設立」.
_BEGUN_STATED = compiled(r"(?:(?:年度?|月|日)\s*[)）]?\s*(?:に|から|より|以降)?|(?<![A-Za-z])[RHSrhs]\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s*[~～〜]?)"
                         r"[^。]{0,16}?(?:創設|設立|発足|開始|始ま|始め|導入|新設|設置|制定|施行|スタート|実施し|開設|設け)")
# A date said as the start of something: 「令和7年10月1日から」「4月より」「R8年度以降」「10月に開始」.
_STARTS_FROM = compiled(r"(?:\d\s*[年月日]|年度|元年)\s*(?:[)）]\s*)?(?:から|より|以降|に(?:開始|始ま|スタート)|を目途に開始)")


# A line of minutes stating what was decided: it ends on what will be done (…に拡大する。…こととした。).
_DECIDED = compiled(r"(?:する|こととした|ことになった|ことで合意した|決定した|了承した|承認した|図る|進める|行う)\s*[。．]?\s*$")


# A figure said as a bound or a round one: 「150社を超え」「200人余り」「100件以上」.
_BOUND = compiled(r"\s*(?:を|も)?\s*(?:超え|超|突破|上回|余り|あまり|以上|近く|弱|強|程度|前後)")


def _plain_number(t: str) -> bool:
    """A number that is not a year or a date."""
    rest = _DATE_YEAR.sub("", _DATE_MONTH_DAY.sub("", _DATE_FULL.sub("", t)))
    return bool(re.search(r"\d", rest))


@lru_cache(maxsize=4096)
def _has_pos(text: str, what: str) -> bool:
    """Whether Sudachi reads a word of `text` as `what` (cached: a Sudachi pass per passage is costly)."""
    if len(text) > 2000:
        text = text[:2000]
    return any(m.part_of_speech()[2] == what for m in _tokenizer().tokenize(text))


@dataclass(slots=True)
class _Passage:
    id: int
    key: str
    kind: str
    field: str
    source: str
    line: int
    text: str
    terms: list[str]
    norm: str = ""  # the search form the index stores
    # Derived once (passages are cached): its term set and what kind of line it is.
    term_set: frozenset[str] = frozenset()
    heading: bool = False
    asking: bool = False
    contents: bool = False
    many_lines: bool = False
    pointer: bool = False
    length_cost: float = 0.0
    positions: dict[str, list[int]] | None = None  # see _positions (on first need)
    context: list | None = None  # see Ranker._context (on first need)

    def __post_init__(self) -> None:
        self.term_set = frozenset(self.terms)
        self.heading = self.field == "heading" or _is_heading(self.text)
        self.asking = self.field == "question" or self.text.rstrip().endswith(("？", "?")) \
            or ("\n" not in self.text.strip() and len(self.text) <= POINTER_MAX and bool(_ASKS_TO_KNOW.search(self.text)))
        self.contents = bool(_CONTENTS.search(self.text))
        self.pointer = len(self.text) <= POINTER_MAX and bool(_POINTER.search(self.text))
        self.many_lines = 2 <= self.text.strip().count("\n") < MAX_LINES or _labelled_lines(self.text)
        self.length_cost = math.log2(1 + len(self.text) / 100)


@dataclass
class _Worked:
    """Per question: the candidates' ids and the passages' first and full scores."""

    fetched: list[int] | None = None
    quick: dict[int, float] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)
    scorer: _Scorer | None = None


class _Scorer:
    """One question's scoring, worked out once for every passage it reads: the weights and their sum,
    and what each context a passage is read in (the passage before, a section heading, a document
    title) offers the question's terms. Many passages share a heading or a title, and a list's
    lines share all of their passage's context."""

    def __init__(self, need: Need, weights: dict[str, float]) -> None:
        self.need = need
        self.weights = weights
        self.total = sum(weights.values())
        self._offers: dict[tuple[int, float], tuple[frozenset[str], list[tuple[str, float]]]] = {}

    def offered(self, context: list) -> list[tuple[str, float]]:
        """(term, strength) that the contexts offer: a term found there holds it at the context's
        strength (a number asked about only in the passage itself), and a heading just read also
        holds a synonym, as weakly as the passage would. Each term once, at its strongest, in the
        order the contexts first offer it: raising a passage's strengths to these leaves them, and
        their order (so every sum over them), as trying each context in turn did."""
        out: dict[str, float] = {}
        need = self.need
        for terms_, _, s in context:
            key = (id(terms_), s)
            got = self._offers.get(key)
            if got is None or got[0] is not terms_:  # (the set is kept with its id: never another's)
                offers = [(t, s) for t in need.terms if t in terms_ and t not in need.numbers]
                if s >= CTX_SECTION and need.synonyms:
                    held = _synonym_groups(frozenset(terms_))
                    offers += [(t, s * syn) for t, groups, syn in need.synonyms if groups & held]
                got = self._offers[key] = (terms_, offers)
            for t, v in got[1]:
                if out.get(t, 0.0) < v:
                    out[t] = v
        return list(out.items())

    def evaluate(self, own: frozenset[str], positions: dict[str, list[int]], norm: str, length_cost: float,
                 asking: bool, context: list, offered: list[tuple[str, float]], kind: float,
                 contents: bool = False) -> float:
        """The score of a passage or line holding `own` (terms) read in `context`, which offers
        `offered` (see `offered`)."""
        need, weights, total = self.need, self.weights, self.total
        strength = _held(need, own)
        own_cov = cov = _share(strength, weights, total)
        if offered and len(strength) < len(need.terms):
            raised = False
            for t, v in offered:
                if strength.get(t, 0.0) < v:
                    strength[t] = v
                    raised = True
            if raised:  # (else the same sum over the same strengths: own_cov)
                cov = _share(strength, weights, total)
        if cov == 0:
            return 0.0
        absent = bool(need.topics) and not any(strength.get(t, 0.0) > 0 for t in need.topics)
        prox = _proximity(positions, [t for t in need.terms if t in own]) if own_cov else 0.0
        phrase = 0.0
        for ph in need.phrase_forms:
            if ph in norm:
                phrase += 1.0
            else:
                phrase += max((s for _, n, s in context if n and ph in n), default=0.0)
        phrase = phrase / len(need.phrase_forms) if need.phrase_forms else 0.0
        s = W_COVERAGE * cov + W_PROXIMITY * own_cov * prox + W_PHRASE * phrase
        s -= W_LENGTH * length_cost
        if asking:
            s -= W_QUESTION
        if own_cov and _echoes(norm, need):
            s -= W_ECHO
        if contents:
            s *= CONTENTS_FACTOR
        if absent and s > 0:
            s *= TOPIC_ABSENT
        if need.kind:
            floor = KIND_FLOORS.get(need.kind, KIND_FLOOR)
            s *= floor + (1 - floor) * kind
        return s


class Ranker:
    """Scores passages of one index against a Need; caches what it reads (the index is read-only)."""

    def __init__(self, db: IndexReader) -> None:
        self.db = db
        self._df: dict[str, int] = {}
        self._n: int | None = None
        self._by_key: dict[str, tuple[list[_Passage], dict[int, int], list[int]]] = {}
        self._titles: dict[str, frozenset[str]] | None = None
        self._heading_terms: dict[int, frozenset[str]] = {}
        self._kinds: dict[tuple, float] = {}
        self._line_cache: dict[int, list] = {}
        self._term_ids: dict[str, frozenset[int]] = {}  # see _term_passages
        self._term_ids_size = 0
        self._passages: dict[int, _Passage] = {}
        self._needs: dict[str, Need] = {}
        # What was worked out for the question being answered: one answer ranks its passages more
        # than once (the passage search, then the answer's excerpts), with the same Need.
        self._current: tuple[Need | None, _Worked] = (None, _Worked())

    def need(self, question: str) -> Need:
        """`read_question`, cached: one conversation reads the same question in several places."""
        got = self._needs.get(question)
        if got is None:
            if len(self._needs) > 1000:
                self._needs.clear()
            got = self._needs[question] = read_question(self._in_full(question))
        return got

    def _in_full(self, question: str) -> str:
        """The question with an everyday short form (パブコメ) said in full where the index prints only the full
        form: the ranker's terms are the index's, and a term no passage holds steers nothing."""
        from assistant.query.short_forms import SHORT_FORMS
        from assistant.store.search import find_passages

        for short, full in SHORT_FORMS:
            if short in question and full not in question and not find_passages(self.db, short, with_text=False) \
                    and find_passages(self.db, full, with_text=False):
                question = question.replace(short, full)
        return question

    def _worked(self, need: Need) -> _Worked:
        """What was worked out for `need`, afresh when the question changes."""
        current, worked = self._current
        if need is not current and need != current:
            worked = _Worked()
            self._current = (need, worked)
        return worked

    # ---------------------------------------------------------------- statistics
    def idf(self, term: str) -> float:
        if self._n is None:
            self._n = self.db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1
        df = self._df.get(term)
        if df is None:
            try:
                df = self.db.execute("SELECT count(*) FROM passages_tok WHERE passages_tok MATCH ?",
                                     [_quote(term)]).fetchone()[0]
            except Exception:  # a term FTS5 cannot read as a phrase: treat as rare
                df = 0
            if len(self._df) > 20000:
                self._df.clear()
            self._df[term] = df
        return math.log((self._n + 1) / (df + 0.5))

    def weights(self, need: Need) -> dict[str, float]:
        w = {t: max(self.idf(t), 0.1) for t in need.terms}
        others = [v for t, v in w.items() if t not in need.numbers]
        if others:
            # A number in a question is a specific value (「評価基準の5」): as telling as its other words.
            mean = sum(others) / len(others)
            for t in need.numbers:
                w[t] = max(w[t], mean)
        return w

    # ---------------------------------------------------------------- reading the index
    def _key(self, key: str) -> tuple[list[_Passage], dict[int, int], list[int]]:
        """A record's passages in reading order, the position of each, and each one's section heading."""
        got = self._by_key.get(key)
        if got is None:
            rows = self.db.execute("SELECT id, key, kind, field, source, line, text, terms, norm FROM passages "
                                   "WHERE key = ? ORDER BY line, id", [key]).fetchall()
            plist = [self._passages.setdefault(r[0], _passage(r)) for r in rows]
            pos = {p.id: i for i, p in enumerate(plist)}
            heads: list[int] = []
            current = -1
            for i, p in enumerate(plist):
                first = p.text.strip().split("\n", 1)[0].strip()
                if p.field == "heading" or first and len(first) <= 30 and not first.endswith("。") and _HEADING.match(first):
                    current = i
                    self._heading(p)
                heads.append(current)
            if len(self._by_key) > 5000:
                self._by_key.clear()
            got = self._by_key[key] = (plist, pos, heads)
        return got

    def _title_terms(self, source: str) -> frozenset[str]:
        if self._titles is None:
            self._titles = {}
            try:
                for src, title in self.db.execute("SELECT source, title FROM documents").fetchall():
                    self._titles[src] = frozenset(terms(title or "", expand=False))
            except Exception:
                pass
        return self._titles.get(source, frozenset())

    def _heading(self, p: _Passage) -> frozenset[str]:
        got = self._heading_terms.get(p.id)
        if got is None:
            first = p.text.strip().split("\n", 1)[0]
            got = self._heading_terms[p.id] = frozenset(terms(_NUMBERING.sub("", first), expand=False))
        return got

    def _fetch(self, need: Need, kinds: list[str] | None) -> dict[int, _Passage]:
        """Candidates: passages holding any of the question's telling terms. Terms found almost
        everywhere (評価, 市) find nothing worth reading first; they still count when scoring."""
        if not need.terms:
            return {}
        worked = self._worked(need)
        if worked.fetched is None:
            worked.fetched = self._match(need)
        got = self._load(worked.fetched)  # (a dict of its own)
        return {pid: p for pid, p in got.items() if p.kind in kinds} if kinds else got

    def _match(self, need: Need) -> list[int]:
        by_df = sorted(need.terms, key=lambda t: self._df_of(t))
        chosen, total = [], 0
        for t in by_df:
            df = self._df_of(t)
            if chosen and total + df > FETCH_BUDGET:
                break
            chosen.append(t)
            total += df
        # The passages of each term are kept per open index (the same terms come back question after
        # question); together they are what one query of the terms joined by OR returns, in id order.
        found: set[int] = set()
        for t in chosen:
            ids = self._term_passages(t)
            if ids is None:
                return []  # a term FTS5 cannot read: the query of them all fails
            found.update(ids)
        for t, stem in need.stems:
            if self._df_of(t):
                continue
            # 「休みの日」 where the documents say 休館日: the compounds of its kanji hold it (at STEM_MATCH); when
            # they are few, their passages are read too
            try:
                ids = [r[0] for r in self.db.execute("SELECT rowid FROM passages_tok WHERE passages_tok MATCH ? "
                                                     "LIMIT ?", [_quote(stem) + " *", STEM_FETCH + 1]).fetchall()]
            except Exception:
                continue
            if len(ids) <= STEM_FETCH:
                found.update(ids)
        return sorted(found)

    def _term_passages(self, term: str) -> frozenset[int] | None:
        """The ids of the passages whose terms hold `term` (FTS5), or None when FTS5 cannot read it."""
        got = self._term_ids.get(term)
        if got is None:
            try:
                got = frozenset(r[0] for r in self.db.execute(
                    "SELECT rowid FROM passages_tok WHERE passages_tok MATCH ?", [_quote(term)]).fetchall())
            except Exception:
                return None
            if len(got) <= TERM_PASSAGES_KEPT:
                self._term_ids_size += len(got)
                if self._term_ids_size > TERM_PASSAGES_KEPT * 50:
                    self._term_ids.clear()
                    self._term_ids_size = len(got)
                self._term_ids[term] = got
        return got

    def _holding(self, term: str, among: dict[int, float], found: dict[int, _Passage]):
        """The passages of `among` (ids of `found`) whose own terms hold `term`. FTS5 finds every
        passage holding a term it reads as one or more words (and a few more: e-mail for mail), so
        for a term in fewer passages than `among` only those are tested; a common term, or one FTS5
        finds nowhere (none holds it, or it reads it as no word at all: ・), is tested in each."""
        df = self._df_of(term)
        ids = self._term_passages(term) if df <= len(among) and df <= TERM_PASSAGES_KEPT else None
        if ids:
            return [pid for pid in among.keys() & ids if term in found[pid].term_set]
        return [pid for pid in among if term in found[pid].term_set]

    def _load(self, ids: list[int]) -> dict[int, _Passage]:
        passages = self._passages
        missing = [i for i in ids if i not in passages]
        for n in range(0, len(missing), 500):
            chunk = missing[n:n + 500]
            for r in self.db.execute("SELECT id, key, kind, field, source, line, text, terms, norm FROM passages "
                                     f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk).fetchall():
                self._passages[r[0]] = _passage(r)
        if len(self._passages) > 50000:
            self._passages.clear()
        return {i: self._passages[i] for i in ids if i in self._passages}

    def _df_of(self, term: str) -> int:
        self.idf(term)
        return self._df.get(term, 0)

    def lookup(self, excerpt: dict) -> _Passage | None:
        """The passage an excerpt shows (excerpts carry no id)."""
        plist, _, _ = self._key(excerpt.get("key", ""))
        text = excerpt.get("text", "")
        return next((p for p in plist if p.text == text), None)

    # ---------------------------------------------------------------- scoring
    def score(self, need: Need, p: _Passage, weights: dict[str, float]) -> float:
        return self._score(p, self._scorer(need, weights))

    def _score(self, p: _Passage, scorer: _Scorer) -> float:
        need = scorer.need
        if p.context is None:
            p.context = self._context(p)
        context = p.context
        offered = scorer.offered(context)
        contents = p.contents
        if p.positions is None:
            p.positions = _positions(p.terms)
        whole = scorer.evaluate(p.term_set, p.positions, p.norm, p.length_cost, p.asking, context, offered,
                                self.kind(need, p), contents) - (W_POINTER if p.pointer else 0.0)
        if not p.many_lines or not any(t in p.term_set for t in need.terms):
            return whole
        # A list or table (a member list, a schedule): each line is a statement of its own, read
        # under the passage's first line when that is a heading.
        lines = self._lines(p)
        best = whole
        under = None
        for i, line_set, line_norm, line, line_positions, length_cost, first_heading in lines:
            ctx, offers = context, offered
            if i > 0 and first_heading:
                if under is None:
                    lead = (lines[0][1], lines[0][2], CTX_LEAD)
                    under = ([lead] + context, scorer.offered([lead] + context))
                ctx, offers = under
            kind = kind_score(need, line) if need.kind else 1.0
            best = max(best, scorer.evaluate(line_set, line_positions, line_norm, length_cost, p.asking, ctx, offers,
                                             kind, contents))
        return best

    def _scorer(self, need: Need, weights: dict[str, float]) -> _Scorer:
        worked = self._worked(need)
        if worked.scorer is None or worked.scorer.weights != weights:
            worked.scorer = _Scorer(need, weights)
        return worked.scorer

    def _lines(self, p: _Passage) -> list[tuple[int, frozenset[str], str, str, dict[str, list[int]], float, bool]]:
        """Each line of a list passage: (number, its terms, search form, text, positions, length cost,
        whether the passage's first line is a heading), derived once per passage."""
        got = self._line_cache.get(p.id)
        if got is None:
            if len(self._line_cache) > 5000:
                self._line_cache.clear()
            got = []
            lines = p.text.strip().split("\n")
            first_heading = _is_heading(lines[0]) and not _labelled_lines(p.text)  # (a label's line is a fact too)
            for i, line in enumerate(lines):
                line_terms = terms(line, expand=False)
                got.append((i, frozenset(line_terms), search_form(line), line, _positions(line_terms),
                            math.log2(1 + len(line) / 100), first_heading))
            self._line_cache[p.id] = got
        return got

    def kind(self, need: Need, p: _Passage) -> float:
        if not need.kind:
            return 1.0  # (kind_score's answer for any text)
        # (a date's score depends on the question's named things too, _kind_near_phrase: its question is of the key)
        key = (need.kind, need.counters, need.phrase_forms if need.kind == "name" else (),
               need.question if need.kind in ("date", "start") else "", p.id)
        got = self._kinds.get(key)
        if got is None:
            if len(self._kinds) > 50000:
                self._kinds.clear()
            got = self._kinds[key] = _kind_near_phrase(need, p.text)
        return got

    def _context(self, p: _Passage) -> list[tuple[frozenset[str] | set[str], str, float]]:
        """(terms, search form, strength) of what a reader of `p` has just read."""
        plist, pos, heads = self._key(p.key)
        i = pos.get(p.id)
        out: list[tuple[frozenset[str] | set[str], str, float]] = []
        if i is not None:
            if i >= 1:
                prev = plist[i - 1]
                lead = prev.asking or prev.heading or prev.pointer
                out.append((prev.term_set, prev.norm, CTX_LEAD if lead else CTX_PREV))
                if i >= 2:
                    prev2 = plist[i - 2]
                    block = prev.heading and prev2.heading
                    out.append((prev2.term_set, prev2.norm, CTX_PREV2_BLOCK if block else CTX_PREV2))
            h = heads[i]
            if h >= 0 and h < i - 1:  # two back is still the section's heading (read as such)
                out.append((self._heading(plist[h]), "", CTX_SECTION))
        out.append((self._title_terms(p.source), "", CTX_TITLE))
        return out

    def rank(self, need: Need, given: list[dict] | None = None, kinds: list[str] | None = None,
             search: bool = True, limit: int = 20) -> list[dict]:
        """Excerpts best first: the given ones (reordered) and, with `search`, the index's passages
        that answer the question best. Given excerpts keep their own dicts."""
        weights = self.weights(need)
        found: dict[int, _Passage] = self._fetch(need, kinds) if search else {}
        given_by_id: dict[int, dict] = {}
        for ex in given or []:
            p = self.lookup(ex)
            if p is None:
                continue
            found.setdefault(p.id, p)
            given_by_id.setdefault(p.id, ex)
        if not found:
            return list(given or [])[:limit]
        total = sum(weights.values()) or 1.0
        worked = self._worked(need)
        quick, scores = worked.quick, worked.scores
        # A first, cheap score (own terms and length) that picks whose context is worth reading: the
        # weight of the asked terms a passage holds, added term by term in the question's order.
        held = {pid: 0.0 for pid in found if pid not in quick}
        if held:
            for t in need.terms:
                w = weights[t]
                for pid in self._holding(t, held, found):
                    held[pid] += w
            for t, stem in need.stems:
                if not self._df_of(t):  # (said only in compounds of its kanji: 休み in 休館日, as _match read them)
                    for pid in held:
                        if _has_prefix(found[pid].term_set, stem):
                            held[pid] += STEM_MATCH * weights[t]
            for pid, got in held.items():
                quick[pid] = W_COVERAGE * got / total - W_LENGTH * found[pid].length_cost
        top = heapq.nlargest(CONTEXT_TOP, found, key=quick.__getitem__)  # = sorted(..., reverse=True)[:CONTEXT_TOP]
        pool: dict[int, _Passage] = {pid: found[pid] for pid in top}
        pool.update((pid, found[pid]) for pid in given_by_id)
        for pid in top:  # what follows a matching heading or lead-in may state the fact
            p = found[pid]
            plist, pos, _ = self._key(p.key)
            i = pos.get(pid)
            if i is None:
                continue
            for nxt in plist[i + 1:i + 3]:
                if not kinds or nxt.kind in kinds:
                    pool.setdefault(nxt.id, nxt)
        scorer = self._scorer(need, weights)
        scored = {pid: scores[pid] if pid in scores else scores.setdefault(pid, self._score(p, scorer))
                  for pid, p in pool.items()}
        if need.kind in ("person", "place"):
            # Names the patterns missed: ask Sudachi, but only about the best few.
            for pid in sorted(scored, key=lambda k: -scored[k])[:PERSON_CHECK]:
                if self.kind(need, pool[pid]) == 0 and _has_pos(pool[pid].text, "人名" if need.kind == "person" else "地名"):
                    scored[pid] /= KIND_FLOOR
        order = sorted((pid for pid in scored if scored[pid] > 0),
                       key=lambda pid: (-scored[pid], pool[pid].source, pool[pid].line, pid))
        out = [given_by_id.get(pid) or self.excerpt(need, pool[pid]) for pid in order[:limit]]
        # Given excerpts the question's words do not reach still follow, in their order.
        shown = set(order[:limit])
        out += [ex for pid, ex in given_by_id.items() if pid not in shown][: max(0, limit - len(out))]
        return out

    def excerpt(self, need: Need, p: _Passage) -> dict:
        form, origin = _char_map(p.text)
        spans: set[tuple[int, int]] = set()
        for needle in need.echo_forms:  # as highlight_spans does, with the text mapped once
            start = form.find(needle)
            while start != -1:
                end = start + len(needle)
                spans.add((origin[start], origin[end - 1] + 1))
                start = form.find(needle, end)
        spans = sorted(spans)
        line = p.line + (p.text[: spans[0][0]].count("\n") if spans else 0)
        return {"key": p.key, "source": p.source, "line": line, "text": p.text, "field": p.field,
                "highlights": spans}

    def key_sentence(self, need: Need, text: str, limit: int = 90) -> str:
        """The line or sentence of a passage that best states what was asked."""
        parts = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
        if not parts:
            return ""
        if len(parts) > 1:
            weights = self.weights(need)
            total = sum(weights.values())

            def value(s: str) -> float:
                cov = _share(_held(need, _sentence_terms(s)), weights, total)
                return cov * (KIND_FLOOR + (1 - KIND_FLOOR) * kind_score(need, s)) if need.kind else cov

            best = max(parts, key=value)
        else:
            best = parts[0]
        best = " ".join(best.split())
        return best if len(best) <= limit else best[: limit - 1] + "…"


def _passage(r) -> _Passage:
    return _Passage(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", (r[7] or "").split(), r[8] or "")


# 「休館日：毎週月曜日」: a short label, a colon, its value
_LABELLED_LINE = compiled(r"^[^\s：:。、，,]{1,15}\s*[：:]\s*\S")


def _labelled_lines(text: str) -> bool:
    """Whether the passage is lines each stating one fact under its label (a page's <dl>: 開館時間：…／休館日：…):
    even two such lines are a list, each line read on its own."""
    lines = text.strip().split("\n")
    return 2 <= len(lines) < MAX_LINES and all(_LABELLED_LINE.match(line) for line in lines)


def _is_heading(text: str) -> bool:
    """A short line that names what follows (a title, a heading, a lead-in ending in a colon)."""
    text = text.strip()
    return bool(text) and "\n" not in text and (len(text) <= 30 and not text.endswith("。") or text.endswith((":", "：")))


def _echoes(norm: str, need: Need) -> bool:
    """Whether a passage says little beyond the question's own words (「成果指標 指標名: …登録数」)."""
    rest = norm
    for w in need.echo_forms:
        rest = rest.replace(w, "")
    if _DIGIT.search(rest):
        return False  # a number the question did not say is news
    # Punctuation and kana endings say nothing: fewer than four other characters are left.
    return not _SAYS_SOMETHING.search(rest)


_RANKERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def ranker(db: IndexReader) -> Ranker:
    """The Ranker of an open index (one per index, so its caches serve every question)."""
    try:
        got = _RANKERS.get(db)
        if got is None:
            got = _RANKERS[db] = Ranker(db)
        return got
    except TypeError:  # not weakly referenceable: a fresh one
        return Ranker(db)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _share(strength: dict[str, float], weights: dict[str, float], total: float) -> float:
    """The weighted share of the terms held; `total` is sum(weights.values()) (summed once)."""
    return sum(weights.get(t, 0.0) * s for t, s in strength.items()) / total if total else 0.0


@lru_cache(maxsize=20000)
def _sentence_terms(sentence: str) -> frozenset[str]:
    """The terms of a sentence of a passage (read with Sudachi once: answers quote the same passages)."""
    return frozenset(terms(sentence, expand=False))


@lru_cache(maxsize=20000)
def _sorted_terms(own: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(own))


def _has_prefix(own: frozenset[str], stem: str) -> bool:
    """Whether a term of `own` starts with `stem` (as any(t.startswith(stem) for t in own)): the terms
    with that prefix sort together, first among those not below it."""
    terms_ = _sorted_terms(own)
    i = bisect_left(terms_, stem)
    return i < len(terms_) and terms_[i].startswith(stem)


def _held(need: Need, own: frozenset[str]) -> dict[str, float]:
    """How strongly a passage's own terms hold each of the question's: the term itself, the verb in
    its other voice, a synonym, a word sharing only the verb's kanji."""
    strength = {t: 1.0 for t in need.terms if t in own}
    for term, stem in need.stems:
        if term not in strength and _has_prefix(own, stem):
            strength[term] = VOICE_MATCH if _other_voice(own, term, stem) else STEM_MATCH
    missing = [(t, g, s) for t, g, s in need.synonyms if strength.get(t, 0.0) < s]
    if missing:
        held = _synonym_groups(own)
        for term, groups, s in missing:
            if groups & held:
                strength[term] = s
    return strength


def _other_voice(own: frozenset[str], term: str, stem: str) -> bool:
    """Whether `own` holds the verb `term` in its other voice: a one-kanji stem with other kana
    (増える ~ 増やす, 決まる ~ 決める), not a compound that starts with the kanji (増加)."""
    if len(stem) != 1 or not _KANA_TAIL.fullmatch(term[1:]):
        return False
    terms_ = _sorted_terms(own)
    i = bisect_left(terms_, stem)
    while i < len(terms_) and terms_[i].startswith(stem):
        if terms_[i] != term and _KANA_TAIL.fullmatch(terms_[i][1:]):
            return True
        i += 1
    return False


_KANA_TAIL = compiled(r"[ぁ-ん]+")


@lru_cache(maxsize=65536)
def _term_groups(term: str) -> frozenset[int]:
    """The Sudachi synonym groups of one index term (a dictionary word read alone)."""
    if not re.search(r"[一-龥]", term):
        return frozenset()  # kana terms are folded katakana or function words: no group worth reading
    found = _tokenizer().tokenize(term)
    return frozenset(found[0].synonym_group_ids()) if len(found) == 1 and not found[0].is_oov() else frozenset()


@lru_cache(maxsize=20000)
def _synonym_groups(own: frozenset[str]) -> frozenset[int]:
    """Every synonym group of a passage's terms (read once per passage or line)."""
    out: set[int] = set()
    for t in own:
        out.update(_term_groups(t))
    return frozenset(out)


def _positions(pterms: list[str]) -> dict[str, list[int]]:
    """Where each term stands in a passage (derived once per passage or line: every question
    measures proximity over these instead of walking all of its terms)."""
    out: dict[str, list[int]] = {}
    for i, t in enumerate(pterms):
        out.setdefault(t, []).append(i)
    return out


def _proximity(positions: dict[str, list[int]], matched: list[str]) -> float:
    """1 when the matched terms stand next to each other, less the further apart they are."""
    wanted = set(matched)
    if len(wanted) <= 1:
        return 1.0 if wanted else 0.0
    # The narrowest window holding every matched term starts and ends at one of them: the window
    # slides over their positions only (the same span as over all of the passage's terms).
    stands = sorted((i, t) for t in wanted for i in positions.get(t, ()))
    best = None
    count: dict[str, int] = {}
    have = 0
    left = 0
    for right, t in stands:
        count[t] = count.get(t, 0) + 1
        if count[t] == 1:
            have += 1
        while have == len(wanted):
            start, lt = stands[left]
            span = right - start + 1
            if best is None or span < best:
                best = span
            count[lt] -= 1
            if count[lt] == 0:
                have -= 1
            left += 1
    if best is None:
        return 0.0
    # Particles sit between content words (関係 の 各課): allow one per gap before counting distance.
    return min(1.0, (2 * len(wanted) - 1) / best)
