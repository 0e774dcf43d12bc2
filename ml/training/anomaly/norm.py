"""Online normalisation shared by training and the detector prototype (mirrored in Java)."""
import numpy as np

ALPHA_MIN = 0.002  # exponential weighting after the first 500 points (cumulative before)
REL_FLOOR = 1e-3  # std is at least this fraction of |mean|
ABS_FLOOR = 1e-6  # and at least this
CLIP = 10.0  # normalised values are clipped to +-CLIP


def online_stats(x):
    """Returns (mean, std) arrays where entry t summarises x[0..t-1] (entry 0 is (0, 1))."""
    n = len(x)
    means, stds = np.zeros(n), np.ones(n)
    mean, var, count = 0.0, 0.0, 0
    for t in range(n):
        if count > 0:
            means[t] = mean
            stds[t] = max(np.sqrt(var), REL_FLOOR * abs(mean), ABS_FLOOR)
        v = x[t]
        count += 1
        a = max(1.0 / count, ALPHA_MIN)
        d = v - mean
        mean += a * d
        var = (1.0 - a) * (var + a * d * d)
    return means, stds


def windows(x, means, stds, w, positions):
    """Normalised inputs [len(positions), w] (x[t-w..t-1] by stats at t) and targets x[t]."""
    idx = positions[:, None] + np.arange(-w, 0)[None, :]
    m, s = means[positions][:, None], stds[positions][:, None]
    inp = np.clip((x[idx] - m) / s, -CLIP, CLIP)
    tgt = np.clip((x[positions] - means[positions]) / stds[positions], -CLIP, CLIP)
    return inp.astype(np.float32), tgt.astype(np.float32)
