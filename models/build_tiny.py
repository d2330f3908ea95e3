"""Build Marian test models in the real opus-mt-de-en folder format, on CPU, in seconds.

    python models/build_tiny.py DEST                # tiny model for tests
    python models/build_tiny.py DEST --full-size    # real architecture, random weights (benchmarks)

The folders have every file the real model has (config.json, generation_config.json,
tokenizer_config.json, special_tokens_map.json, vocab.json, source.spm, target.spm,
model.safetensors), with the real keys taken from models/manifests/opus-mt-de-en.json.
SentencePiece models are trained on the fly on German and English news text. The
tiny model's weights are set so that it copies its source (its "translation" is the
German input, so tests know the expected output); the full-size one has random
weights (seeded). Every code path that loads, batches, decodes, scores and converts a
real model runs unchanged on both.
"""
from __future__ import annotations

import copy
import io
import json
import sys
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "models" / "manifests" / "opus-mt-de-en.json"
# CI lays the shared material beside the clone; a developer may have it at /work/shared.
SHARED_CANDIDATES = (ROOT.parent / "shared", Path("/work/shared"))

SPECIALS = ("</s>", "<unk>")  # ids 0 and 1, as in the real vocab.json; <pad> is the last id

# Scaled-down architecture with every part the real model has. d_model 256 leaves
# room for separate position and token subspaces (see copy_weights).
TINY_ARCH = {
    "d_model": 256,
    "encoder_layers": 2, "decoder_layers": 2, "num_hidden_layers": 2,
    "encoder_attention_heads": 4, "decoder_attention_heads": 4,
    "encoder_ffn_dim": 64, "decoder_ffn_dim": 64,
}
TINY_SPM_VOCAB = 300
# Hand-set weights of the tiny copy model (see copy_weights).
COPY = {
    "attend": 8.0,      # query/key gain: cross-attention sharp on the same position
    "carry": 20.0,      # value/output gain: the attended token outweighs the decoder's own input
    "embed_norm": 0.7,  # norm of every token embedding
    "logit_gain": 1.0,  # final layer norm weight: best hypotheses score about -0.05 per token
    "noise": 1e-3,      # std of every other weight (exact zeros would give int8 a zero scale)
    "max_phase": 0.25,  # token dimensions: sinusoid pairs turning < 0.25 rad over 512 positions
}
FULL_SPM_VOCAB = 8000

# Used only when neither seeds/ nor the shared benchmark is available.
FALLBACK_TEXT = (
    ("Die Regierung hat am Mittwoch neue Regeln für den Handel beschlossen.",
     "The government adopted new trade rules on Wednesday."),
    ("Der Bürgermeister sagte, die Stadt werde 2021 mehr Wohnungen bauen.",
     "The mayor said the city would build more flats in 2021."),
    ("„Wir sind sehr zufrieden“, sagte die Trainerin nach dem Spiel.",
     "\"We are very satisfied,\" the coach said after the game."),
    ("Mehr als 3.500 Menschen nahmen an der Demonstration in Berlin teil.",
     "More than 3,500 people took part in the demonstration in Berlin."),
    ("Die Polizei sucht Zeugen des Unfalls auf der Autobahn.",
     "The police are looking for witnesses of the accident on the motorway."),
)


def real_files() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def corpus(limit: int = 3000) -> tuple[list[str], list[str]]:
    """German and English lines for SentencePiece: seeds, the shared benchmark, a fallback."""
    german, english = [], []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        german += [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for shared in SHARED_CANDIDATES:
        dev = shared / "bench" / "dev.jsonl"
        if dev.is_file():
            for line in dev.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                german.append(row["source"])
                english.append(row.get("reference") or row["translation"])
            break
    for de, en in FALLBACK_TEXT:
        german.append(de)
        english.append(en)
    return german[:limit], english[:limit]


def train_spm(lines: Iterable[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(lines)), model_writer=buf, vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        unk_id=0, bos_id=-1, eos_id=1, pad_id=-1, num_threads=1, minloglevel=2)
    return buf.getvalue()


def spm_pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())
            if not (sp.is_control(i) or sp.is_unknown(i))]


def make_vocab(source_spm: bytes, target_spm: bytes, size: Optional[int] = None) -> dict[str, int]:
    """One shared vocab.json as Marian has: </s>=0, <unk>=1, pieces, fillers up to ``size``, <pad> last."""
    tokens = list(SPECIALS)
    seen = set(tokens)
    for piece in spm_pieces(source_spm) + spm_pieces(target_spm):
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
    if size is not None:
        if len(tokens) + 1 > size:
            raise ValueError(f"{len(tokens) + 1} tokens do not fit a vocabulary of {size}")
        tokens += [f"<fill_{i}>" for i in range(size - 1 - len(tokens))]
    tokens.append("<pad>")
    return {tok: i for i, tok in enumerate(tokens)}


def model_config(vocab_size: int, arch: dict) -> dict:
    config = copy.deepcopy(real_files()["config"])
    pad = vocab_size - 1
    config.update(arch)
    config.update(vocab_size=vocab_size, decoder_vocab_size=vocab_size, pad_token_id=pad,
                  decoder_start_token_id=pad)
    return config


def write_folder(dest: Path, vocab: dict[str, int], source_spm: bytes, target_spm: bytes, config: dict) -> None:
    files = real_files()
    pad = vocab["<pad>"]
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "source.spm").write_bytes(source_spm)
    (dest / "target.spm").write_bytes(target_spm)
    dump = lambda name, data: (dest / name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    dump("vocab.json", vocab)
    dump("config.json", config)
    generation = copy.deepcopy(files["generation_config"])
    generation.update(bad_words_ids=[[pad]], decoder_start_token_id=pad, pad_token_id=pad)
    dump("generation_config.json", generation)
    tokenizer = copy.deepcopy(files["tokenizer_config"])
    tokenizer["added_tokens_decoder"] = {
        str(vocab[tok]): {"content": tok, "lstrip": False, "normalized": False, "rstrip": False,
                          "single_word": False, "special": True}
        for tok in ("</s>", "<unk>", "<pad>")}
    dump("tokenizer_config.json", tokenizer)
    dump("special_tokens_map.json", files["special_tokens_map"])


def random_model(config: dict, seed: int):
    """A MarianMTModel of ``config`` with seeded random weights (the real init)."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    torch.manual_seed(seed)
    model = MarianMTModel(MarianConfig(**config))
    return model.eval()


def copy_weights(model, seed: int) -> None:
    """Set ``model``'s weights so that it copies its source, token for token, and stops at </s>.

    Random weights give near-flat output distributions, where int8 rounding flips most
    greedy choices and outputs loop to max_length; a trained model is decisive and stops.
    This model is decisive too, and its output is known (the source), so tests can check
    content, order and completeness through every backend. Token embeddings are random
    (seeded) unit-norm vectors in the dimensions where the sinusoidal positions are
    nearly constant; decoder layer 0's cross-attention matches positions on the
    fastest-turning sinusoid dimensions (minus a reference dimension, which cancels layer
    norm's mean) and carries the attended token's embedding into the output.
    """
    import torch

    config = model.config
    d, heads = config.d_model, config.decoder_attention_heads
    head_dim, half = d // heads, d // 2
    positions = config.max_position_embeddings
    # Marian's sinusoid pair i sits at dims (i, half + i) and turns at 10000**(-2i/d) rad per position.
    position_pairs = list(range(head_dim // 2))
    reference = half - 1
    token_pairs = [i for i in range(half - 1)
                   if positions * 10000 ** (-2 * i / d) <= COPY["max_phase"] and i not in position_pairs]
    token_dims = token_pairs + [half + i for i in token_pairs]
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "embed_positions" not in name and "layer_norm" not in name:
                param.copy_(torch.randn(param.shape, generator=gen) * COPY["noise"])
        emb = torch.randn(config.vocab_size, len(token_dims), generator=gen)
        n = len(token_pairs)
        for block in (slice(0, n), slice(n, 2 * n)):  # orthogonal to the constant sin/cos values
            emb[:, block] -= emb[:, block].mean(dim=1, keepdim=True)
        emb = emb / emb.norm(dim=1, keepdim=True) * COPY["embed_norm"]
        shared = model.model.shared.weight
        shared.zero_()
        shared[:, token_dims] = emb
        shared[config.pad_token_id] = 0.0  # the decoder starts from a zero embedding, as in Marian
        model.final_logits_bias.zero_()
        attn = model.model.decoder.layers[0].encoder_attn
        for proj in (attn.q_proj, attn.k_proj):
            for h in range(heads):
                for k, pair in enumerate(position_pairs):
                    for k2, dim in enumerate((pair, half + pair)):
                        row = h * head_dim + 2 * k + k2
                        proj.weight[row, dim] += COPY["attend"]
                        proj.weight[row, reference] -= COPY["attend"]
        for k, dim in enumerate(token_dims):
            attn.v_proj.weight[k, dim] += 1.0
            attn.out_proj.weight[dim, k] += COPY["carry"]
        model.model.decoder.layers[-1].final_layer_norm.weight.fill_(COPY["logit_gain"])


def _record(dest: Path) -> None:
    """Checksums of every file, so ``deen models verify`` can detect later corruption."""
    sys.path.insert(0, str(ROOT))
    from pipeline.models import write_folder_record

    write_folder_record(dest, origin="models/build_tiny.py (random weights)")


def build_tiny(dest, seed: int = 0) -> Path:
    """Tiny Marian copy model (vocab ~450, d_model 256, 2+2 layers) with the real files; seconds on CPU."""
    dest = Path(dest)
    german, english = corpus()
    source_spm, target_spm = train_spm(german, TINY_SPM_VOCAB), train_spm(english, TINY_SPM_VOCAB)
    vocab = make_vocab(source_spm, target_spm)
    config = model_config(len(vocab), TINY_ARCH)
    write_folder(dest, vocab, source_spm, target_spm, config)
    model = random_model(config, seed)
    copy_weights(model, seed)
    model.save_pretrained(dest)
    _restore_real_generation_config(dest, vocab["<pad>"])
    _record(dest)
    return dest


def full_size_config() -> dict:
    """The real opus-mt-de-en config (vocab 58101, 6+6 layers, d_model 512)."""
    return copy.deepcopy(real_files()["config"])


def build_full_size_random(dest, seed: int = 0, save: bool = True):
    """The real architecture with random weights and an on-the-fly SentencePiece tokenizer.

    vocab.json maps 58101 ids like the real one: trained pieces, then fillers, <pad> last.
    Returns the folder (``save=True``) or the in-memory model (``save=False``).
    """
    config = full_size_config()
    if not save:
        return random_model(config, seed)
    dest = Path(dest)
    german, english = corpus()
    source_spm, target_spm = train_spm(german, FULL_SPM_VOCAB), train_spm(english, FULL_SPM_VOCAB)
    vocab = make_vocab(source_spm, target_spm, size=config["vocab_size"])
    write_folder(dest, vocab, source_spm, target_spm, config)
    random_model(config, seed).save_pretrained(dest)
    _restore_real_generation_config(dest, vocab["<pad>"])
    _record(dest)
    return dest


def _restore_real_generation_config(dest: Path, pad: int) -> None:
    """save_pretrained rewrites generation_config.json from model defaults; put the real keys back."""
    generation = copy.deepcopy(real_files()["generation_config"])
    generation.update(bad_words_ids=[[pad]], decoder_start_token_id=pad, pad_token_id=pad)
    (dest / "generation_config.json").write_text(json.dumps(generation, indent=2) + "\n", encoding="utf-8")


def main(argv: Optional[list[str]] = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--full-size", action="store_true", help="real architecture (74M parameters)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    build = build_full_size_random if args.full_size else build_tiny
    print(build(args.dest, seed=args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
