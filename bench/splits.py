"""The fixed rule that splits every set the checks are tuned on into a tune half and a validate half.

Tune on ``tune``; report ``validate`` once. The rule depends only on a record's
identity, never on its content, so a record cannot change halves:

- real MT output (``realmt_dev.jsonl``, ``realmt_pool.jsonl``, ``bench/labels/``):
  by the test-set line, odd = tune, even = validate. Every system output and
  reference of one German segment stays in the same half.
- injected-error paragraphs (``dev.jsonl``): by document, crc32(doc_id) even =
  tune, odd = validate. A document's years and names stay in one half.

After the validate half had been reported (three rounds), it was split once more by the same kind
of rule, into ``validate-a`` (line % 4 == 0; crc32 % 4 == 1) and ``validate-b`` (line % 4 == 2;
crc32 % 4 == 3): the fourth round reads the false alarms of ``validate-a`` and reports ``validate-b``,
whose examples nobody has read.

The fifth round added a random sample of the outputs no label file held, per half (tune, validate-b):
with it ``bench/population.py`` estimates what the checks do to every output of the half.
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Iterable, Iterator

def _shared() -> Path:
    # ../shared beside the project (CI, a checkout); DEEN_SHARED overrides, for worktrees kept elsewhere.
    import os

    if os.environ.get("DEEN_SHARED"):
        return Path(os.environ["DEEN_SHARED"]) / "bench"
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "bench" / "realmt_dev.jsonl").is_file():
            return parent / "shared" / "bench"
    return Path(__file__).resolve().parents[1].parent / "shared" / "bench"


SHARED = _shared()
HALVES = ("tune", "validate", "validate-a", "validate-b")


def half_of_line(line: int) -> str:
    return "tune" if int(line) % 2 == 1 else "validate"


def half_of_doc(doc_id: str) -> str:
    return "tune" if zlib.crc32(doc_id.encode("utf-8")) % 2 == 0 else "validate"


def _quarter(half: str, value: int, a: int, b: int) -> bool:
    return {"validate-a": value % 4 == a, "validate-b": value % 4 == b}.get(half, True)


def in_half(line: int, half: str) -> bool:
    """Whether a test-set line belongs to ``half`` (a validate quarter belongs to validate too)."""
    return half_of_line(line) == half.split("-")[0] and _quarter(half, int(line), 0, 2)


def doc_in_half(doc_id: str, half: str) -> bool:
    return half_of_doc(doc_id) == half.split("-")[0] \
        and _quarter(half, zlib.crc32(doc_id.encode("utf-8")), 1, 3)


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


LABELS = Path(__file__).resolve().parent / "labels"
# The label files of each labelled set, in the order an output labelled twice keeps its first label.
RANDOM_LABELS = ("realmt_more.jsonl", "realmt_random_rrnd-t.jsonl", "realmt_random_rrnd-v.jsonl")
ENRICHED_LABELS = ("realmt_enriched_{half}.jsonl", "realmt_enriched2_{half}.jsonl",
                   # The twenty-ninth round: rounds 5-8 of the selector on the tune half (no validate file). Not in
                   # POPULATION_LABELLED: those outputs were in the unlabelled stratum when its sample was drawn.
                   "realmt_enriched3_{half}.jsonl")
FLAGGED_LABELS = ("realmt_flagged_rflg-t.jsonl", "realmt_flagged_rflg-v.jsonl", "realmt_flagged_rflg2-v.jsonl",
                  # The ninth round: the one validate-b output its checks (20eb667) flag that no file held.
                  # Not in POPULATION_LABELLED: it was in the unlabelled stratum when the sample was drawn.
                  "realmt_flagged_rflg3-vb.jsonl",
                  # The tenth round: the outputs its checks (28904ea) flag that no file held, with as many decoys.
                  # Not in POPULATION_LABELLED either.
                  "realmt_flagged_rflg4-t.jsonl", "realmt_flagged_rflg4-vb.jsonl")
# A second random sample of the validate half, drawn and labelled after the first validate report
# (select_realmt_random.py --exclude-all): its own set, so that the first report's figures stay as
# they were and this one is read once, after the rules of the third round are frozen.
FRESH_LABELS = ("realmt_random_rrnd2-v.part1.jsonl", "realmt_random_rrnd2-v.part2.jsonl")

# The population estimate (bench/population.py): the files labelled when the random samples of the
# unlabelled rest were drawn (select_realmt_random.py --exclude-all lists them), and those samples.
POPULATION_LABELLED = ("realmt_enriched2_{half}.jsonl", "realmt_enriched_{half}.jsonl",
                       "realmt_flagged_rflg-t.jsonl", "realmt_flagged_rflg-v.jsonl", "realmt_flagged_rflg2-v.jsonl",
                       "realmt_more.jsonl", "realmt_random_rrnd-t.jsonl", "realmt_random_rrnd-v.jsonl",
                       "realmt_random_rrnd2-v.part1.jsonl", "realmt_random_rrnd2-v.part2.jsonl")
POPULATION_SAMPLES = {"tune": ("realmt_random_rrnd3-t.part1.jsonl", "realmt_random_rrnd3-t.part2.jsonl"),
                      "validate-b": ("realmt_random_rrnd3-vb.part1.jsonl", "realmt_random_rrnd3-vb.part2.jsonl")}


def _labels_loader():
    import importlib.util

    spec = importlib.util.spec_from_file_location("labels_load", LABELS / "load.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.load_realmt_more


def _labelled(names, half: str, shared: Path, seen: set) -> list[dict]:
    load, rows = _labels_loader(), []
    for name in names:
        path = LABELS / name.format(half=half.split("-")[0])
        if not path.is_file():
            continue
        for r in load(shared / "realmt_pool.jsonl", path):
            if in_half(r["line"], half) and (r["line"], r["system"]) not in seen:
                seen.add((r["line"], r["system"]))
                rows.append(r)
    return rows


def realmt_labelled(half: str, shared: Path = SHARED) -> list[dict]:
    """Randomly drawn labelled real MT segments of one half: realmt_dev plus bench/labels' random samples."""
    rows = [r for r in read_jsonl(shared / "realmt_dev.jsonl") if in_half(r["line"], half)]
    return rows + _labelled(RANDOM_LABELS, half, shared, {(r["line"], r["system"]) for r in rows})


def realmt_enriched(half: str, shared: Path = SHARED) -> list[dict]:
    """Labelled real MT segments picked by disagreement with the references (select_realmt_enriched.py):
    for recall only, since the selection favours errors. Outputs of the random samples are left out."""
    seen = {(r["line"], r["system"]) for r in realmt_labelled(half, shared)}
    return _labelled(ENRICHED_LABELS, half, shared, seen)


def realmt_flagged(half: str, shared: Path = SHARED) -> list[dict]:
    """Labelled real MT outputs the checks flagged at a given commit, with decoys (select_realmt_flagged.py):
    for each check's precision on real output only."""
    seen = {(r["line"], r["system"]) for r in realmt_labelled(half, shared)}
    return _labelled(FLAGGED_LABELS, half, shared, seen)


def realmt_fresh(half: str, shared: Path = SHARED) -> list[dict]:
    """The second random sample (validate half only; empty for tune): for a later, separate report."""
    seen = {(r["line"], r["system"]) for r in realmt_labelled(half, shared)}
    return _labelled(FRESH_LABELS, half, shared, seen)


def all_labelled(half: str, shared: Path = SHARED) -> dict:
    """Every labelled output of one half, from every set, keyed by (line, system); the first label
    of an output labelled twice is kept, in the order realmt, enriched, flagged, fresh."""
    rows = realmt_labelled(half, shared)
    seen = {(r["line"], r["system"]) for r in rows}
    rows += _labelled(ENRICHED_LABELS + FLAGGED_LABELS + FRESH_LABELS, half, shared, seen)
    return {(r["line"], r["system"]): r for r in rows}


def population_labelled(half: str, shared: Path = SHARED) -> dict:
    """Every output labelled before the population samples were drawn, keyed by (line, system)."""
    return {(r["line"], r["system"]): r for r in _labelled(POPULATION_LABELLED, half, shared, set())}


def population_sample(half: str, shared: Path = SHARED) -> list[dict]:
    """The random sample of the outputs no label file held when it was drawn."""
    if half not in POPULATION_SAMPLES:
        raise ValueError(f"no population sample for the {half} half (there are: {', '.join(POPULATION_SAMPLES)})")
    return _labelled(POPULATION_SAMPLES[half], half, shared, set())


def human_references(half: str, shared: Path = SHARED) -> list[dict]:
    """Both human references of every pool segment of one half, as clean pairs."""
    out = []
    for r in read_jsonl(shared / "realmt_pool.jsonl"):
        if not in_half(r["line"], half):
            continue
        for name, text in sorted(r["references"].items()):
            if text and text.strip():
                out.append({"id": f"ref{name}-{r['line']}", "source": r["source"], "translation": text})
    return out


def pool_outputs(half: str, shared: Path = SHARED) -> list[dict]:
    """Every unlabelled system output of one half (to see what the checks flag on real MT)."""
    out = []
    for r in read_jsonl(shared / "realmt_pool.jsonl"):
        if not in_half(r["line"], half):
            continue
        for system, text in sorted(r["systems"].items()):
            out.append({"id": f"{system}-{r['line']}", "system": system, "line": r["line"], "source": r["source"],
                        "translation": text})
    return out


NATURAL = Path(__file__).resolve().parent / "natural"
# Clean articles written for the bench (natural/README.md): one pair of files per half, by file.
# b, d, g, h and l were validate files until their one report (fifth round), then read: tune since.
# r, s, w, x, y (tune) and t, u, v, z (validate) were written in the sixth round; za, zb, zc (validate) in
# the seventh, reported once at its end.
# zd, ze and zf+zg were written in the twelfth round (zf and zg: one file of 30 encyclopaedia articles split
# by document, 1–15 and 16–30); zf was read (tune), zd, ze and zg are "fresh", counted only. zh and zj,
# zi and zk, written later in the round, are tune. zl (news) and zm (FLORES-like, English written first) were
# written in the thirteenth round and read (tune); zn (news) and zo (FLORES-like) then are "fresh"; zp (news)
# and zq (FLORES-like), written later in the round, were counted first and then read (tune), and so were zr
# (news), zs (FLORES-like) and zt (encyclopaedia).
NATURAL_FILES = {"tune": tuple(f"natural_{x}.jsonl" for x in (*"abcdefghlmnprswxy", "zf", "zh", "zi", "zj", "zk",
                                                               "zl", "zm", "zp", "zq", "zr", "zs", "zt",
                                                               # validate until the fourteenth round, then read
                                                               *"ijkoqtuvz", "za", "zb", "zc",
                                                               # written in the fifteenth round, counted, then read
                                                               "zy", "zz", "zza", "zzb",
                                                               # written in the sixteenth round, counted, then read
                                                               "zzc", "zzd", "zze", "zzf", "zzi", "zzj", "zzk", "zzl",
                                                               "zzm", "zzn", "zzo", "zzp",
                                                               # written in the seventeenth round, counted, then read
                                                               "zzq", "zzr", "zzs", "zzt", "zzu", "zzv", "zzw", "zzx",
                                                               "zzy", "zzz", "zzza", "zzzb",
                                                               # written in the eighteenth round, counted, then read
                                                               "zzzc", "zzzd", "zzze", "zzzf", "zzzg", "zzzh", "zzzi", "zzzj",
                                                               "zzzk", "zzzl", "zzzm", "zzzn",
                                                               # written in the nineteenth round, counted, then read
                                                               "zzzs", "zzzt", "zzzu", "zzzv", "zzzw", "zzzx", "zzzy", "zzzz",
                                                               "zzzza", "zzzzb", "zzzzc", "zzzzd", "zzzzi", "zzzzj", "zzzzk", "zzzzl",
                                                               "zzzzm", "zzzzn", "zzzzo", "zzzzp",
                                                               # written in the twenty-first round, counted, then read
                                                               "zzzzq", "zzzzr", "zzzzs", "zzzzt",
                                                               "zzzzy", "zzzzz", "zzzzza", "zzzzzb",
                                                               "zzzzzc", "zzzzzd", "zzzzze", "zzzzzf",
                                                               # written in the twenty-second round, counted, then read
                                                               "zzzzzg", "zzzzzh", "zzzzzi", "zzzzzj",
                                                               "zzzzzo", "zzzzzp", "zzzzzq", "zzzzzr",
                                                               "zzzzzs", "zzzzzt", "zzzzzu", "zzzzzv",
                                                               # written in the twenty-third round, counted, then read
                                                               "zzzzzw", "zzzzzx", "zzzzzy", "zzzzzz",
                                                               "zzzzzza", "zzzzzzb", "zzzzzzg", "zzzzzzh",
                                                               "zzzzzzi", "zzzzzzj", "zzzzzzk", "zzzzzzl",
                                                               "zzzzzzm", "zzzzzzn", "zzzzzzo", "zzzzzzp",
                                                               "zzzzzzq", "zzzzzzr", "zzzzzzs", "zzzzzzt",
                                                               "zzzzzzu", "zzzzzzv", "zzzzzzw", "zzzzzzx",
                                                               # written in the twenty-fourth round, counted, then read
                                                               "zzzzzzy", "zzzzzzz", "zzzzzzza", "zzzzzzzb",
                                                               "zzzzzzzg", "zzzzzzzh", "zzzzzzzi", "zzzzzzzj",
                                                               "zzzzzzzk", "zzzzzzzl", "zzzzzzzm", "zzzzzzzn",
                                                               "zzzzzzzo", "zzzzzzzp", "zzzzzzzq", "zzzzzzzr",
                                                               "zzzzzzzs", "zzzzzzzt", "zzzzzzzu", "zzzzzzzv",
                                                               "zzzzzzzw", "zzzzzzzx", "zzzzzzzy", "zzzzzzzz",
                                                               "zzzzzzzza", "zzzzzzzzb", "zzzzzzzzc", "zzzzzzzzd",
                                                               "zzzzzzzze", "zzzzzzzzf", "zzzzzzzzg", "zzzzzzzzh",
                                                               "zzzzzzzzi", "zzzzzzzzj", "zzzzzzzzk", "zzzzzzzzl",
                                                               # written in the twenty-fifth round, counted, then read
                                                               "zzzzzzzzq", "zzzzzzzzr", "zzzzzzzzs", "zzzzzzzzt",
                                                               "zzzzzzzzu", "zzzzzzzzv", "zzzzzzzzw", "zzzzzzzzx",
                                                               "zzzzzzzzy", "zzzzzzzzz", "zzzzzzzzza", "zzzzzzzzzb",
                                                               "zzzzzzzzzc", "zzzzzzzzzd", "zzzzzzzzze", "zzzzzzzzzf",
                                                               "zzzzzzzzzg", "zzzzzzzzzh", "zzzzzzzzzi", "zzzzzzzzzj",
                                                               "zzzzzzzzzk", "zzzzzzzzzl", "zzzzzzzzzm", "zzzzzzzzzn",
                                                               "zzzzzzzzzo", "zzzzzzzzzp", "zzzzzzzzzq", "zzzzzzzzzr",
                                                               # written in the twenty-sixth round, counted, then read
                                                               "zzzzzzzzzw", "zzzzzzzzzx", "zzzzzzzzzy", "zzzzzzzzzz",
                                                               "zzzzzzzzzza", "zzzzzzzzzzb", "zzzzzzzzzzc",
                                                               "zzzzzzzzzzd", "zzzzzzzzzze", "zzzzzzzzzzf",
                                                               "zzzzzzzzzzg", "zzzzzzzzzzh",
                                                               # written in the twenty-seventh round, counted, then read
                                                               "zzzzzzzzzzm", "zzzzzzzzzzn", "zzzzzzzzzzo",
                                                               "zzzzzzzzzzp", "zzzzzzzzzzq", "zzzzzzzzzzr",
                                                               "zzzzzzzzzzs", "zzzzzzzzzzt",
                                                               # written in the twenty-eighth round, counted, then read
                                                               "zzzzzzzzzzy", "zzzzzzzzzzz", "zzzzzzzzzzza",
                                                               "zzzzzzzzzzzb",
                                                               # written in the twenty-ninth round, counted, then read
                                                               "zzzzzzzzzzzg", "zzzzzzzzzzzh", "zzzzzzzzzzzi",
                                                               "zzzzzzzzzzzj",
                                                               # written in the thirtieth round, counted, then read
                                                               "zzzzzzzzzzzo", "zzzzzzzzzzzp", "zzzzzzzzzzzq",
                                                               "zzzzzzzzzzzr",
                                                               # written at the thirtieth round's end, after its rules
                                                               # froze: counted at 1bbf440 and 2c451dc, for the next
                                                               # round to read
                                                               "zzzzzzzzzzzs", "zzzzzzzzzzzt", "zzzzzzzzzzzu",
                                                               "zzzzzzzzzzzv",
                                                               # written in the thirty-first round, counted at
                                                               # 2337b2a and d4c073d, then read (its flags)
                                                               "zzzzzzzzzzzw", "zzzzzzzzzzzx", "zzzzzzzzzzzy",
                                                               "zzzzzzzzzzzz",
                                                               # written at the thirty-first round's end, after its
                                                               # rules froze: counted at 2337b2a and e329322, for the
                                                               # next round to read
                                                               "zzzzzzzzzzzze", "zzzzzzzzzzzzf", "zzzzzzzzzzzzg",
                                                               "zzzzzzzzzzzzh",
                                                               # written in the thirty-second round, after 1856dac:
                                                               # counted at 1856dac and at the round's end, for the
                                                               # next round to read
                                                               "zzzzzzzzzzzzm", "zzzzzzzzzzzzn", "zzzzzzzzzzzzo",
                                                               "zzzzzzzzzzzzp",
                                                               # written in the thirty-third round: counted at cf78129,
                                                               # 815054d and the round's end, for the next round to read
                                                               "zzzzzzzzzzzzu", "zzzzzzzzzzzzv", "zzzzzzzzzzzzw",
                                                               "zzzzzzzzzzzzx",
                                                               # written in the thirty-fourth round, counted at a9fe496,
                                                               # then read (its flags)
                                                               "zzzzzzzzzzzzzc", "zzzzzzzzzzzzzd", "zzzzzzzzzzzzze",
                                                               "zzzzzzzzzzzzzf",
                                                               # written at the thirty-fourth round's end, after its
                                                               # rules froze: counted at 1bf2cd6, for the next round to
                                                               # read
                                                               "zzzzzzzzzzzzzg", "zzzzzzzzzzzzzh", "zzzzzzzzzzzzzi",
                                                               "zzzzzzzzzzzzzj",
                                                               # written in the thirty-fifth round after fresh19,
                                                               # counted at 51ada99, then read (its flags)
                                                               "zzzzzzzzzzzzzo", "zzzzzzzzzzzzzp", "zzzzzzzzzzzzzq",
                                                               "zzzzzzzzzzzzzr",
                                                               # written in the thirty-fifth round after its rules
                                                               # froze: counted at its end, read in the thirty-sixth
                                                               "zzzzzzzzzzzzzs", "zzzzzzzzzzzzzt", "zzzzzzzzzzzzzu",
                                                               "zzzzzzzzzzzzzv",
                                                               # written in the thirty-sixth round, not read: counted
                                                               # at its end, read in the thirty-seventh
                                                               "zzzzzzzzzzzzzza", "zzzzzzzzzzzzzzb", "zzzzzzzzzzzzzzc",
                                                               "zzzzzzzzzzzzzzd",
                                                               # written in the thirty-seventh round, counted at
                                                               # edc85b6, then read
                                                               "zzzzzzzzzzzzzzi", "zzzzzzzzzzzzzzj", "zzzzzzzzzzzzzzk",
                                                               "zzzzzzzzzzzzzzl",
                                                               # written in the thirty-eighth round, counted at
                                                               # 5e3d064, then read
                                                               "zzzzzzzzzzzzzzq", "zzzzzzzzzzzzzzr", "zzzzzzzzzzzzzzs",
                                                               "zzzzzzzzzzzzzzt",
                                                               # written in the thirty-ninth round, counted at
                                                               # db8f8e4, then read
                                                               "zzzzzzzzzzzzzzy", "zzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzza",
                                                               "zzzzzzzzzzzzzzzb",
                                                               # written in the fortieth round, counted at
                                                               # ff7ad80, then read
                                                               "zzzzzzzzzzzzzzzg", "zzzzzzzzzzzzzzzh", "zzzzzzzzzzzzzzzi",
                                                               "zzzzzzzzzzzzzzzj",
                                                               # written in the forty-first round, counted at
                                                               # 750a4b4, then read
                                                               "zzzzzzzzzzzzzzzo", "zzzzzzzzzzzzzzzp", "zzzzzzzzzzzzzzzq",
                                                               "zzzzzzzzzzzzzzzr",
                                                               # written in the forty-second round, counted at
                                                               # 7f14c23, then read
                                                               "zzzzzzzzzzzzzzzw", "zzzzzzzzzzzzzzzx", "zzzzzzzzzzzzzzzy",
                                                               "zzzzzzzzzzzzzzzz",
                                                               # written in the forty-third round, counted at
                                                               # 578ed95, then read
                                                               "zzzzzzzzzzzzzzzze", "zzzzzzzzzzzzzzzzf",
                                                               "zzzzzzzzzzzzzzzzg", "zzzzzzzzzzzzzzzzh",
                                                               # written in the forty-fourth round, counted at
                                                               # c82342c, then read
                                                               "zzzzzzzzzzzzzzzzm", "zzzzzzzzzzzzzzzzn",
                                                               "zzzzzzzzzzzzzzzzo", "zzzzzzzzzzzzzzzzp",
                                                               # written in the forty-fifth round, counted at
                                                               # 64ceee9, then read
                                                               "zzzzzzzzzzzzzzzzu", "zzzzzzzzzzzzzzzzv",
                                                               "zzzzzzzzzzzzzzzzw", "zzzzzzzzzzzzzzzzx",
                                                               # written in the forty-sixth round, counted at
                                                               # d694b2c, then read
                                                               "zzzzzzzzzzzzzzzzzc", "zzzzzzzzzzzzzzzzzd",
                                                               "zzzzzzzzzzzzzzzzze", "zzzzzzzzzzzzzzzzzf",
                                                               # written in the forty-seventh round, counted at
                                                               # 717f762, then read
                                                               "zzzzzzzzzzzzzzzzzk", "zzzzzzzzzzzzzzzzzl",
                                                               "zzzzzzzzzzzzzzzzzm", "zzzzzzzzzzzzzzzzzn")),
                 # fresh in the twelfth and thirteenth rounds, validate from the fourteenth: never read
                 "validate": tuple(f"natural_{x}.jsonl" for x in ("zd", "ze", "zg", "zn", "zo")),
                 "fresh": tuple(f"natural_{x}.jsonl" for x in ("zu", "zv", "zw", "zx")),
                 # written in the sixteenth round, counted at its start and end: never read
                 "fresh2": tuple(f"natural_{x}.jsonl" for x in ("zzg", "zzh")),
                 # written in the eighteenth round, counted at its start (143db1d) and end: never read
                 "fresh3": tuple(f"natural_{x}.jsonl" for x in ("zzzo", "zzzp", "zzzq", "zzzr")),
                 # written in the nineteenth round, counted at 5dc46a3, 5ff153f and the round's end: never read
                 "fresh4": tuple(f"natural_{x}.jsonl" for x in ("zzzze", "zzzzf", "zzzzg", "zzzzh")),
                 # written in the twenty-first round, counted at b314a32 and the round's end: never read
                 "fresh5": tuple(f"natural_{x}.jsonl" for x in ("zzzzu", "zzzzv", "zzzzw", "zzzzx")),
                 # written in the twenty-second round, counted at 2a9a345 and the round's end: never read
                 "fresh6": tuple(f"natural_{x}.jsonl" for x in ("zzzzzk", "zzzzzl", "zzzzzm", "zzzzzn")),
                 # written in the twenty-third round, counted at 6ec0859, 6f691fa, a6375b5 and the round's end: never read
                 "fresh7": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzc", "zzzzzzd", "zzzzzze", "zzzzzzf")),
                 # written in the twenty-fourth round, counted at e12cda7 and the round's end: never read
                 "fresh8": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzc", "zzzzzzzd", "zzzzzzze", "zzzzzzzf")),
                 # written in the twenty-fifth round, counted at ca83f16 and the round's end: never read
                 "fresh9": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzm", "zzzzzzzzn", "zzzzzzzzo", "zzzzzzzzp")),
                 # written in the twenty-sixth round, counted at 51071bd and the round's end: never read
                 "fresh10": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzs", "zzzzzzzzzt", "zzzzzzzzzu",
                                                                 "zzzzzzzzzv")),
                 # written in the twenty-seventh round, counted at 6e63994 and the round's end: never read
                 "fresh11": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzi", "zzzzzzzzzzj", "zzzzzzzzzzk",
                                                                 "zzzzzzzzzzl")),
                 # written in the twenty-eighth round, counted at f6c6656, c5c5a99 and the round's end: never read
                 "fresh12": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzu", "zzzzzzzzzzv", "zzzzzzzzzzw",
                                                                 "zzzzzzzzzzx")),
                 # written in the twenty-ninth round, counted at 0e23433 and the round's end: never read
                 "fresh13": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzc", "zzzzzzzzzzzd", "zzzzzzzzzzze",
                                                                 "zzzzzzzzzzzf")),
                 # written in the thirtieth round, counted at 1bbf440 and the round's end: never read
                 "fresh14": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzk", "zzzzzzzzzzzl", "zzzzzzzzzzzm",
                                                                 "zzzzzzzzzzzn")),
                 # written in the thirty-first round, counted at 2337b2a and the round's end: never read
                 "fresh15": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzza", "zzzzzzzzzzzzb", "zzzzzzzzzzzzc",
                                                                 "zzzzzzzzzzzzd")),
                 # written in the thirty-second round, counted at 1856dac and the round's end: never read
                 "fresh16": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzi", "zzzzzzzzzzzzj", "zzzzzzzzzzzzk",
                                                                 "zzzzzzzzzzzzl")),
                 # written in the thirty-third round, counted at cf78129, 815054d and the round's end: never read
                 "fresh17": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzq", "zzzzzzzzzzzzr", "zzzzzzzzzzzzs",
                                                                 "zzzzzzzzzzzzt")),
                 # written in the thirty-fourth round, counted at a9fe496 and the round's end: never read
                 "fresh18": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzy", "zzzzzzzzzzzzz", "zzzzzzzzzzzzza",
                                                                 "zzzzzzzzzzzzzb")),
                 # written in the thirty-fifth round, counted at 294118b and the round's end: never read
                 "fresh19": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzk", "zzzzzzzzzzzzzl", "zzzzzzzzzzzzzm",
                                                                 "zzzzzzzzzzzzzn")),
                 # written in the thirty-sixth round, counted at c36d55b and the round's end: never read
                 "fresh20": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzw", "zzzzzzzzzzzzzx", "zzzzzzzzzzzzzy",
                                                                 "zzzzzzzzzzzzzz")),
                 # written in the thirty-seventh round, counted at edc85b6 and the round's end: never read
                 "fresh21": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzze", "zzzzzzzzzzzzzzf",
                                                                 "zzzzzzzzzzzzzzg", "zzzzzzzzzzzzzzh")),
                 # written in the thirty-eighth round, counted at 5e3d064 and the round's end: never read
                 "fresh22": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzm", "zzzzzzzzzzzzzzn",
                                                                 "zzzzzzzzzzzzzzo", "zzzzzzzzzzzzzzp")),
                 # written in the thirty-ninth round, counted at db8f8e4 and the round's end: never read
                 "fresh23": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzu", "zzzzzzzzzzzzzzv",
                                                                 "zzzzzzzzzzzzzzw", "zzzzzzzzzzzzzzx")),
                 # written in the fortieth round, counted at ff7ad80 and the round's end: never read
                 "fresh24": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzc", "zzzzzzzzzzzzzzzd",
                                                                 "zzzzzzzzzzzzzzze", "zzzzzzzzzzzzzzzf")),
                 # written in the forty-first round, counted at 750a4b4 and the round's end: never read
                 "fresh25": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzk", "zzzzzzzzzzzzzzzl",
                                                                 "zzzzzzzzzzzzzzzm", "zzzzzzzzzzzzzzzn")),
                 # written in the forty-second round, counted at 7f14c23 and the round's end: never read
                 "fresh26": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzs", "zzzzzzzzzzzzzzzt",
                                                                 "zzzzzzzzzzzzzzzu", "zzzzzzzzzzzzzzzv")),
                 # written in the forty-third round, counted at 578ed95 and the round's end: never read
                 "fresh27": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzza", "zzzzzzzzzzzzzzzzb",
                                                                 "zzzzzzzzzzzzzzzzc", "zzzzzzzzzzzzzzzzd")),
                 # written in the forty-fourth round, counted at c82342c and the round's end: never read
                 "fresh28": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzzi", "zzzzzzzzzzzzzzzzj",
                                                                 "zzzzzzzzzzzzzzzzk", "zzzzzzzzzzzzzzzzl")),
                 # written in the forty-fifth round, counted at 64ceee9 and the round's end: never read
                 "fresh29": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzzq", "zzzzzzzzzzzzzzzzr",
                                                                 "zzzzzzzzzzzzzzzzs", "zzzzzzzzzzzzzzzzt")),
                 # written in the forty-sixth round, counted at d694b2c and the round's end: never read
                 "fresh30": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzzy", "zzzzzzzzzzzzzzzzz",
                                                                 "zzzzzzzzzzzzzzzzza", "zzzzzzzzzzzzzzzzzb")),
                 # written in the forty-seventh round, counted at 717f762 and the round's end: never read
                 "fresh31": tuple(f"natural_{x}.jsonl" for x in ("zzzzzzzzzzzzzzzzzg", "zzzzzzzzzzzzzzzzzh",
                                                                 "zzzzzzzzzzzzzzzzzi", "zzzzzzzzzzzzzzzzzj"))}


def natural(half: str) -> list[dict]:
    """Clean paragraphs of the articles written for the bench (every validate quarter reads the
    validate files: they are not split further)."""
    return [r for name in NATURAL_FILES[half.split("-")[0]] if (NATURAL / name).is_file()
            for r in read_jsonl(NATURAL / name)]


def dev(half: str, shared: Path = SHARED) -> list[dict]:
    return [r for r in read_jsonl(shared / "dev.jsonl") if doc_in_half(r["doc_id"], half)]


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
