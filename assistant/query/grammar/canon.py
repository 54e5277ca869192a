"""The canonical question: Sudachi morphemes with lemma and negation, and one written form per meaning.

Inflection and kana spelling stop mattering here: 終わった, 終えた, 終了した, おわってない,
終了していない, 終わってない all become 終了した / 終了していない, so rules match one form each.
A predicate is a verb or adjective (or a サ変 noun with する) with the auxiliaries after it; it is
negated when that chain holds ない, ず, ぬ or ん.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

# Predicates rules know, by Sudachi normalized form → concept. Concepts are rewritten to one form,
# positive or negated, that the rules match.
CONCEPTS: dict[str, str] = {
    "終わる": "end", "終える": "end", "終了": "end", "完了": "end", "廃止": "end", "終結": "end",
    "止める": "end", "辞める": "end", "やめる": "end", "中止": "end", "打ち切る": "end",  # 「R3で取組をやめた」
    "クローズ": "end",  # 「クローズしたのは何年何月」
    "含む": "include", "含める": "include", "入る": "include", "含有": "include", "該当": "include",
    "当て嵌まる": "include",  # (Sudachi reads 当てはまる as 当てる + はまる: see _SURFACE_CONCEPTS)
    "上がる": "rise", "上昇": "rise", "向上": "rise", "改善": "rise", "アップ": "rise", "上げる": "rise",
    "下がる": "fall", "低下": "fall", "下降": "fall", "悪化": "fall", "ダウン": "fall", "下げる": "fall",  # 「評価を下げた」
    "落とす": "fall",  # 「評価を落とした」
    "続く": "continue", "継続": "continue",
}
# Predicates whose lemma says too little (当てる of 当てはまらない): known by how they are written.
_SURFACE_CONCEPTS = (("当てはま", "include"), ("あてはま", "include"), ("当て嵌ま", "include"))
CANONICAL: dict[tuple[str, bool], str] = {
    ("end", False): "終了した", ("end", True): "終了していない",
    ("include", False): "含む", ("include", True): "含まれない",
    ("rise", False): "上がった", ("rise", True): "上がらなかった",
    ("fall", False): "下がった", ("fall", True): "下がらなかった",
    ("continue", False): "継続している", ("continue", True): "継続していない",
}
_NEGATORS = {"ない", "ぬ", "ず", "ん"}
# Helpers that continue a predicate's chain (終わって|い|ない, 終了し|て|しまっ|た).
_CHAIN_VERBS = {"居る", "いる", "おる", "仕舞う", "しまう", "行く", "来る", "てる", "為る", "する", "成る"}


@dataclass
class Morph:
    """One morpheme of the canonical question, with its offsets there."""
    surface: str
    lemma: str  # Sudachi normalized form (終わる for おわっ)
    pos: tuple[str, ...]
    start: int  # offsets in the canonical text
    end: int
    negated: bool = False  # the head of a negated predicate
    concept: str = ""
    predicate: bool = False  # a verb or adjective with its auxiliaries (or a サ変 noun with する)


@dataclass
class Canon:
    """The canonical question: its text, its morphemes and the negated predicates in it."""
    text: str
    morphemes: list[Morph] = field(default_factory=list)
    # Negated predicates: (start, end in the canonical text, as written in the question). One that no
    # rule consumes is a negation the parser could not attach, and is reported as unused.
    negations: list[tuple[int, int, str]] = field(default_factory=list)
    rewrites: list[tuple[int, int, str]] = field(default_factory=list)  # canonical span, as written

    def original(self, start: int, end: int) -> str:
        """The words of the question behind a span of the canonical text."""
        out = self.text[start:end]
        for s, e, written in self.rewrites:
            if s < end and start < e:
                out = out.replace(self.text[s:e], written)
        return out


def _chain_end(morphs: list, i: int) -> tuple[int, bool]:
    """Index after the predicate starting at morphs[i], and whether it is negated."""
    j = i + 1
    negated = False
    while j < len(morphs):
        m = morphs[j]
        pos = m.part_of_speech()
        lemma = m.normalized_form()
        prev = morphs[j - 1].part_of_speech()
        # 受け|付ける, 見|つめ|直す: Sudachi cuts compound verbs; a verb after a verb's 連用形 continues it.
        compound = pos[0] == "動詞" and prev[0] == "動詞" and prev[5].startswith("連用形")
        if pos[0] == "助動詞" or (pos[0] == "助詞" and m.surface() in ("て", "で")) or compound or \
                (pos[0] in ("動詞", "形容詞") and pos[1] == "非自立可能" and (lemma in _CHAIN_VERBS or lemma == "無い")):
            if lemma in _NEGATORS or m.dictionary_form() in _NEGATORS or lemma == "無い":
                negated = True
            j += 1
            continue
        break
    return j, negated


# (the same question is read here by asks_related and by the parse: only the last few are kept; a Canon
# is never changed once made)
@lru_cache(maxsize=16)
def canonicalise(text: str) -> Canon:
    """Rewrite known predicates to their canonical form; note every negated predicate."""
    from assistant.text.tokenize import morphemes  # the one shared Sudachi instance

    morphs = list(morphemes(text)) if text else []
    out: list[str] = []
    canon = Canon("")
    pos_in_out = 0
    i = 0
    cursor = 0  # offset in `text` copied so far
    while i < len(morphs):
        m = morphs[i]
        pos = m.part_of_speech()
        lemma = m.normalized_form()
        head = i
        is_pred = pos[0] in ("動詞", "形容詞")
        if not is_pred and pos[0] == "名詞" and i + 1 < len(morphs) and morphs[i + 1].normalized_form() == "為る":
            is_pred = True  # 終了|し|た: a サ変 noun with する
        if not is_pred:
            canon.morphemes.append(Morph(m.surface(), lemma, tuple(pos), pos_in_out + m.begin() - cursor,
                                         pos_in_out + m.end() - cursor))
            i += 1
            continue
        j, negated = _chain_end(morphs, i + (1 if pos[0] == "名詞" else 0))
        negated = negated or lemma == "無い"  # Aでは|ない: the negator stands on its own
        if i and morphs[i - 1].surface() == "しか":  # 1つしかない: "only", not a negation
            negated = False
        start, end = morphs[head].begin(), morphs[j - 1].end()
        written = text[start:end]
        concept = CONCEPTS.get(lemma, "") or next((c for w, c in _SURFACE_CONCEPTS if written.startswith(w)), "")
        # Copy the text before the predicate, then the predicate (rewritten when its concept is known).
        out.append(text[cursor:start])
        pos_in_out += start - cursor
        form = CANONICAL[concept, negated] if concept else written
        out.append(form)
        span = (pos_in_out, pos_in_out + len(form))
        if concept and form != written:
            canon.rewrites.append((*span, written))
        if negated:
            canon.negations.append((*span, written))
        canon.morphemes.append(Morph(written, lemma, tuple(pos), *span, negated=negated, concept=concept,
                                     predicate=True))
        pos_in_out += len(form)
        cursor = end
        i = j
    out.append(text[cursor:])
    canon.text = "".join(out)
    return canon
