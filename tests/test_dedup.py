"""Near-duplicate and syndicated articles collapse to one canonical article."""

from __future__ import annotations

import random

from warta.clean import clean
from warta.link.dedup import duplicate_groups
from warta.model import RawDoc

from .conftest import DEMO

WIRE = ("GOMA (Demo Wire) - Fighting between Congolese troops and rebels spread on Monday to the "
        "hills around Sake, a town 25 km west of Goma, residents said. The provincial health "
        "ministry said 14 people had been killed and 52 wounded since the clashes began on "
        "Sunday morning, most of them civilians hit by mortar fire in their homes. Army "
        "spokesman Albert Mukendi said government forces had pushed the rebels back from the "
        "main road. Aid agencies said thousands of families had fled towards Goma.")


def article(text: str, source: str, published: str | None = None):
    return clean(RawDoc(source=source, text=text, format="jsonl", language="en",
                        published=published))


def test_copies_join_the_earliest_and_order_does_not_matter() -> None:
    original = article(WIRE, "a", "2024-03-11")
    copy = article(WIRE.replace(" Aid agencies said thousands of families had fled towards "
                                "Goma.", ""), "b", "2024-03-12")
    other = article("Police in Jakarta detained 86 protesters after a rally against rice prices "
                    "turned violent outside parliament on Wednesday, a spokesman said.", "c")
    for _ in range(3):
        items = [original, copy, other]
        random.shuffle(items)
        (group,) = duplicate_groups(items)
        assert group.canonical == original.id and group.copies == (copy.id,)


def test_the_demo_syndicated_copy_is_found() -> None:
    from warta.ingest import read_paths

    arts = [clean(d) for d in read_paths([str(DEMO)]) if hasattr(d, "text")]
    groups = duplicate_groups(arts)
    sources = [{a.source.rsplit("/", 1)[-1] for a in arts if a.id in (g.canonical, *g.copies)}
               for g in groups]
    assert {"goma_shelling_demowire.txt", "goma_shelling_observer.txt"} in sources


def test_a_translated_copy_is_a_copy() -> None:
    from warta.extract import extract

    english = clean(RawDoc(source="en", format="jsonl", language="en", published="2024-03-11",
                           text="Shelling killed 14 people and wounded 52 near Sake on Sunday, "
                                "the health ministry said. Another 9 people are missing. The "
                                "army said it had lost 2 soldiers in the fighting."))
    indonesian = clean(RawDoc(source="id", format="jsonl", language="id",
                              published="2024-03-11",
                              text="Penembakan menewaskan 14 orang dan melukai 52 lainnya di "
                                   "dekat Sake pada hari Minggu, kata kementerian kesehatan. "
                                   "Sebanyak 9 orang lainnya hilang. Tentara mengatakan 2 "
                                   "prajuritnya tewas dalam pertempuran itu."))
    unrelated = clean(RawDoc(source="x", format="jsonl", language="en", published="2024-03-11",
                             text="Police said 3 protesters were wounded in Jakarta on Sunday."))
    items = [english, indonesian, unrelated]
    (group,) = duplicate_groups(items, extractions=[extract(a) for a in items])
    assert {group.canonical, *group.copies} == {english.id, indonesian.id}
