"""Scores the detector prototype on the NAB dev corpus with the tuning scorer (nab_score.py).

Run: OMP_NUM_THREADS=1 /usr/bin/python3 evaluate.py MODEL_DIR [--reference FILE.csv OUT.csv] [--ablate]
"""
import argparse
import json

import numpy as np
import torch

import detector
import nab_score
import train


def load(model_dir):
    """Returns the encoder of the trained predictor in model_dir/model.pt."""
    m = train.NextValue()
    m.load_state_dict(torch.load(f"{model_dir}/model.pt"))
    return train.StateEncoder(m).eval()


def run_file(encoder, x):
    return detector.scores(x, detector.all_distances(encoder, x, train.W), components=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--reference", nargs=2, metavar=("NAB_FILE", "OUT_CSV"))
    ap.add_argument("--ablate", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = load(args.model_dir)
    corpus = nab_score.load_corpus()
    res = {k: run_file(model, v[1]) for k, v in corpus.items()}
    print(json.dumps({p: round(s, 2) for p, (s, _) in nab_score.score_all(
        corpus, {k: r[0] for k, r in res.items()}).items()}))
    if args.ablate:
        ablate(corpus, res)
    if args.reference:
        write_reference(corpus, res, *args.reference)


def ablate(corpus, res):
    """Scores with single signals switched off (suppression recomputed)."""
    for name, keep in [("without the block-4 scale", (0, 2)), ("without the raw scale", (1, 2)),
                       ("LSTM state novelty only (without the range signal)", (0, 1)),
                       ("raw scale only", (0,)), ("range only", (2,))]:
        out = {k: suppress(r[1][:, list(keep)].max(axis=1)) for k, r in res.items()}
        sc = nab_score.score_all(corpus, out)
        print(name, json.dumps({p: round(s, 2) for p, (s, _) in sc.items()}))


def suppress(s):
    out, quiet = np.zeros(len(s)), 0
    for t, v in enumerate(s):
        if quiet > 0:
            quiet -= 1
        elif v >= detector.SUPPRESS_LEVEL:
            quiet, out[t] = detector.SUPPRESS_POINTS, v
        else:
            out[t] = v
    return out


def write_reference(corpus, res, name, path):
    """Writes timestamp,value,score for one NAB file, for the Java equivalence test."""
    ts, x, _ = corpus[name]
    s = res[name][0]
    near = np.abs(np.concatenate([s, res[name][1].ravel()]) - detector.SUPPRESS_LEVEL) < 1e-3
    assert not near.any(), "a score sits within 1e-3 of the suppression level"
    epoch = ts.astype("datetime64[s]").astype(np.int64)
    with open(path, "w") as f:
        f.write("epochSeconds,value,score\n")
        for e, v, sc in zip(epoch, x, s):
            f.write(f"{e},{v!r},{sc!r}\n")


if __name__ == "__main__":
    main()
