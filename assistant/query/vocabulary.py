"""Words of questions: which record kind a word asks for, which field a word names, stop words.

Kind and field words come from the kinds' declarations (assistant/kinds/*/records.py); what is left
here is the question's own scaffolding.
"""
from __future__ import annotations

import re

from assistant.kinds import registry
from assistant.query.compiled import compiled

# Words naming the kind of record asked for, longest first. The last one in a question is the head
# noun (「実践項目が2件の取組項目」 asks for initiatives). 食い違い and its kin ask for the conflicts view.
KIND_WORDS: list[tuple[str, str]] = sorted(
    registry.kind_words() + [("食い違い", "conflicts"), ("不一致", "conflicts"), ("矛盾", "conflicts")],
    key=lambda t: -len(t[0]))

# What other plans call a kind (改革項目, 取組事項 → 実践項目), longest first: where no document of the index calls its
# records so (lexicon.item_words), a question saying one means the kind's label.
OTHER_PLANS_WORDS: list[tuple[str, str]] = registry.other_plans_kind_words()

# Field words; longest first when matching. Values: field name.
NUMERIC_FIELDS: list[tuple[str, str]] = registry.score_words()
# Fields whose value can be asked for (「…は？」), word -> field.
VALUE_FIELDS: list[tuple[str, str]] = registry.value_words()
# When the asked field is not in the target kind, the field that means the same there.
FIELD_ALIASES: dict[str, tuple[str, ...]] = registry.field_aliases()
GROUP_WORDS: list[tuple[str, str]] = registry.group_words()

# Nouns that never make a keyword on their own (question scaffolding). (いちばん: 一番 typed in kana, a
# noun to Sudachi like it; as a keyword it made 「終了年度がいちばん早いのは？」 a new question, not a follow-up)
STOP_NOUNS = {
    "もの", "こと", "やつ", "奴", "事例集", "報告書", "意見書", "両方", "双方", "指摘", "言葉", "文言", "用語", "単語", "ワード", "キーワード", "表現", "項目", "一覧", "全て", "すべて", "全部", "件", "件数", "何", "どれ", "どこ", "どちら",
    "どの", "誰", "いつ", "教え", "場合", "担当", "部署", "評価", "総括", "取組", "取り組み", "年度",
    "数", "点", "値", "結果", "うち", "中", "なか", "その", "これ", "それ", "あれ", "リスト", "表示", "一覧表",
    "番号", "No", "no", "ところ", "ため", "よう", "ほう", "方", "とき", "時", "際", "分", "等", "など",
    "以上", "以下", "未満", "以外", "順", "上位", "下位", "最も", "一番", "いちばん", "平均", "合計", "名前", "名称",
    "内容", "関係", "関連", "一緒", "過去", "時代", "言及", "記載", "記述", "話", "話題", "件名", "対象", "状況", "詳細",
    "趣旨", "主旨",  # (「…という趣旨の意見」: what the opinion says is the words before it)
    "自治体", "市町村", "本文", "文書", "資料", "テーマ", "全体", "ん", "の", "R", "H", "令和", "平成",
    "所管", "該当", "確認", "あと", "後", "市", "町", "村", "県", "人", "くらい", "ぐらい", "事業", "業務", "委員", "審議会", "町村", "両市", "どんな", "どういう", "いくつ", "何点", "幾つ", "いくら", "何人", "何名", "どなた", "何時", "何日", "何回", "何円", "何%", "どれくらい", "どのくらい", "何年", "何月", "なに", "何処", "誰か",
}

# Words of one stance a committee member takes, each found by any of them: 「プライバシーを心配している
# 意見」 is the one calling it 「非常に疑問」. (A stance, not a topic: a topic word is never widened.)
STANCES = [("心配", "懸念", "不安", "危惧", "疑問", "憂慮", "心残り")]
STANCE_OF = {w: group for group in STANCES for w in group}

# (target kind, kind of the text) -> field of the text's record naming the target record.
LINKS = registry.links()
# Where keywords are sought when the question names no part: the record's own text first, and when
# that has no hit, the text of the records that belong to it (a practice item's progress sheet).
WIDER_SCOPE = registry.wider_scope()


# 「指定管理者制度を使った事例」: a scheme is named with its 制度 or without (「【指定管理者】」「指定管理者が運営」).
_SCHEME = compiled(r"(?P<stem>[一-龥ァ-ヶー]{3,})制度")


def scheme_forms(word: str) -> tuple[str, ...]:
    """The word sought, and the scheme's name without 制度 when the word is 「<name>制度」."""
    m = _SCHEME.fullmatch(word)
    return (word, m.group("stem")) if m else (word,)
