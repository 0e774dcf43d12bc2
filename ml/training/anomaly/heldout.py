"""Held-out check without NAB: seeded synthetic series (seed 777, not the training seed), each with
one injected anomaly of six kinds, scored with the tuning scorer, per time-scale set.

Run: OMP_NUM_THREADS=1 /usr/bin/python3 heldout.py MODEL_DIR
"""
import sys

import numpy as np
import torch

import detector
import evaluate
import nab_score
import train

KINDS = ["flatten", "amplitude", "frequency", "shift", "noise", "spike"]


def corpus(rng, count=60, n=4000):
    """{name: (timestamps, values, [(start, end)])}: a daily-like curve, one anomaly at 2000-3600."""
    out = {}
    t = np.arange(n, dtype=float)
    for i in range(count):
        period = int(rng.choice([48, 96, 144, 288]))
        amp = rng.lognormal(0, 0.5)
        x = amp * np.sin(2 * np.pi * t / period + rng.uniform(0, 6.3))
        x += rng.normal(0, amp * rng.uniform(0.02, 0.3), n)
        if rng.random() < 0.5:
            x = np.maximum(x, 0.3 * amp * rng.uniform(-1, 1))
        at, kind = int(rng.integers(2000, 3600)), KINDS[i % len(KINDS)]
        span = slice(at, at + period)
        if kind == "flatten":  # a missing cycle
            x[span] = x[at]
        elif kind == "amplitude":
            x[span] *= 0.5
        elif kind == "frequency":
            x[span] = amp * np.sin(4 * np.pi * t[span] / period) + rng.normal(0, 0.05 * amp, period)
        elif kind == "shift":
            x[at:] += 0.5 * amp
        elif kind == "noise":
            x[span] += rng.normal(0, 0.4 * amp, period)
        else:
            x[at] += 0.8 * amp
        ts = np.datetime64("2020-01-01") + np.arange(n) * np.timedelta64(5, "m")
        out[f"{kind}_{i}"] = (ts, x * 10 + 50, [(at - 100, at + 100)])
    return out


def main(model_dir):
    torch.set_num_threads(1)
    encoder = evaluate.load(model_dir)
    data = corpus(np.random.default_rng(777))
    res = {k: detector.scores(v[1], detector.all_distances(encoder, v[1], train.W), True)[1]
           for k, v in data.items()}
    nscales = len(detector.BLOCKS)
    for label, keep in [("all scales + range", list(range(nscales + 1))),
                        ("raw scale + range", [0, nscales]), ("range only", [nscales])]:
        out = {k: evaluate.suppress(c[:, keep].max(axis=1)) for k, c in res.items()}
        total = {p: round(s, 2) for p, (s, _) in nab_score.score_all(data, out).items()}
        per_kind = {kind: round(nab_score.score_corpus(
            {k: v for k, v in data.items() if k.startswith(kind)}, out)[0], 1) for kind in KINDS}
        print(label, total, per_kind, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
