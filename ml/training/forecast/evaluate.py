"""Metrics shared by training and the record of reference predictions; mirrored by Java's
ForecastEvaluation: RMSE over all rows, MAPE over the rows whose actual is above zero."""
import numpy as np

from features import DAY, HORIZONS


def table(y, t, model_pred):
    """model_pred: dict horizon -> forecasts for rows t (NaN where none). Returns list of dicts."""
    rows = []
    for h in HORIZONS:
        actual = y[t + h]
        persistence = y[t]
        seasonal = np.where(t + h - DAY >= 0, y[np.clip(t + h - DAY, 0, None)], np.nan)
        model = model_pred[h]
        keep = (~np.isnan(actual) & ~np.isnan(persistence) & ~np.isnan(seasonal)
                & ~np.isnan(model))
        row = {"horizon": h, "rows": int(keep.sum())}
        a = actual[keep]
        pos = a > 0
        row["mapeRows"] = int(pos.sum())
        for name, p in (("model", model), ("persistence", persistence),
                        ("seasonalNaive", seasonal)):
            e = p[keep] - a
            row[name] = {"rmse": float(np.sqrt(np.mean(e * e))),
                         "mape": float(np.mean(np.abs(e[pos]) / a[pos]) * 100)}
        best = min(row["persistence"]["rmse"], row["seasonalNaive"]["rmse"])
        row["improvementPercent"] = float((1 - row["model"]["rmse"] / best) * 100)
        rows.append(row)
    return rows


def print_table(rows):
    print(f"{'h':>3} {'rows':>6} {'model RMSE':>10} {'MAPE':>7} {'pers RMSE':>10} {'MAPE':>7}"
          f" {'snaive RMSE':>11} {'MAPE':>7} {'improv':>7}")
    for r in rows:
        print(f"{r['horizon']:>3} {r['rows']:>6} {r['model']['rmse']:>10.3f}"
              f" {r['model']['mape']:>6.1f}% {r['persistence']['rmse']:>10.3f}"
              f" {r['persistence']['mape']:>6.1f}% {r['seasonalNaive']['rmse']:>11.3f}"
              f" {r['seasonalNaive']['mape']:>6.1f}% {r['improvementPercent']:>6.1f}%")
