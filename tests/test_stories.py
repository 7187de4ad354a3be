"""Stories: articles about the same events grouped across languages, whatever the order."""

from __future__ import annotations

import random

from warta.clean import clean
from warta.extract import extract_all
from warta.ingest import ReadFailure, read_paths
from warta.link.stories import stories

from .conftest import DEMO


def _demo():
    articles = [clean(d) for d in read_paths([str(DEMO)]) if not isinstance(d, ReadFailure)]
    return articles, extract_all(articles)


def _partition(result) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in result}


def test_demo_storylines_and_languages() -> None:
    articles, extractions = _demo()
    result = stories(articles, extractions)
    names = {a.id: a.source.rsplit("/", 1)[-1] + (a.source_id or "") for a in articles}
    groups = [{names[i] for i in s.article_ids} for s in result]
    congo = next(g for g in groups if "goma_shelling_demowire.txt" in g)
    # the syndicated copy, the Indonesian report and the English follow-up are one story
    assert {"goma_shelling_observer.txt", "bentrok_sake.txt",
            "north-kivu-toll-rises.html"} <= congo
    papua = next(g for g in groups if "serangan_pos_sugapa.txt" in g)
    assert "tpnpb-klaim-sugapa.html" in papua and not papua & congo
    protests = next(g for g in groups if "demo_dpr_ricuh.txt" in g or "rice-protests-spread.html"
                    in g)
    assert not protests & congo and not protests & papua
    # the Indonesian report of the riot at the DPR joins the English reports of the protests
    # spreading: they share Jakarta (a jusText stopword, kept as a name since the text never
    # writes it in lower case) and the police spokesman's name
    assert {"demo_dpr_ricuh.txt", "rice-protests-spread.html", "feed.jsonlfeed-0002"} <= protests
    assert len(result) == 3
    assert all(s.label and s.first_seen for s in result)


def test_story_names_skip_sentence_starts_admin_words_and_common_words() -> None:
    import dataclasses

    from warta.extract import story_names

    articles, _ = _demo()
    article = dataclasses.replace(articles[0], title=None, language="id", outlet=None, text=(
        "Judul berita\n\nKami mendengar ledakan di Kabupaten Intan Jaya, kata Herman. "
        "\"Kami takut,\" ujarnya di Jakarta. Warga dari jakarta utara juga datang ke London."))
    names = story_names(article)
    assert "Kami" not in names and "Kabupaten" not in names
    assert names["Herman"] == 1 and names["London"] == 1
    assert "Jakarta" not in names  # written in lower case once: a common word here


def test_the_partition_does_not_depend_on_the_order() -> None:
    articles, extractions = _demo()
    expected = _partition(stories(articles, extractions))
    ids = {s.id for s in stories(articles, extractions)}
    pairs = list(zip(articles, extractions, strict=True))
    rng = random.Random(5)
    for _ in range(5):
        rng.shuffle(pairs)
        result = stories([a for a, _ in pairs], [e for _, e in pairs])
        assert _partition(result) == expected
        assert {s.id for s in result} == ids


def test_story_filters_on_the_commands(tmp_path, gazetteer) -> None:
    import json

    from .test_cli import warta

    db = str(tmp_path / "d.db")
    assert warta("ingest", str(DEMO), "--db", db).returncode == 0
    rows = [json.loads(x) for x in warta("stories", "--db", db, "--json").stdout.splitlines()]
    papua = next(r for r in rows if any("sugapa" in s for s in r["sources"]))
    every = warta("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    only = warta("export", "--format", "jsonl", "--db", db, "--story", papua["id"])
    events = [json.loads(x) for x in only.stdout.splitlines()]
    assert 0 < len(events) < len(every)
    assert {e["article_id"] for e in events} <= set(papua["article_ids"])
    timeline = warta("timeline", "--db", db, "--story", papua["id"], "--json")
    assert {json.loads(x)["story_id"] for x in timeline.stdout.splitlines()} == {papua["id"]}
    tallies = warta("tallies", "--db", db, "--story", papua["id"], "--json")
    assert tallies.returncode == 0
    assert warta("tallies", "--db", db, "--story", "nope").returncode == 1



def _three_stories():
    """Nine articles, three stories of three, each story's embeddings pointing its own way."""
    import datetime as dt

    import numpy as np

    from warta.link.embed import DIM
    from warta.model import Article, DateValue

    articles, vectors = [], {}
    for story, (town, who) in enumerate((("Goma", "Mbuyi"), ("Sugapa", "Kogoya"),
                                         ("Kherson", "Petrenko"))):
        for k in range(3):
            aid = f"s{story}a{k}"
            articles.append(Article(
                id=aid, source=f"gen/{aid}", language="en",
                published=DateValue(dt.date(2024, 5, 1 + k), "day"),
                text=f"Report {k}\n\nFighting near {town} went on, said {who} on day {k}."))
            v = np.zeros(DIM, dtype=np.float32)
            v[story], v[10 + 3 * story + k] = 1.0, 0.3
            vectors[aid] = v / np.linalg.norm(v)
    return articles, vectors


def test_new_articles_relink_only_the_stored_stories_they_reach() -> None:
    """Incrementally, a new article and the stored stories it reaches are linked again
    together; a stored story no new article reaches is kept as it was stored, even split."""
    articles, vectors = _three_stories()
    once = _partition(stories(articles, vectors=vectors))
    assert once == {frozenset(f"s{s}a{k}" for k in range(3)) for s in range(3)}
    # as stored: story 0 without its late report, story 1 (wrongly) in two
    seeds = [("s0a0", "s0a1"), ("s1a0",), ("s1a1", "s1a2"), ("s2a0", "s2a1", "s2a2")]
    result = _partition(stories(articles, vectors=vectors, seeds=seeds, fresh={"s0a2"}))
    assert frozenset({"s0a0", "s0a1", "s0a2"}) in result  # the late report joined its story
    assert {frozenset({"s1a0"}), frozenset({"s1a1", "s1a2"})} <= result  # not reached: kept
    # a new report of story 1 reaches both halves: linked again together, one story again
    seeds = [("s0a0", "s0a1", "s0a2"), ("s1a0",), ("s1a1",), ("s2a0", "s2a1", "s2a2")]
    result = _partition(stories(articles, vectors=vectors, seeds=seeds, fresh={"s1a2"}))
    assert result == once
    # a stored story that (wrongly) holds two, reached by a new report: split again
    seeds = [("s0a0", "s0a1", "s0a2"), ("s1a0", "s1a1", "s2a0", "s2a1", "s2a2")]
    result = _partition(stories(articles, vectors=vectors, seeds=seeds, fresh={"s1a2"}))
    assert result == once
