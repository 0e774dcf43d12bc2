"""Trains the load forecaster (one XGBoost booster per horizon) and writes model.onnx + model.json.

Usage: see README.md in this folder.
"""
import argparse
import json
import os
import time

import numpy as np
import pandas as pd
import xgboost as xgb

import evaluate
import export_onnx
from features import (DAY, FEATURES, HORIZONS, LEVEL, WINDOW, build, history_known, history_ok,
                      load_minutes)

SEED = 42
TAIL_DAYS = 14
VALIDATION_DAYS = 7
PARAMS = {
    "objective": "reg:squarederror",
    "eta": 0.05,
    "max_depth": 6,
    "min_child_weight": 20,
    "subsample": 0.8,
    "colsample_bytree": 0.9,
    "lambda": 1.0,
    "tree_method": "hist",
    "nthread": 1,
    "seed": SEED,
    "base_score": 1.0,
}
ROUNDS = 600
EARLY_STOPPING = 40


def rows_with_targets(y, t):
    ok = history_ok(y, t)
    for h in HORIZONS:
        ok &= ~np.isnan(y[np.clip(t + h, 0, len(y) - 1)]) & (t + h < len(y))
    return t[ok]


def targets(y, t, s60, h):
    return y[t + h] * 60 / s60


def train_one(x_tr, y_tr, w_tr, x_va, y_va, w_va):
    dtr = xgb.DMatrix(x_tr, label=y_tr, weight=w_tr, missing=np.nan, feature_names=FEATURES)
    dva = xgb.DMatrix(x_va, label=y_va, weight=w_va, missing=np.nan, feature_names=FEATURES)
    booster = xgb.train(PARAMS, dtr, ROUNDS, evals=[(dva, "validation")],
                        early_stopping_rounds=EARLY_STOPPING, verbose_eval=False)
    best = booster.best_iteration + 1
    return booster[:best], best


def predict(boosters, x, s60):
    out = {}
    d = xgb.DMatrix(x, missing=np.nan, feature_names=FEATURES)
    for h, b in zip(HORIZONS, boosters):
        p = b.predict(d)
        out[h] = np.where(s60 > 0, np.maximum(p.astype(np.float64), 0.0) * s60 / 60, 0.0)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trace", required=True)
    ap.add_argument("--out", required=True, help="folder for model.onnx and model.json")
    ap.add_argument("--reference-stretch", nargs=2, metavar=("TRACE_OUT", "PREDICTIONS_OUT"),
                    help="write a stretch of the trace and the pipeline's forecasts on it")
    ap.add_argument("--weight", default="level2", choices=["none", "level", "level2"])
    args = ap.parse_args()
    np.seterr(all="ignore")
    started = time.time()

    start, y = load_minutes(args.trace)
    n = len(y)
    tail_start = n - TAIL_DAYS * DAY
    val_start = tail_start - VALIDATION_DAYS * DAY
    t_all = np.arange(LEVEL - 1, n - max(HORIZONS))
    t_all = t_all[history_known(y, t_all)]
    t_fit = rows_with_targets(y, t_all)
    t_tr = t_fit[t_fit + max(HORIZONS) < val_start]
    t_va = t_fit[(t_fit >= val_start) & (t_fit + max(HORIZONS) < tail_start)]
    t_te = t_all[t_all >= tail_start]

    x_tr, s_tr = build(start, y, t_tr)
    x_va, s_va = build(start, y, t_va)
    x_te, s_te = build(start, y, t_te)
    power = {"none": 0, "level": 1, "level2": 2}[args.weight]
    # mean 1, so that min_child_weight counts rows of average weight
    w_tr, w_va = (s_tr / 60) ** power, (s_va / 60) ** power
    w_tr, w_va = w_tr / w_tr.mean(), w_va / w_va.mean()

    boosters, rounds = [], []
    for h in HORIZONS:
        b, best = train_one(x_tr, targets(y, t_tr, s_tr, h), w_tr,
                            x_va, targets(y, t_va, s_va, h), w_va)
        boosters.append(b)
        rounds.append(best)
    train_seconds = time.time() - started

    val_table = evaluate.table(y, t_va, predict(boosters, x_va, s_va))
    tail_table = evaluate.table(y, t_te, predict(boosters, x_te, s_te))
    print("validation (early-stopping) week:")
    evaluate.print_table(val_table)
    print("held-out tail, last %d days:" % TAIL_DAYS)
    evaluate.print_table(tail_table)
    print("rounds", rounds, "training seconds %.1f" % train_seconds)

    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "model.onnx")
    export_onnx.write(boosters, len(FEATURES), onnx_path)

    ts = lambda i: str(start + pd.Timedelta(minutes=int(i)))
    ref_rows = reference_rows(x_te)
    ref_out = np.stack([b.predict(xgb.DMatrix(x_te[ref_rows], missing=np.nan,
                                              feature_names=FEATURES)) for b in boosters], axis=1)
    meta = {
        "name": "load-forecaster",
        "version": "1.0.0",
        "description": "Gradient-boosted trees predicting requests per minute 1, 5 and 15 minutes"
                       " ahead, relative to the mean of the last hour (multiply back by it).",
        "trainedOn": "NASA Kennedy Space Center HTTP trace, July-August 1995, requests per minute"
                     " (ITA NASA-HTTP traces, aggregation by P. B. Guruge)",
        "input": {"name": "input", "shape": [-1, len(FEATURES)]},
        "output": {"name": "output", "shape": [-1, len(HORIZONS)]},
        "features": FEATURES,
        "window": WINDOW,
        "normalisation": {
            "horizons": list(HORIZONS),
            "levelMinutes": 60,
            "level": "mean requests per minute of the last 60 minutes, current one included;"
                     " every count feature and every output is relative to it",
            "output": "forecast = max(0, output) * level; forecast = 0 when the level is 0",
            "zeroFillUpToMinutes": 60,
            "gaps": "absent runs up to zeroFillUpToMinutes minutes are quiet minutes (0); longer"
                    " runs are missing; no forecast unless the last 60 minutes are known;"
                    " day-ago features may be missing (NaN)",
            "calendar": "hourOfDay = local minute of day / 60, dayOfWeek = 0 (Monday) .. 6, in the"
                        " trace's time zone",
        },
        "training": {
            "xgboostVersion": xgb.__version__,
            "seed": SEED,
            "nthread": 1,
            "params": PARAMS,
            "rounds": dict(zip([str(h) for h in HORIZONS], rounds)),
            "weight": args.weight,
            "split": {
                "train": f"last-observed minute {ts(t_tr[0])} .. {ts(t_tr[-1])} ({len(t_tr)} rows)",
                "earlyStopping": f"{ts(t_va[0])} .. {ts(t_va[-1])} ({len(t_va)} rows)",
                "heldOutTail": f"{ts(tail_start)} .. {ts(n - 1)} (last {TAIL_DAYS} days,"
                               " never used in training or early stopping)",
            },
            "trainingSeconds": round(train_seconds, 1),
            "heldOutTail": tail_table,
            "earlyStoppingWeek": val_table,
            "mape": "mean of |forecast - actual| / actual over rows whose actual is above 0",
        },
        "reference": {"inputs": [[float(v) for v in r] for r in x_te[ref_rows]],
                      "outputs": [[float(v) for v in r] for r in ref_out]},
    }
    with open(os.path.join(args.out, "model.json"), "w") as f:
        json.dump(meta, f, indent=2, allow_nan=False, default=str)
        f.write("\n")
    print("model.onnx %d bytes" % os.path.getsize(onnx_path))
    if args.reference_stretch:
        write_stretch(args.trace, boosters, *args.reference_stretch)


STRETCH = ("1995-08-01 00:00:00", "1995-08-05 12:00:00")


def write_stretch(trace, boosters, trace_out, predictions_out):
    """Copies a stretch with both outages' edges and records forecasts made from it alone."""
    df = pd.read_csv(trace)
    ts = pd.to_datetime(df["minute"])
    df[(ts >= STRETCH[0]) & (ts < STRETCH[1])].to_csv(trace_out, index=False)
    start, y = load_minutes(trace_out)
    t = np.arange(len(y))
    t = t[history_known(y, t)]
    x, s60 = build(start, y, t)
    d = xgb.DMatrix(x, missing=np.nan, feature_names=FEATURES)
    raw = np.stack([b.predict(d) for b in boosters], axis=1)
    out = pd.DataFrame({"minute": [str(start + pd.Timedelta(minutes=int(i))) for i in t]})
    for j, h in enumerate(HORIZONS):
        out[f"raw{h}"] = [repr(float(v)) for v in raw[:, j]]
    for j, h in enumerate(HORIZONS):
        out[f"forecast{h}"] = [repr(float(max(float(v), 0.0) * s / 60) if s > 0 else 0.0)
                               for v, s in zip(raw[:, j], s60)]
    out.to_csv(predictions_out, index=False)


def reference_rows(x):
    """Eight spread-out rows without missing features (JSON has no NaN)."""
    complete = np.where(~np.isnan(x).any(axis=1))[0]
    return [int(complete[i]) for i in np.linspace(0, len(complete) - 1, 8).astype(int)]


if __name__ == "__main__":
    main()
