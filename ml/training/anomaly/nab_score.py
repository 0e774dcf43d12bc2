"""Simple NAB scorer for tuning (follows data/nab-dev/SCORING.md).

Not the authoritative scorer (a Java one is written elsewhere); it is for fast iteration only.
"""
import json
import math
import os

import numpy as np
import pandas as pd

NAB = os.environ.get(
    "NAB_DIR",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "data", "nab-dev"))
PROFILES = {"standard": (1.0, 0.11, 1.0), "low_fp": (1.0, 0.22, 1.0), "low_fn": (1.0, 0.11, 2.0)}


def load_corpus():
    """Returns {relative name: (timestamps as datetime64, values float64, windows as row ranges)}."""
    with open(os.path.join(NAB, "combined_windows.json")) as f:
        windows = json.load(f)
    corpus = {}
    for name in sorted(windows):
        df = pd.read_csv(os.path.join(NAB, "data", name))
        ts = pd.to_datetime(df["timestamp"]).values
        rows = []
        for start, end in windows[name]:
            s, e = np.datetime64(pd.Timestamp(start)), np.datetime64(pd.Timestamp(end))
            idx = np.nonzero((ts >= s) & (ts <= e))[0]
            rows.append((int(idx[0]), int(idx[-1])))
        corpus[name] = (ts, df["value"].to_numpy(dtype=np.float64), rows)
    return corpus


def _sig(y):
    return -1.0 if y > 3 else 2.0 / (1.0 + math.exp(5.0 * y)) - 1.0


def _events(scores, wins, n, a_fp, a_fn):
    """Yields (score, delta) pairs: lowering theta to `score` adds `delta` to the file's total."""
    probation = min(int(math.floor(0.15 * n)), 750)
    in_win = np.full(n, -1)
    for k, (l, r) in enumerate(wins):
        in_win[l : r + 1] = k
    ev = []
    for k, (l, r) in enumerate(wins):
        w = r - l + 1
        lo = max(l, probation)
        idx = np.arange(lo, r + 1)
        if len(idx) == 0:
            continue
        weights = np.array([_sig(-(r - i + 1) / w) / _sig(-1.0) for i in idx])
        order = np.argsort(-scores[idx], kind="stable")
        best = -a_fn
        for j in order:
            if weights[j] > best:
                ev.append((scores[idx[j]], weights[j] - best))
                best = weights[j]
    prev_end = [None] * n
    last = None
    for i in range(n):
        if in_win[i] >= 0:
            last = wins[in_win[i]]
        prev_end[i] = last
    for i in range(probation, n):
        if in_win[i] >= 0:
            continue
        pw = prev_end[i]
        if pw is None:
            ev.append((scores[i], -a_fp))
        else:
            l, r = pw
            w = r - l + 1
            ev.append((scores[i], a_fp * _sig(abs(i - r) / (w - 1))))
    return ev


def score_corpus(corpus, scores_by_name, profile="standard"):
    """Returns (normalised score, best theta) for one profile."""
    a_tp, a_fp, a_fn = PROFILES[profile]
    ev = []
    nwin = 0
    for name, (ts, values, wins) in corpus.items():
        s = np.asarray(scores_by_name[name], dtype=np.float64)
        ev.extend(_events(s, wins, len(values), a_fp, a_fn))
        nwin += len(wins)
    ev = np.array(ev)
    order = np.argsort(-ev[:, 0], kind="stable")
    sc, de = ev[order, 0], ev[order, 1]
    cum = np.cumsum(de)
    # only positions where the next score differs are valid thresholds
    valid = np.append(sc[1:] != sc[:-1], True)
    base = -a_fn * nwin
    totals = base + cum[valid]
    thetas = sc[valid]
    k = int(np.argmax(totals))
    best, theta = (totals[k], thetas[k]) if totals[k] > base else (base, 1.1)
    s_null, s_perf = -a_fn * nwin, a_tp * nwin
    return 100.0 * (best - s_null) / (s_perf - s_null), float(theta)


def score_all(corpus, scores_by_name):
    return {p: score_corpus(corpus, scores_by_name, p) for p in PROFILES}
