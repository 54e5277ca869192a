"""topic_stop_nouns: 「AとBの両方に触れている」 and 「どの取組について」 name no topic of the opinions (rgE)."""
from assistant.query.topic_stop_nouns import topical_stop_nouns

STOP = frozenset({"両方", "取組", "審議会"})


def test_both_is_no_topic():
    assert topical_stop_nouns("RPAとAIの両方に触れている委員の意見", None, STOP) == frozenset()


def test_word_asked_which_is_no_topic():
    q = "委員意見で「費用対効果」という論点が挙がっているのはどの取組についてでしょう。"
    assert topical_stop_nouns(q, None, STOP) == frozenset()


def test_body_said_as_topic_still_kept():
    assert topical_stop_nouns("審議会に関する意見", None, STOP) == frozenset({"審議会"})
