"""Build the demo model: a small Marian model that has memorised the example article's translation.

    python models/build_demo.py DEST     # about a minute on 2 CPU cores

It is trained on ``models/demo_parallel.tsv`` only (the German sentences of seeds/ as
``deen segment`` splits them, with an English translation written for this purpose), so
``deen translate seeds/ --model DEST`` gives real English for the example article and the
report looks like one on real output. Anything else it translates badly: it knows only
these sentences. The folder has the real opus-mt-de-en file format (models/build_tiny.py
writes it), and a deen-manifest.json record so ``deen models verify`` can check it.

Training stops when greedy decoding reproduces every training translation with a margin
(so beam search and int8 quantisation keep it), or at ``--max-steps``; the build prints
the steps, the seconds and the reached margin.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
PARALLEL = ROOT / "models" / "demo_parallel.tsv"

# Small enough to train in about a minute on 2 cores, large enough to memorise ~30 pairs.
DEMO_ARCH = {
    "d_model": 256,
    "encoder_layers": 2, "decoder_layers": 2, "num_hidden_layers": 2,
    "encoder_attention_heads": 4, "decoder_attention_heads": 4,
    "encoder_ffn_dim": 512, "decoder_ffn_dim": 512,
    "dropout": 0.0, "attention_dropout": 0.0, "activation_dropout": 0.0,
}
SPM_VOCAB = 600  # per side; the text is small, so SentencePiece may stop below it
TRAIN = {
    "lr": 2e-3,
    "weight_decay": 0.0,
    "warmup": 30,
    "check_every": 10,
    "min_margin": 3.0,  # logit of the reference token minus the best other token, at every position
    "max_steps": 1500,
}


def load_build_tiny():
    spec = importlib.util.spec_from_file_location("build_tiny", ROOT / "models" / "build_tiny.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_parallel(path: Path = PARALLEL) -> list[tuple[str, str]]:
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not all(c.strip() for c in cols):
            raise ValueError(f"{path}:{n}: expected 'German<TAB>English'")
        pairs.append((cols[0].strip(), cols[1].strip()))
    return pairs


def _margins(logits, labels, pad: int):
    """Per target position: reference logit minus the best other logit (pad positions excluded)."""
    logits = logits.detach().clone()
    logits[..., pad] = float("-inf")  # never generated (bad_words_ids)
    ref = logits.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    logits.scatter_(-1, labels.clamp(min=0).unsqueeze(-1), float("-inf"))
    margin = ref - logits.max(dim=-1).values
    return margin[labels != -100]


def train(model, tokenizer, pairs, log=print) -> dict:
    import torch

    pad = model.config.pad_token_id
    batch = tokenizer([de for de, _ in pairs], text_target=[en for _, en in pairs], return_tensors="pt",
                      padding=True)
    labels = batch["labels"].masked_fill(batch["labels"] == pad, -100)
    optimiser = torch.optim.AdamW(model.parameters(), lr=TRAIN["lr"], betas=(0.9, 0.98),
                                  weight_decay=TRAIN["weight_decay"])
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / TRAIN["warmup"]))
    model.train()
    started, cpu_started = time.perf_counter(), time.process_time()
    margin = float("-inf")
    for step in range(1, TRAIN["max_steps"] + 1):
        out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=labels)
        optimiser.zero_grad()
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        with torch.no_grad():
            # The decoder starts from <pad>'s embedding; tied to the output layer, that row would
            # learn. Marian and CTranslate2 start from a zero vector: keep it zero, as in the real model.
            model.model.shared.weight[pad].zero_()
        if step % TRAIN["check_every"] == 0:
            margin = float(_margins(out.logits, labels, pad).min())
            log(f"step {step}: loss {out.loss.item():.4f}, smallest margin {margin:.2f} "
                f"({time.perf_counter() - started:.0f}s)")
            if margin >= TRAIN["min_margin"]:
                break
    model.eval()
    return {"steps": step, "seconds": round(time.perf_counter() - started, 1),
            "cpu_seconds": round(time.process_time() - cpu_started, 1), "loss": round(out.loss.item(), 5),
            "min_margin": round(margin, 2), "memorised": margin >= TRAIN["min_margin"]}


def build_demo(dest, seed: int = 0, log=print) -> Path:
    import torch
    from transformers import MarianTokenizer

    tiny = load_build_tiny()
    dest = Path(dest)
    pairs = read_parallel()
    german = [de for de, _ in pairs] + [ln.strip() for seed_file in sorted((ROOT / "seeds").glob("*.txt"))
                                        for ln in seed_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    source_spm, target_spm = tiny.train_spm(german, SPM_VOCAB), tiny.train_spm([en for _, en in pairs], SPM_VOCAB)
    vocab = tiny.make_vocab(source_spm, target_spm)
    config = tiny.model_config(len(vocab), DEMO_ARCH)
    tiny.write_folder(dest, vocab, source_spm, target_spm, config)
    torch.manual_seed(seed)
    model = tiny.random_model(config, seed)
    tokenizer = MarianTokenizer.from_pretrained(str(dest))
    result = train(model, tokenizer, pairs, log=log)
    if not result["memorised"]:
        log(f"warning: after {result['steps']} steps the smallest margin is {result['min_margin']} "
            f"(< {TRAIN['min_margin']}): some sentences may come out wrong")
    model.save_pretrained(dest)
    tiny._restore_real_generation_config(dest, vocab["<pad>"])
    sys.path.insert(0, str(ROOT))
    from pipeline.models import write_folder_record

    write_folder_record(dest, origin="models/build_demo.py (memorised models/demo_parallel.tsv)",
                        extra={"training": {**result, "pairs": len(pairs), "arch": DEMO_ARCH, "seed": seed}})
    log(json.dumps(result))
    return dest


def main(argv: Optional[list[str]] = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(build_demo(args.dest, seed=args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
