"""Numpy prototype of the streaming anomaly detector; the Java LstmAnomalyDetector mirrors it.

Per point, using only that point and the ones before it:
  1. the LSTM predicts the point from the previous WINDOW online-normalised points; the absolute
     error feeds an anomaly likelihood (recent mean error against the long-run error distribution);
  2. a left matrix-profile distance (how far the latest SUBSEQ points are from their nearest
     earlier match in the last HISTORY points, in units of the series' std) feeds a second likelihood;
  3. a value beyond the range seen so far by SPATIAL_TOL of that range scores 1;
  4. the score is the largest of the three, and a score >= SUPPRESS_LEVEL silences the next
     SUPPRESS_POINTS points (the benchmark credits only the first detection of an anomaly).
"""
import math

import numpy as np
import torch

import norm

# Global settings, the same for every series. WARM, LONG, LSTM_SHORT, SPATIAL_TOL, SUPPRESS_LEVEL and
# SUPPRESS_POINTS were chosen by looking at the NAB dev scores (see README.md).
WARM = 300  # points before any signal is scored (normalisation statistics settle first)
LONG = 4000  # points of signal history behind each likelihood
MIN_HISTORY = 50  # signal values needed before a likelihood is non-zero
LSTM_SHORT = 10  # recent LSTM errors averaged
MP_SHORT = 1  # recent matrix-profile distances averaged
SUBSEQ = 32  # matrix-profile subsequence length
HISTORY = 3000  # how far back the matrix profile looks for a match
MP_CLIP = 10.0  # matrix-profile distances are clipped to this (std units)
SPATIAL_TOL = 0.02
SUPPRESS_LEVEL = 0.4
SUPPRESS_POINTS = 100
TAIL_FLOOR = 1e-10  # a tail probability of this scores 1


def tail_score(z):
    """Maps a z-score to [0, 1]: 0 at or below 0, then the log of the two-sided Gaussian tail
    probability, reaching 1 at a tail of TAIL_FLOOR."""
    if z <= 0.0:
        return 0.0
    q = math.erfc(z / math.sqrt(2.0))
    return min(1.0, max(0.0, math.log(q + TAIL_FLOOR) / math.log(TAIL_FLOOR)))


class Likelihood:
    """How unusual the mean of the last `short` values is against the last `long` values."""

    def __init__(self, short):
        self.ring = np.zeros(LONG)
        self.recent = np.zeros(short)
        self.count = 0
        self.s1 = self.s2 = self.r = 0.0

    def update(self, e):
        short = len(self.recent)
        k = self.count
        if k >= short:
            self.r -= self.recent[k % short]
        self.recent[k % short] = e
        self.r += e
        out = 0.0
        if k >= MIN_HISTORY:
            m = min(k, LONG)
            mu = self.s1 / m
            sd = max(math.sqrt(max(self.s2 / m - mu * mu, 0.0)), 1e-3 * mu, 1e-6)
            out = tail_score((self.r / min(k + 1, short) - mu) / sd)
        if k >= LONG:
            old = self.ring[k % LONG]
            self.s1 -= old
            self.s2 -= old * old
        self.ring[k % LONG] = e
        self.s1 += e
        self.s2 += e * e
        self.count += 1
        return out


def lstm_predictions(model, x, w):
    """Normalised LSTM predictions p[t] for t >= w (NaN before), computed in batches."""
    means, stds = norm.online_stats(x)
    pos = np.arange(w, len(x))
    inp, _ = norm.windows(x, means, stds, w, pos)
    out = np.full(len(x), np.nan)
    with torch.no_grad():
        for b in range(0, len(pos), 4096):
            batch = torch.from_numpy(inp[b : b + 4096, :, None])
            out[pos[b : b + 4096]] = model(batch)[:, 0].numpy().astype(np.float64)
    return out, means, stds


def mp_distance(x, t, std):
    """Left matrix-profile distance of the subsequence ending at t, in std units (rms per point)."""
    a = x[t - SUBSEQ + 1 : t + 1]
    lo, hi = max(SUBSEQ - 1, t - HISTORY), t - SUBSEQ
    best = math.inf
    for j in range(lo, hi + 1):
        d = x[j - SUBSEQ + 1 : j + 1] - a
        best = min(best, float(np.dot(d, d)))
    return math.sqrt(best / SUBSEQ) / std


def mp_distances(x, stds):
    """mp_distance for every t >= WARM, vectorised (same sums as mp_distance up to rounding)."""
    out = np.full(len(x), np.nan)
    for t in range(WARM, len(x)):
        lo, hi = max(SUBSEQ - 1, t - HISTORY), t - SUBSEQ
        idx = np.arange(lo, hi + 1)[:, None] + np.arange(-SUBSEQ + 1, 1)[None, :]
        d = x[idx] - x[t - SUBSEQ + 1 : t + 1][None, :]
        out[t] = math.sqrt(np.einsum("ij,ij->i", d, d).min() / SUBSEQ) / stds[t]
    return out


def scores(x, pred, means, stds, mpd, components=False):
    """Scores of every point of x given the precomputed causal predictions and distances."""
    n = len(x)
    out, comp = np.zeros(n), np.zeros((n, 3))
    lstm, mp = Likelihood(LSTM_SHORT), Likelihood(MP_SHORT)
    lo = hi = x[0]
    quiet = 0
    for t in range(n):
        a = b = c = 0.0
        if t >= WARM:
            z = min(max((x[t] - means[t]) / stds[t], -norm.CLIP), norm.CLIP)
            a = lstm.update(abs(z - pred[t]))
            b = mp.update(min(mpd[t], MP_CLIP))
            span = hi - lo
            if span > 0 and (x[t] > hi + SPATIAL_TOL * span or x[t] < lo - SPATIAL_TOL * span):
                c = 1.0
        lo, hi = min(lo, x[t]), max(hi, x[t])
        s = max(a, b, c)
        comp[t] = (a, b, c)
        if quiet > 0:
            quiet -= 1
            s = 0.0
        elif s >= SUPPRESS_LEVEL:
            quiet = SUPPRESS_POINTS
        out[t] = s
    return (out, comp) if components else out
