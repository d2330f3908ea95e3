"""The transformers backend: MarianMTModel + MarianTokenizer from a local folder.

Every decoding option is passed explicitly (as the real generation_config.json has
them), so a model folder's own generation defaults never change deen's output.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from ..errors import ModelError
from .base import Scored, TokenizerCounts, Translator, target_limit


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def load_tokenizer(folder: Path):
    from transformers import MarianTokenizer

    try:
        return MarianTokenizer.from_pretrained(str(folder), local_files_only=True)
    except Exception as e:  # transformers raises OSError, ValueError or KeyError for bad files
        raise ModelError(f"cannot load the tokenizer of {folder}: {type(e).__name__}: {e}") from e


def decode(tokenizer, ids) -> str:
    # Output pieces are English: decode with the target SentencePiece model
    # (transformers 5 defaults to the source model when the vocab is shared).
    return tokenizer.decode(ids, skip_special_tokens=True, use_source_tokenizer=False)


class MarianTranslator(TokenizerCounts, Translator):
    backend = "transformers"

    def __init__(self, folder: Path, settings: DecodeSettings, model_id: str, revision: str):
        super().__init__()
        import torch
        from transformers import MarianMTModel

        self.settings = settings
        self.folder = Path(folder)
        self.model_id = model_id
        self.revision = revision
        self.threads = settings.threads or available_cores()
        torch.set_num_threads(self.threads)
        self.tokenizer = load_tokenizer(self.folder)
        try:
            self.model = MarianMTModel.from_pretrained(str(self.folder), local_files_only=True).eval()
        except Exception as e:  # transformers raises OSError/ValueError/RuntimeError for bad weights
            raise ModelError(f"cannot load the model in {self.folder}: {type(e).__name__}: {e}") from e
        config = self.model.config
        self.max_source_tokens = config.max_position_embeddings
        self.limit = target_limit(settings, config.max_position_embeddings)
        self.ids = {"pad": config.pad_token_id, "eos": config.eos_token_id, "bos": config.bos_token_id,
                    "start": config.decoder_start_token_id, "forced_eos": config.forced_eos_token_id}

    def signature(self) -> dict:
        return {"model": self.model_id, "revision": self.revision, "backend": self.backend,
                "threads": self.threads, "decoding": self.settings.to_json()}

    def _score(self, sources: Sequence[str], targets: Sequence[str]) -> list[tuple[float, int]]:
        import torch

        enc = self.tokenizer(list(sources), return_tensors="pt", padding=True)
        labels = self.tokenizer(text_target=list(targets), return_tensors="pt", padding=True)["input_ids"]
        start = torch.full((labels.shape[0], 1), self.ids["start"], dtype=labels.dtype)
        total = self._forced_logprob(enc, torch.cat([start, labels], dim=1), 1, decoded=False)
        tokens = (labels != self.ids["pad"]).sum(dim=1)
        return [(float(a), int(b)) for a, b in zip(total.tolist(), tokens.tolist())]

    def generation_config(self):
        from transformers import GenerationConfig

        s = self.settings
        options = dict(
            num_beams=s.beam_size, num_return_sequences=min(s.nbest, s.beam_size), do_sample=False,
            # Stop a batch item once num_beams hypotheses are finished, as CTranslate2 and Marian
            # do; transformers' default keeps extending beams whose normalised score may still rise.
            length_penalty=s.length_penalty, early_stopping=True, bad_words_ids=[[self.ids["pad"]]],
            renormalize_logits=True, decoder_start_token_id=self.ids["start"], bos_token_id=self.ids["bos"],
            eos_token_id=self.ids["eos"], pad_token_id=self.ids["pad"], forced_eos_token_id=self.ids["forced_eos"],
            return_dict_in_generate=True, output_scores=False)
        if s.max_new_tokens:
            options.update(max_new_tokens=s.max_new_tokens, min_new_tokens=s.max_new_tokens)
        else:
            options.update(max_length=self.limit.tokens + 1, min_length=0)  # HF counts the start token in max_length
        return GenerationConfig(**options)

    def _generate(self, batch: Sequence[str]) -> list[list[Scored]]:
        import torch

        enc = self.tokenizer(list(batch), return_tensors="pt", padding=True)
        config = self.generation_config()
        k = config.num_return_sequences
        greedy = _GreedyLogProbs() if config.num_beams == 1 else None
        with torch.inference_mode():
            out = self.model.generate(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                                      generation_config=config,
                                      logits_processor=[greedy] if greedy else None)
        generated = out.sequences[:, 1:]  # drop the decoder start token
        tokens = (generated != self.ids["pad"]).sum(dim=1)
        if greedy:
            logprob = greedy.total(generated, self.ids["pad"])
        else:
            # transformers returns beam scores only with output_scores=True, which keeps a
            # (beams x vocabulary) tensor per step; one teacher-forced pass is far lighter.
            logprob = self._forced_logprob(enc, out.sequences, k)
        scores = logprob / tokens.clamp(min=1)
        texts = [decode(self.tokenizer, seq) for seq in generated.tolist()]
        # At the limit transformers forces </s> as the last token: a hypothesis that long did not end
        # on its own (nor would it in CTranslate2, which stops one step earlier and adds that </s>).
        # A fixed length (max_new_tokens, benchmarks) is asked for, not reached.
        flat = [Scored(t, float(s), int(n), at_limit=not self.settings.max_new_tokens and n >= self.limit.tokens)
                for t, s, n in zip(texts, scores.tolist(), tokens.tolist())]
        return [flat[i * k:(i + 1) * k] for i in range(len(batch))]


    def _forced_logprob(self, enc, sequences, k: int, decoded: bool = True):
        """Sum of log-probabilities of each sequence, renormalised without <pad> as in decoding.

        ``decoded``: the sequences came from ``generate`` (a </s> forced at the length limit
        then scores 0, as it did there); False for given translations.
        """
        import torch

        model, pad = self.model, self.ids["pad"]
        with torch.inference_mode():
            memory = model.get_encoder()(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])
            states = model.model.decoder(
                input_ids=sequences[:, :-1],
                encoder_hidden_states=memory.last_hidden_state.repeat_interleave(k, dim=0),
                encoder_attention_mask=enc["attention_mask"].repeat_interleave(k, dim=0)).last_hidden_state
            targets = sequences[:, 1:]
            total = torch.zeros(sequences.shape[0])
            rows = max(1, _LOGIT_BUDGET // max(1, targets.shape[1] * model.config.vocab_size))
            for start in range(0, sequences.shape[0], rows):
                part = slice(start, start + rows)
                logits = model.lm_head(states[part]) + model.final_logits_bias
                logits[..., pad] = float("-inf")
                logp = torch.log_softmax(logits.float(), dim=-1).gather(-1, targets[part].unsqueeze(-1)).squeeze(-1)
                logp = logp.masked_fill(targets[part] == pad, 0.0)
                total[part] = logp.sum(dim=1)
            if decoded and not self.settings.max_new_tokens:
                # A </s> forced at the length limit scored 0 during decoding, not the model's value.
                lengths = (targets != pad).sum(dim=1)
                for row in (lengths == self.limit.tokens).nonzero().flatten().tolist():
                    n = int(lengths[row])
                    if int(targets[row, n - 1]) == self.ids["eos"]:
                        logits = model.lm_head(states[row, n - 1]) + model.final_logits_bias[0]
                        logits[pad] = float("-inf")
                        total[row] -= float(torch.log_softmax(logits.float(), dim=-1)[self.ids["eos"]])
        return total


_LOGIT_BUDGET = 32 * 1024 * 1024  # floats of logits held at once while scoring (128 MB)


class _GreedyLogProbs:
    """Records, at each greedy step, the log-probability of the token greedy search picks.

    Greedy takes the argmax, so after renormalising over the allowed tokens the
    chosen token's log-probability is the row maximum; keeping one number per row and
    step avoids holding the full (batch x vocabulary) scores of every step.
    """

    def __init__(self):
        self.steps: list = []

    def __call__(self, input_ids, scores):
        import torch

        self.steps.append(torch.log_softmax(scores.float(), dim=-1).max(dim=-1).values)
        return scores

    def total(self, generated, pad: int):
        import torch

        per_step = torch.stack(self.steps, dim=1)[:, :generated.shape[1]]
        return (per_step * (generated != pad)).sum(dim=1)
