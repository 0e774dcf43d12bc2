"""Numpy prototype of the streaming anomaly detector; the Java LstmAnomalyDetector mirrors it.

Per point t, using only that point and the ones before it:
  1. for each block size b in BLOCKS, the LSTM encoder reads the means of the last WINDOW blocks
     of b points (t included), normalised online with the statistics of the points before t, and
     gives its last hidden state, a learned embedding of the latest context at that time scale;
     the distance of that state to its nearest earlier state of the same scale (at least
     EXCLUSION and at most LOOK_BACK points back; rms over the state's values) feeds an anomaly
     likelihood (recent mean distance against the long-run distribution): a context the LSTM has
     not seen in this series before is novel;
  2. a value beyond the range seen so far by SPATIAL_TOL of that range scores 1;
  3. the score is the largest of these, and a score >= SUPPRESS_LEVEL silences the next
     SUPPRESS_POINTS points (the benchmark credits only the first detection of an anomaly).
"""
import math

import numpy as np
import torch

import norm

# Global settings, the same for every series. WARM, LONG, SHORT, BLOCKS, SPATIAL_TOL, SUPPRESS_LEVEL
# and SUPPRESS_POINTS were chosen by looking at the NAB dev scores (see README.md).
WARM = 300  # points before any signal is scored (normalisation statistics settle first)
LONG = 4000  # points of signal history behind the likelihood
MIN_HISTORY = 50  # signal values needed before the likelihood is non-zero
SHORT = 10  # recent state distances averaged
BLOCKS = (1, 4)  # time scales: the encoder reads the raw points and the means of blocks of 4
EXCLUSION = 32  # a matching earlier state ends at least this many points back
LOOK_BACK = 3000  # and at most this many
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


def encoder_states(encoder, x, w, block):
    """States h[t] for t >= w * block - 1 (zero before) of the means of the w blocks of `block`
    points ending at t, normalised by the statistics of the points before t, in batches."""
    means, stds = norm.online_stats(x)
    span = w * block
    pos = np.arange(span - 1, len(x))
    idx = pos[:, None] + np.arange(-span + 1, 1)[None, :]
    v = x[idx].reshape(len(pos), w, block).mean(axis=2)
    m, s = means[pos][:, None], stds[pos][:, None]
    inp = np.clip((v - m) / s, -norm.CLIP, norm.CLIP).astype(np.float32)
    with torch.no_grad():
        first = encoder(torch.from_numpy(inp[:1, :, None]))
        out = np.zeros((len(x), first.shape[1]))
        for b in range(0, len(pos), 4096):
            batch = torch.from_numpy(inp[b : b + 4096, :, None])
            out[pos[b : b + 4096]] = encoder(batch).numpy().astype(np.float64)
    return out


def state_distances(h, first):
    """Nearest-earlier-state distance (rms over the state's values) for every t >= WARM; h[t]
    exists for t >= first."""
    out = np.full(len(h), np.nan)
    for t in range(WARM, len(h)):
        lo, hi = max(first, t - LOOK_BACK), t - EXCLUSION
        d = h[lo : hi + 1] - h[t][None, :]
        out[t] = math.sqrt(np.einsum("ij,ij->i", d, d).min() / h.shape[1])
    return out


def all_distances(encoder, x, w):
    """state_distances for every block size of BLOCKS, as a [len(x), len(BLOCKS)] array."""
    return np.stack([state_distances(encoder_states(encoder, x, w, b), w * b - 1)
                     for b in BLOCKS], axis=1)


def scores(x, dist, components=False):
    """Scores of every point of x given the precomputed causal state distances (all_distances);
    components are the novelty of each scale, then the range signal."""
    n, k = len(x), dist.shape[1]
    out, comp = np.zeros(n), np.zeros((n, k + 1))
    novelty = [Likelihood(SHORT) for _ in range(k)]
    lo = hi = x[0]
    quiet = 0
    for t in range(n):
        a, c = [0.0] * k, 0.0
        if t >= WARM:
            a = [lik.update(d) for lik, d in zip(novelty, dist[t])]
            span = hi - lo
            if span > 0 and (x[t] > hi + SPATIAL_TOL * span or x[t] < lo - SPATIAL_TOL * span):
                c = 1.0
        lo, hi = min(lo, x[t]), max(hi, x[t])
        s = max(max(a), c)
        comp[t] = a + [c]
        if quiet > 0:
            quiet -= 1
            s = 0.0
        elif s >= SUPPRESS_LEVEL:
            quiet = SUPPRESS_POINTS
        out[t] = s
    return (out, comp) if components else out
