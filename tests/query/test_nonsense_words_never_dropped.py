"""A word said as a description that nothing reads (an adverb or mimetic word: 「取組項目のふわふわなのに、
総括評価がAの実践項目」) is never dropped silently: it is listed as unused, the answer is partial and says so
first, and the rest of the question is still answered as without it (shipped corpus)."""
from __future__ import annotations

import pytest

from assistant.query.grammar.accountability import unused_words
from assistant.query.grammar.canon import canonicalise


@pytest.mark.parametrize("question, plain", [
    # children of parents said with 「なのに」, the parent part holding only the nonsense word
    ("取組項目のふわふわなのに、総括評価がAの実践項目", "総括評価がAの実践項目"),
    # (the parents' condition stays theirs: 自己評価 of the 取組項目, not the children's 総合評価)
    ("取組項目の自己評価がBなのに、ふわふわな実践項目", "自己評価がBの取組項目に属する実践項目"),
    ("取組項目の自己評価がBなのに、ふわふわで総括評価がAの実践項目", "取組項目の自己評価がBなのに、総括評価がAの実践項目"),
    ("取組項目のふわふわな実践項目", "実践項目"),
    ("ふわふわの取組項目に属する実践項目", "実践項目"),
    ("自己評価がBでふわふわな取組項目", "自己評価がBの取組項目"),
    ("委員の意見がふわふわな取組項目", "取組項目"),
    ("R4にふわふわした実践項目", "R4に評価がある実践項目"),
    ("取組項目がふわふわで、R4がAの実践項目", "R4がAの実践項目"),
    ("ふわふわと終了した実践項目", "終了した実践項目"),
    ("R4でAかつR5でふわふわな実践項目", None),
    # a mimetic word Sudachi reads as 形状詞, not as an adverb
    ("ぐにゃぐにゃな取組項目", "取組項目"),
])
def test_a_description_nothing_reads_is_unused_and_said_first(assistant, question, plain):
    word = "ぐにゃぐにゃ" if "ぐにゃぐにゃ" in question else "ふわふわ"
    answer = assistant.ask(question)
    assert answer.status == "partial", answer.summary
    assert word in answer.unused, answer.unused
    assert answer.summary.startswith(f"「{word}」"), answer.summary
    if plain:
        assistant.reset()
        without = assistant.ask(plain)
        assert answer.count == without.count, (answer.summary, without.summary)


@pytest.mark.parametrize("question", [
    "R4でAの実践項目と、ふわふわな実践項目の両方に入るもの",  # set operations
    "R4でAか、ふわふわな実践項目",
    "ふわふわな実践項目は10件あると聞きましたが本当ですか",  # a count claimed
    "会議で聞かれたので、ふわふわな取組項目を教えて",  # the asker's circumstances set aside first
])
def test_paths_that_cut_the_question_keep_the_word(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "partial", answer.summary
    assert "ふわふわ" in answer.unused, answer.unused


@pytest.mark.parametrize("question", [
    "まだ終了していない実践項目",  # an adverb of time on a verb a rule read
    "もともとの取組項目は何件",  # a vague adverb that only says "originally"
    "評価がどう変わったか",
    "いろいろな取組項目",
    "参加者と満足度は？ざっくりでいい",  # how to answer, not a condition
])
def test_adverbs_of_degree_time_or_asking_are_not_flagged(question):
    canon = canonicalise(question)
    assert not any(w in unused_words(canon.text, "\0", canon, []) for w in ("まだ", "もともと", "どう", "いろいろ", "ざっくり"))


@pytest.mark.parametrize("question, word", [
    # a plain 形状詞 no rule reads of 取組項目 (順調 is a grade word of other documents, not of these)
    ("順調な取組項目", "順調"),
    ("順調な実践項目は？", "順調"),
])
def test_a_plain_adjective_nothing_reads_is_unused(assistant, question, word):
    answer = assistant.ask(question)
    assert answer.status == "partial", answer.summary
    assert word in answer.unused, answer.unused
    assert answer.summary.startswith(f"「{word}」"), answer.summary


@pytest.mark.parametrize("question", [
    "新規のN項目のうち総括の総合評価がAだったのは何件？",  # 新規 said with the N mark: the added items
    "新規に追加されたN番号の実践項目",
    "(総)行政監理室だけが単独で担当している実践項目を全部",  # だけ and 単独 both say it alone
    "柔軟で多様な働き方の推進は、R2の評価は何でしたか。",  # the title's 形状詞 said before its nouns
    # (ように only says how it is said)
    "岡山市・倉敷市の連携事業で、部会長が倉敷市の部会が担当するものを挙げてください。ただし納税部会のように年度で部会長が替わるものは除いてください。",
])
def test_adjectives_a_rule_reads_are_used(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
