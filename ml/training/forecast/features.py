"""Feature builder for the load forecaster; the Java class ForecastFeatures mirrors it exactly.

Every feature is a ratio of integer request counts (exact in float64 whatever the summation
order) computed with one final division, then rounded to float32, so Java and Python produce the
same bits for integer traces.
"""
import numpy as np
import pandas as pd

HORIZONS = (1, 5, 15)
LEVEL = 60          # minutes averaged for the level every feature and target is relative to
DAY = 1440
WINDOW = DAY + LEVEL  # history minutes a row needs, the current minute included
ZERO_FILL_UP_TO = 60  # absent runs up to this many minutes are quiet minutes, longer ones gaps

FEATURES = [
    "lag0", "lag1", "lag2", "lag3", "lag4",
    "mean5", "mean15", "max15", "min15", "prevHourMean",
    "dayAgo1", "dayAgo5", "dayAgo15", "dayAgoHourMean", "dayAgoNext15Mean",
    "hourOfDay", "dayOfWeek",
]


def load_minutes(path, ts_col="minute", value_col="count"):
    """Returns (start timestamp, float64 per-minute counts with NaN in long gaps)."""
    df = pd.read_csv(path)
    ts = pd.to_datetime(df[ts_col])
    start = ts.iloc[0]
    idx = ((ts - start) // pd.Timedelta(minutes=1)).to_numpy()
    y = np.full(idx[-1] + 1, np.nan)
    y[idx] = df[value_col].to_numpy(dtype=np.float64)
    absent = np.isnan(y)
    # runs of absent minutes
    i = 0
    n = len(y)
    while i < n:
        if absent[i]:
            j = i
            while j < n and absent[j]:
                j += 1
            if j - i <= ZERO_FILL_UP_TO:
                y[i:j] = 0.0
            i = j
        else:
            i += 1
    return start, y


class Sums:
    """Window sums over [a, b] inclusive; NaN when any minute in the window is missing."""

    def __init__(self, y):
        known = ~np.isnan(y)
        self.cs = np.concatenate([[0.0], np.cumsum(np.where(known, y, 0.0))])
        self.cm = np.concatenate([[0], np.cumsum(~known)])

    def window(self, a, b):
        a = np.asarray(a)
        b = np.asarray(b)
        ok = (a >= 0) & (b < len(self.cs) - 1)
        ac = np.clip(a, 0, len(self.cs) - 2)
        bc = np.clip(b, 0, len(self.cs) - 2)
        s = self.cs[bc + 1] - self.cs[ac]
        missing = self.cm[bc + 1] - self.cm[ac]
        return np.where(ok & (missing == 0), s, np.nan)


def at(y, i):
    i = np.asarray(i)
    ok = (i >= 0) & (i < len(y))
    return np.where(ok, y[np.clip(i, 0, len(y) - 1)], np.nan)


def build(start, y, t):
    """Returns (features float32 [n, F], s60 float64 [n]) for last-observed minutes t."""
    t = np.asarray(t)
    sums = Sums(y)
    s60 = sums.window(t - 59, t)
    cols = []
    for k in range(5):
        cols.append(at(y, t - k) * 60 / s60)
    cols.append(sums.window(t - 4, t) * 60 / (5 * s60))
    cols.append(sums.window(t - 14, t) * 60 / (15 * s60))
    last15 = np.stack([at(y, t - k) for k in range(15)])
    cols.append(last15.max(axis=0) * 60 / s60)
    cols.append(last15.min(axis=0) * 60 / s60)
    cols.append(sums.window(t - 119, t - 60) / s60)
    for h in HORIZONS:
        cols.append(at(y, t + h - DAY) * 60 / s60)
    cols.append(sums.window(t - DAY - 59, t - DAY) / s60)
    cols.append(sums.window(t - DAY + 1, t - DAY + 15) * 60 / (15 * s60))
    local = start + pd.to_timedelta(t, unit="min")
    minute_of_day = (local.hour * 60 + local.minute).to_numpy()
    cols.append(minute_of_day / 60.0)
    cols.append(local.dayofweek.to_numpy().astype(np.float64))
    x = np.stack(cols, axis=1)
    with np.errstate(invalid="ignore"):
        return x.astype(np.float32), s60


def history_known(y, t):
    """Rows whose last hour is known: the forecaster predicts there (0 if the hour was silent)."""
    return ~np.isnan(Sums(y).window(np.asarray(t) - 59, t))


def history_ok(y, t):
    """Rows whose last hour is known and not all zero (the level is defined): training rows."""
    s60 = Sums(y).window(np.asarray(t) - 59, t)
    return ~np.isnan(s60) & (s60 > 0)
