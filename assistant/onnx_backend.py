"""The ONNX Runtime embedding backends: the installed sentence-transformers model exported locally
(nothing downloaded) to ONNX, as it is (`onnx`) or with dynamically quantised int8 weights
(`onnx-int8`), and run without torch.

sentence-transformers' own ONNX backend goes through optimum, whose releases need transformers
< 4.58 while the pinned stack has transformers 5; so the export is done here with `torch.onnx` and
`onnxruntime.quantization`, and pooling and normalisation, the model's two other modules, in numpy.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import warnings
from pathlib import Path

import numpy as np

from .errors import BadSetting

BACKENDS = ("torch", "onnx", "onnx-int8")
POOLINGS = ("mean", "cls", "max")
META = "export.json"


_EXPORT = "int8 weights reduce_range"  # how an export is made: a change here exports anew


def exported(model_name: str, backend: str, cache: Path) -> Path:
    """The folder holding `model_name` exported for `backend`, exporting it on first use (a few seconds)."""
    from .embed import model_path

    source = Path(model_path(model_name))  # a changed model (new package version, edited folder) exports anew
    files = sorted(source.rglob("*")) if source.is_dir() else []
    stamp = "\n".join([_EXPORT, str(source.resolve()), *(f"{f} {f.stat().st_size} {f.stat().st_mtime_ns}" for f in files)])
    slug = re.sub(r"[^A-Za-z0-9.]+", "-", model_name).strip("-")
    folder = Path(cache) / f"{slug}-{backend}-{hashlib.sha1(stamp.encode()).hexdigest()[:10]}"
    if (folder / META).exists():
        return folder
    tmp = folder.with_name(f"{folder.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        _export(model_name, backend, tmp)
        if folder.exists() and not (folder / META).exists():
            shutil.rmtree(folder)  # not an export of ours
        try:
            os.replace(tmp, folder)  # whole or not at all: a crash mid-export leaves only a .tmp folder
        except OSError:
            if not (folder / META).exists():  # else another process finished the same export first
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _export(model_name: str, backend: str, folder: Path) -> None:
    import torch
    from sentence_transformers import SentenceTransformer

    from .embed import model_path

    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = SentenceTransformer(model_path(model_name), device="cpu")
    kinds = [type(m).__name__ for m in model]
    pooling = getattr(model[1], "pooling_mode", None) if len(kinds) > 1 else None
    if kinds[0] != "Transformer" or kinds[1:] not in (["Pooling"], ["Pooling", "Normalize"]) or pooling not in POOLINGS:
        raise BadSetting(
            f"the {backend} embedding backend takes models made of a transformer and {'/'.join(POOLINGS)} "
            f"pooling; {model_name} is {' + '.join(kinds)} ({pooling}): use ASSISTANT_EMBED_BACKEND=torch"
        )
    tokenizer = model.tokenizer
    tokenizer.save_pretrained(str(folder))
    if not (folder / "tokenizer.json").exists():
        raise BadSetting(f"{model_name} has no fast tokenizer, which the {backend} backend needs: use torch")
    sample = tokenizer(["a short text", "text"], padding=True, return_tensors="pt")
    names = list(sample.keys())

    class Hidden(torch.nn.Module):
        def __init__(self, transformer):
            super().__init__()
            self.transformer = transformer

        def forward(self, *inputs):
            return self.transformer(**dict(zip(names, inputs))).last_hidden_state

    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "hidden"]}
    fp32 = folder / "model.onnx"
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Hidden(model[0].auto_model.eval()), tuple(sample[n] for n in names), str(fp32),
            input_names=names, output_names=["hidden"], dynamic_axes=axes, opset_version=17, dynamo=False,
        )
    if backend == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        root = logging.getLogger()  # it configures the root logger, to advise pre-processing (for image models)
        level, handlers = root.level, list(root.handlers)
        try:
            root.setLevel(logging.ERROR)
            # (7-bit weights: without VNNI, x86's 8-bit products saturate, so the same model would rank differently
            # on an AVX2 machine than on one with VNNI; with reduce_range both compute alike)
            quantize_dynamic(fp32, folder / "model.int8.onnx", weight_type=QuantType.QInt8, per_channel=True,
                             reduce_range=True)
        finally:
            root.setLevel(level)
            root.handlers[:] = handlers
        os.replace(folder / "model.int8.onnx", fp32)
    meta = {
        "model": model_name,
        "backend": backend,
        "pooling": pooling,
        "max_seq_length": model.max_seq_length,
        "pad_id": tokenizer.pad_token_id or 0,
        "pad_token": tokenizer.pad_token or "[PAD]",
    }
    (folder / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")


class OnnxEncoder:
    """An exported model in ONNX Runtime: texts in, L2-normalised vectors out (as sentence-transformers)."""

    def __init__(self, folder: Path, threads: int):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        self.pooling = meta["pooling"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(meta["max_seq_length"])
        self.tokenizer.enable_padding(pad_id=meta["pad_id"], pad_token=meta["pad_token"])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One text at a time: a text's vector must not depend on the texts embedded with it (int8 quantizes each
        run's activations by their range, so a batch's other rows moved a vector by up to 0.02 in cosine, and the
        same reports ingested in another order answered differently), and without padding it is no slower (measured:
        116 against 102 chunks/s)."""
        vectors = [self._batch([t.strip()]) for t in texts]
        return np.concatenate(vectors) if vectors else np.zeros((0, 0), dtype=np.float32)

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": mask,
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        hidden = self.session.run(None, {name: feed[name] for name in self.inputs})[0]
        if self.pooling == "cls":
            pooled = hidden[:, 0]
        elif self.pooling == "max":
            pooled = np.where(mask[..., None] > 0, hidden, -1e9).max(axis=1)
        else:
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
