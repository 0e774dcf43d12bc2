"""Training series for the anomaly LSTM: public traces plus seeded synthetic series. No NAB data."""
import os

import numpy as np
import pandas as pd

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
NASA = os.path.join(ROOT, "examples/src/main/resources/io/devopssim/examples/nasa",
                    "nasa_http_1995_requests_per_minute.csv")
AZURE = os.path.join(ROOT, "data/traces/azure_llm_inference_trace_code_2023.csv")


def nasa_series():
    """NASA KSC requests per minute (absent minutes are zero), split at the two outages, at 1/5/15 min."""
    df = pd.read_csv(NASA)
    t = pd.to_datetime(df["minute"])
    full = pd.Series(df["count"].to_numpy(float), index=t).resample("1min").sum()
    pieces = [full[:"1995-07-28 13:32"], full["1995-08-01 00:00":"1995-08-01 14:51"],
              full["1995-08-03 04:37":]]
    out = []
    for p in pieces:
        for rule in ("1min", "5min", "15min"):
            v = p.resample(rule).sum().to_numpy(float)
            if len(v) > 500:
                out.append(v)
    return out


def azure_series():
    """Azure LLM trace: request counts and mean context tokens per 1 s and 10 s."""
    df = pd.read_csv(AZURE)
    t = pd.to_datetime(df["TIMESTAMP"])
    s = pd.Series(1.0, index=t)
    tok = pd.Series(df["ContextTokens"].to_numpy(float), index=t)
    out = []
    for rule in ("1s", "10s"):
        out.append(s.resample(rule).sum().to_numpy(float))
        out.append(tok.resample(rule).mean().ffill().fillna(0).to_numpy(float))
    return out


def synthetic_series(rng, count, length=4000):
    """Sums of seasonality, noise, random walks, level shifts, flat runs, square waves and spikes."""
    out = []
    for _ in range(count):
        t = np.arange(length, dtype=float)
        period = rng.choice([24, 48, 60, 96, 144, 288])
        x = rng.normal(0, 5) * np.ones(length)
        kind = rng.integers(0, 4)
        amp = rng.lognormal(0, 1)
        phase = rng.uniform(0, 2 * np.pi)
        if kind == 0:
            x += amp * np.sin(2 * np.pi * t / period + phase)
        elif kind == 1:
            x += amp * np.sign(np.sin(2 * np.pi * t / period + phase))
        elif kind == 2:
            x += amp * ((t / period + phase) % 1.0)
        if rng.random() < 0.3:
            x += rng.lognormal(-1, 1) * np.sin(2 * np.pi * t / (7 * period))
        if rng.random() < 0.4:
            x += np.cumsum(rng.normal(0, rng.lognormal(-3, 1), length))
        x += rng.normal(0, rng.lognormal(-2, 1.2), length)
        if rng.random() < 0.3:
            x += rng.standard_t(3, length) * rng.lognormal(-2.5, 1)
        for _ in range(rng.poisson(1.0)):
            at = rng.integers(0, length)
            x[at:] += rng.normal(0, 2 * amp)
        for _ in range(rng.poisson(1.0)):
            at, w = rng.integers(0, length), rng.integers(1, 4)
            x[at : at + w] += rng.normal(0, 5 * amp)
        if rng.random() < 0.15:
            at, w = rng.integers(0, length), rng.integers(50, 500)
            x[at : at + w] = x[at]
        if rng.random() < 0.3:
            x = np.maximum(x, np.quantile(x, rng.uniform(0, 0.3)))
        if rng.random() < 0.2:
            x = np.round(x * rng.choice([1, 10, 100])) / 10
        x = x * rng.lognormal(0, 2) + rng.normal(0, 100)
        out.append(x)
    for _ in range(max(1, count // 20)):
        out.append(np.full(length, rng.normal(0, 50)))
    return out
