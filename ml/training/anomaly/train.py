"""Trains the anomaly LSTM (next-value predictor on online-normalised windows), exports ONNX + JSON.

Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 train.py OUT_DIR [PT_FILE]
The LSTM is trained as a next-value predictor; what is exported (OUT_DIR/model.onnx, with
OUT_DIR/model.json) is its encoder: the last hidden state over the window, which the detector uses
as a learned embedding of the latest context. The PyTorch weights of the whole predictor go to
PT_FILE (default OUT_DIR/model.pt) for evaluate.py.
"""
import json
import os
import sys
import time

import numpy as np
import torch

import norm
import series

SEED = 20261204
W = 60
HIDDEN = 32
SAMPLES_PER_SERIES = 600
EPOCHS = 6
BATCH = 256
LR = 3e-3


class NextValue(torch.nn.Module):
    """LSTM over the window; predicts the next value as last value plus a learned correction."""

    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(1, HIDDEN, batch_first=True)
        self.head = torch.nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return x[:, -1, :] + self.head(h[:, -1, :])


class StateEncoder(torch.nn.Module):
    """The trained predictor's LSTM alone: the window in, the last hidden state out."""

    def __init__(self, predictor):
        super().__init__()
        self.lstm = predictor.lstm

    def forward(self, x):
        h, _ = self.lstm(x)
        return h[:, -1, :]


def dataset(rng):
    all_series = series.nasa_series() + series.azure_series() + series.synthetic_series(rng, 200)
    xs, ys = [], []
    for x in all_series:
        means, stds = norm.online_stats(x)
        lo = W + 20
        k = min(SAMPLES_PER_SERIES * max(1, len(x) // 4000), len(x) - lo)
        pos = np.sort(rng.choice(np.arange(lo, len(x)), size=k, replace=False))
        i, t = norm.windows(x, means, stds, W, pos)
        xs.append(i)
        ys.append(t)
    return np.concatenate(xs), np.concatenate(ys), len(all_series)


def main(out_dir, pt_file=None):
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    start = time.time()
    x, y, n_series = dataset(rng)
    perm = rng.permutation(len(x))
    n_val = len(x) // 10
    val, tr = perm[:n_val], perm[n_val:]
    xt, yt = torch.from_numpy(x[..., None]), torch.from_numpy(y[:, None])
    model = NextValue()
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    loss_fn = torch.nn.SmoothL1Loss()
    gen = torch.Generator().manual_seed(SEED)
    log = []
    for epoch in range(EPOCHS):
        model.train()
        order = torch.from_numpy(tr)[torch.randperm(len(tr), generator=gen)]
        total = 0.0
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            opt.zero_grad()
            loss = loss_fn(model(xt[idx]), yt[idx])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            total += loss.item() * len(idx)
        model.eval()
        with torch.no_grad():
            vi = torch.from_numpy(val)
            vl = loss_fn(model(xt[vi]), yt[vi]).item()
            naive = loss_fn(xt[vi][:, -1, :], yt[vi]).item()
        log.append({"epoch": epoch + 1, "train": total / len(tr), "val": vl, "valNaive": naive})
        print(log[-1], f"{time.time() - start:.0f}s", flush=True)
    export(model, x, rng, out_dir, log, n_series, len(x), time.time() - start, pt_file)


def export(model, x, rng, out_dir, log, n_series, n_samples, seconds, pt_file=None):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "model.onnx")
    dummy = torch.zeros(1, W, 1)
    encoder = StateEncoder(model).eval()
    torch.onnx.export(encoder, dummy, path, input_names=["input"], output_names=["state"],
                      dynamic_axes={"input": {0: "batch"}, "state": {0: "batch"}}, opset_version=14)
    ref_in = x[rng.choice(len(x), size=8, replace=False)]
    with torch.no_grad():
        ref_out = encoder(torch.from_numpy(ref_in[..., None])).numpy()
    meta = {
        "name": "anomaly-lstm",
        "version": "2.0.0",
        "description": f"Encodes the last {W} online-normalised values of a metric series as the "
        f"{HIDDEN} last hidden-state values of an LSTM trained to predict the next value; the "
        "anomaly detector scores how far each state is from the nearest earlier one (it also "
        "feeds the encoder means of blocks of 4 values, a second time scale).",
        "trainedOn": f"{n_series} series, no NAB data: NASA KSC HTTP requests 1995 (1/5/15 min), "
        "Azure LLM inference trace 2023 (requests and mean context tokens per 1 s and 10 s), and "
        f"seeded synthetic series (seed {SEED}: seasonality, square and sawtooth waves, noise, "
        "random walks, level shifts, spikes, flat runs, flat lines)",
        "input": {"name": "input", "shape": [-1, W, 1]},
        "output": {"name": "state", "shape": [-1, HIDDEN]},
        "features": [f"value_t-{W - i}" for i in range(W)],
        "window": W,
        "normalisation": {
            "method": "online exponentially weighted mean and variance, cumulative for the first "
            "1/alphaMin points; window values and target as (x - mean) / std with the statistics "
            "of the points before the predicted one, clipped",
            "alphaMin": norm.ALPHA_MIN, "relativeStdFloor": norm.REL_FLOOR,
            "absoluteStdFloor": norm.ABS_FLOOR, "clip": norm.CLIP,
        },
        "training": {
            "seed": SEED, "samples": n_samples, "epochs": EPOCHS, "batch": BATCH, "lr": LR,
            "hidden": HIDDEN, "loss": "smooth L1", "optimizer": "Adam", "threads": 1,
            "seconds": round(seconds, 1), "history": log, "target": "next normalised value "
            "(the exported encoder is the predictor without its linear head)",
            "finalValLoss": log[-1]["val"], "naiveLastValueValLoss": log[-1]["valNaive"],
            "torch": torch.__version__,
        },
        "reference": {"inputs": ref_in.reshape(8, -1).astype(float).tolist(),
                      "outputs": ref_out.reshape(8, -1).astype(float).tolist()},
    }
    with open(os.path.join(out_dir, "model.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    torch.save(model.state_dict(), pt_file or os.path.join(out_dir, "model.pt"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out", sys.argv[2] if len(sys.argv) > 2 else None)
