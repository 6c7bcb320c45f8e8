# program: word statistics over a generated text
from collections import Counter, defaultdict
import string

SCALE = 700  # number of sentences

VOCAB = """
river mountain quiet lantern harbor copper whisper garden meadow signal
anchor thunder velvet crimson orchard falcon pebble shadow marble candle
ember glacier hollow ivory jasmine kettle lagoon mirror nectar oyster
prairie quartz ribbon saffron timber umbrella valley willow yonder zephyr
the a of and to in is was on with for as by at from that this it his her
bright ancient silent broken golden hidden distant gentle restless weary
walked carried noticed followed painted gathered whispered wandered built
slowly softly nearly always never often again together beyond beneath
""".split()

FUNCTION_WORDS = set("the a of and to in is was on with for as by at from that this it his her".split())


class Lcg:
    """Tiny linear congruential generator so the text is identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def pick(self, seq):
        return seq[self.next() % len(seq)]


def generate_text(n_sentences, seed=2024):
    rng = Lcg(seed)
    sentences = []
    for _ in range(n_sentences):
        length = 4 + rng.next() % 9
        words = [rng.pick(VOCAB) for _ in range(length)]
        words[0] = words[0].capitalize()
        end = rng.pick(".!?..")
        if length > 8 and rng.next() % 3 == 0:
            words[length // 2] += ","
        sentences.append(" ".join(words) + end)
    paragraphs = []
    for i in range(0, len(sentences), 7):
        paragraphs.append(" ".join(sentences[i:i + 7]))
    return "\n\n".join(paragraphs)


def tokenize(text):
    table = str.maketrans("", "", string.punctuation)
    return [w.translate(table).lower() for w in text.split() if w.strip(string.punctuation)]


def bigrams(words):
    return zip(words, words[1:])


def sentence_lengths(text):
    normalized = text.replace("!", ".").replace("?", ".")
    return [len(s.split()) for s in normalized.split(".") if s.strip()]


def letter_histogram(words):
    hist = Counter()
    for w in words:
        hist.update(w)
    return hist


def report(text):
    words = tokenize(text)
    freq = Counter(words)
    content = Counter({w: c for w, c in freq.items() if w not in FUNCTION_WORDS})
    pairs = Counter(bigrams(words))
    content_pairs = Counter(
        (a, b) for (a, b) in bigrams(words)
        if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS
    )
    lengths = sentence_lengths(text)
    by_initial = defaultdict(list)
    for w in sorted(freq):
        by_initial[w[0]].append(w)
    longest = sorted(freq, key=lambda w: (-len(w), w))[:5]
    letters = letter_histogram(words)

    lines = []
    lines.append(f"characters: {len(text)}, words: {len(words)}, distinct: {len(freq)}")
    lines.append(f"paragraphs: {text.count(chr(10) * 2) + 1}, sentences: {len(lengths)}")
    avg = sum(lengths) / len(lengths)
    lines.append(f"sentence length: min {min(lengths)} max {max(lengths)} avg {avg:.3f}")
    lines.append("top words: " + ", ".join(f"{w}={c}" for w, c in
                                           sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))
    top_content = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    lines.append("top content words: " + ", ".join(f"{w}={c}" for w, c in top_content))
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    lines.append("top bigrams: " + "; ".join(f"{a} {b} ({c})" for (a, b), c in top_pairs))
    top_cp = sorted(content_pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    lines.append("top content bigrams: " + "; ".join(f"{a}-{b} ({c})" for (a, b), c in top_cp))
    lines.append("longest words: " + " ".join(longest))
    busiest = max(by_initial.items(), key=lambda kv: (len(kv[1]), kv[0]))
    lines.append(f"busiest initial: {busiest[0]!r} with {len(busiest[1])} words: {'/'.join(busiest[1][:4])}")
    common_letters = "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
    lines.append(f"common letters: {common_letters}")
    vowels = sum(letters[v] for v in "aeiou")
    lines.append(f"vowel ratio: {vowels / sum(letters.values()):.4f}")
    caps = sum(1 for w in text.split() if w[:1].isupper())
    commas = text.count(",")
    lines.append(f"capitalized tokens: {caps}, commas: {commas}")
    hapax = sorted(w for w, c in freq.items() if c == min(freq.values()))
    lines.append(f"rarest ({min(freq.values())}x): {', '.join(hapax[:3])}")
    width = max(len(w) for w in longest)
    for w in longest[:3]:
        lines.append(f"  {w.ljust(width)} | {w[::-1].rjust(width)} | {w.upper().center(width + 2, '*')}")
    return "\n".join(lines)


if __name__ == "__main__":
    text = generate_text(SCALE)
    print(report(text))
