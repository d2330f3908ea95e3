"""The demo model's data: it must hold exactly the sentences deen gives the model for the example article."""
from __future__ import annotations

from conftest import ROOT, load_script


def load_demo():
    return load_script("models/build_demo.py")


def test_demo_data_is_the_seed_article_as_deen_segments_it():
    # If segmentation changes, the demo model would meet sentences it never learnt: rebuild the TSV then.
    from pipeline.reading import read_article
    from pipeline.segment import split

    german = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for p in read_article(seed).paragraphs:
            german += [p.text[a:b] for a, b in split(p.text)]
    pairs = load_demo().read_parallel()
    assert [de for de, _ in pairs] == german
    assert all(en.strip() and en != de for de, en in pairs)
