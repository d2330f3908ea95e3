"""The CTranslate2 backend: an int8 conversion of the same Marian folder (FOLDER/ct2-int8/).

Tokenisation and detokenisation use the folder's MarianTokenizer, as the
transformers backend does, so both backends see and return the same pieces.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..errors import ModelError
from .base import DecodeSettings, Scored, TokenizerCounts, Translator, target_limit
from .loading import model_positions
from .marian import available_cores, decode, load_tokenizer

EOS = "</s>"
CALL_BUDGETS = 16  # token budgets (DecodeSettings.batch_tokens) handed to one translate_batch call


class CT2Translator(TokenizerCounts, Translator):
    backend = "ctranslate2"

    def __init__(self, folder: Path, ct2_folder: Path, settings: DecodeSettings, model_id: str, revision: str,
                 quantization: str = "int8"):
        super().__init__()
        import ctranslate2

        self.settings = settings
        self.folder = Path(folder)
        self.model_id = model_id
        self.revision = revision
        self.compute_type = quantization
        self.threads = settings.threads or available_cores()
        # One replica using every core: a batch's matrix products are parallel enough,
        # and a second replica would double the memory for little gain on 2 cores.
        self.inter_threads, self.intra_threads = 1, self.threads
        self.tokenizer = load_tokenizer(self.folder)
        try:
            self.model = ctranslate2.Translator(str(ct2_folder), device="cpu", compute_type=quantization,
                                                inter_threads=self.inter_threads, intra_threads=self.intra_threads)
        except (RuntimeError, ValueError) as e:
            raise ModelError(f"cannot load the CTranslate2 model in {ct2_folder}: {e}") from e
        self.ctranslate2_version = ctranslate2.__version__
        self.max_source_tokens = model_positions(self.folder)
        self.limit = target_limit(settings, self.max_source_tokens)
        # CTranslate2 sorts and re-batches by tokens itself (max_batch_size, batch_type="tokens"), so it is
        # handed many budgets at once: one budget per call left its batches a fifth slower than plain
        # translate_batch on the same model (`deen bench`, ct2-raw).
        self.batch_parallelism = self.inter_threads * CALL_BUDGETS

    def signature(self) -> dict:
        return {"model": self.model_id, "revision": self.revision, "backend": self.backend,
                "compute_type": self.compute_type, "ctranslate2": self.ctranslate2_version,
                "threads": self.threads, "decoding": self.settings.to_json()}

    def _score(self, sources: Sequence[str], targets: Sequence[str]) -> list[tuple[float, int]]:
        source = [self.tokenizer.convert_ids_to_tokens(x)
                  for x in self.tokenizer(list(sources), verbose=False)["input_ids"]]
        # CTranslate2 appends </s> to the target and scores it, as the transformers backend does.
        target = [self.tokenizer.convert_ids_to_tokens(x[:-1])
                  for x in self.tokenizer(text_target=list(targets), verbose=False)["input_ids"]]
        results = self.model.score_batch(source, target, max_input_length=0)
        return [(sum(r.log_probs), len(r.log_probs)) for r in results]

    def decode_options(self) -> dict:
        s = self.settings
        if s.max_new_tokens:
            length = dict(max_decoding_length=s.max_new_tokens, min_decoding_length=s.max_new_tokens)
        else:
            # transformers forces </s> as the last allowed token; here the decoder stops one
            # token earlier and that </s> is added (log-probability 0, as the forced one has).
            length = dict(max_decoding_length=self.limit.tokens - 1, min_decoding_length=0)
        return dict(beam_size=s.beam_size, num_hypotheses=min(s.nbest, s.beam_size), length_penalty=s.length_penalty,
                    return_scores=True, return_end_token=True, max_input_length=0,  # inputs are split, never cut
                    max_batch_size=s.batch_tokens, batch_type="tokens", sampling_topk=1, disable_unk=False,
                    **length)

    def _generate(self, batch: Sequence[str]) -> list[list[Scored]]:
        ids = self.tokenizer(list(batch), verbose=False)["input_ids"]
        source = [self.tokenizer.convert_ids_to_tokens(x) for x in ids]
        results = self.model.translate_batch(source, **self.decode_options())
        out = []
        for result in results:
            hyps = []
            for pieces, score in zip(result.hypotheses, result.scores):
                ended = bool(pieces) and pieces[-1] == EOS
                content = pieces[:-1] if ended else pieces
                # Count </s>, real or forced, as transformers does; a fixed length counts decoder steps.
                tokens = len(pieces) if self.settings.max_new_tokens else len(content) + 1
                logprob = self._logprob(score, len(pieces))
                text = decode(self.tokenizer, self.tokenizer.convert_tokens_to_ids(content))
                # No </s> of its own: the decoder stopped at the limit (a fixed length is asked for, not reached).
                at_limit = not self.settings.max_new_tokens and not ended
                hyps.append(Scored(text, logprob / max(tokens, 1), tokens, at_limit))
            out.append(hyps)
        return out

    def _logprob(self, score: float, length: int) -> float:
        """CTranslate2 returns logprob / length**length_penalty over the returned tokens."""
        return score * max(length, 1) ** self.settings.length_penalty
