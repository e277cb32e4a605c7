#!/usr/bin/python3
"""Reference values for evaluate-holdout's metrics, computed by scikit-learn.

Run with Debian's python3 (scikit-learn 1.2.1):
    /usr/bin/python3 test/reference/evaluate/make_reference.py > test/reference/evaluate/metrics.json
The tests read the committed JSON and need no Python.

Where scikit-learn >= 1.3 changed an edge case, the newer behaviour is
written here (and documented in docs/evaluate-holdout.md):
- roc_auc with one class in y_true: NaN with a warning (1.2.1 raises).
- log_loss clips at float64 machine epsilon and does not renormalise rows.
"""
import json
import math
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M

warnings.simplefilter("ignore")
rng = np.random.default_rng(20240521)


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def binary_case(name, y, s, threshold=0.5, pred=None):
    y = np.asarray(y, dtype=int)
    s = np.asarray(s, dtype=float)
    p = (s >= threshold).astype(int) if pred is None else np.asarray(pred, dtype=int)
    kw = dict(zero_division=0)
    expected = {
        "accuracy": M.accuracy_score(y, p),
        "balanced_accuracy": M.balanced_accuracy_score(y, p),
        "precision": M.precision_score(y, p, **kw),
        "recall": M.recall_score(y, p, **kw),
        "f1": M.f1_score(y, p, **kw),
        "mcc": M.matthews_corrcoef(y, p),
        "average_precision": M.average_precision_score(y, s),
        "log_loss": M.log_loss(y, np.clip(s, np.finfo(float).eps, 1 - np.finfo(float).eps), labels=[0, 1]),
        "brier": M.brier_score_loss(y, s, pos_label=1),
    }
    try:
        expected["roc_auc"] = M.roc_auc_score(y, s)
    except ValueError:
        expected["roc_auc"] = float("nan")  # newer sklearn: NaN + UndefinedMetricWarning
    return {
        "name": name,
        "y_true": y.tolist(),
        "y_pred": p.tolist(),
        "score": s.tolist(),
        "expected": {k: num(v) for k, v in expected.items()},
        "confusion": M.confusion_matrix(y, p, labels=[0, 1]).tolist(),
    }


def multiclass_case(name, y, proba, pred=None):
    y = np.asarray(y, dtype=int)
    proba = np.asarray(proba, dtype=float)
    k = proba.shape[1]
    p = proba.argmax(axis=1) if pred is None else np.asarray(pred, dtype=int)
    kw = dict(zero_division=0)
    expected = {"accuracy": M.accuracy_score(y, p), "balanced_accuracy": M.balanced_accuracy_score(y, p)}
    for avg in ("macro", "micro", "weighted"):
        expected[f"precision_{avg}"] = M.precision_score(y, p, average=avg, **kw)
        expected[f"recall_{avg}"] = M.recall_score(y, p, average=avg, **kw)
        expected[f"f1_{avg}"] = M.f1_score(y, p, average=avg, **kw)
    expected["mcc"] = M.matthews_corrcoef(y, p)
    present = sorted(set(y.tolist()))
    if len(present) == k:
        expected["roc_auc_ovr"] = M.roc_auc_score(y, proba, multi_class="ovr", average="macro")
        expected["roc_auc_ovr_weighted"] = M.roc_auc_score(y, proba, multi_class="ovr", average="weighted")
    else:
        # sklearn refuses probability columns for classes absent from y_true; the
        # action averages the one-vs-rest AUC over the classes present (documented).
        aucs = [M.roc_auc_score((y == c).astype(int), proba[:, c]) for c in present]
        weights = [(y == c).sum() for c in present]
        expected["roc_auc_ovr"] = float(np.mean(aucs))
        expected["roc_auc_ovr_weighted"] = float(np.average(aucs, weights=weights))
    expected["log_loss"] = M.log_loss(y, proba, labels=list(range(k)))
    report = M.classification_report(y, p, output_dict=True, zero_division=0)
    per_class = {
        key: {"precision": v["precision"], "recall": v["recall"], "f1": v["f1-score"], "support": v["support"]}
        for key, v in report.items()
        if key.isdigit()
    }
    return {
        "name": name,
        "k": k,
        "y_true": y.tolist(),
        "y_pred": p.tolist(),
        "proba": proba.reshape(-1).tolist(),
        "expected": {key: num(v) for key, v in expected.items()},
        "labels": sorted(set(y.tolist()) | set(p.tolist())),
        "confusion": M.confusion_matrix(y, p).tolist(),
        "per_class": per_class,
    }


def regression_case(name, y, p):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    expected = {
        "mse": M.mean_squared_error(y, p),
        "rmse": M.mean_squared_error(y, p, squared=False),
        "mae": M.mean_absolute_error(y, p),
        "r2": M.r2_score(y, p),
        "mape": M.mean_absolute_percentage_error(y, p),
        "median_absolute_error": M.median_absolute_error(y, p),
        "explained_variance": M.explained_variance_score(y, p),
        "max_error": M.max_error(y, p),
    }
    return {"name": name, "y_true": y.tolist(), "y_pred": p.tolist(), "expected": {k: num(v) for k, v in expected.items()}}


def dirichlet(n, k, ties=False):
    proba = rng.dirichlet(np.ones(k), size=n)
    if ties:
        proba = np.round(proba, 1)
        proba[:, -1] = 1 - proba[:, :-1].sum(axis=1)
        proba = np.clip(proba, 0, 1)
        proba = proba / proba.sum(axis=1, keepdims=True)
    return proba


def main():
    binary = []
    n = 500
    y = rng.integers(0, 2, n)
    s = np.clip(0.3 * y + 0.7 * rng.random(n), 0, 1)
    binary.append(binary_case("random", y, s))
    binary.append(binary_case("random threshold 0.3", y, s, threshold=0.3))
    binary.append(binary_case("ties (two decimals)", y, np.round(s, 1)))
    binary.append(binary_case("all scores tied", y, np.full(n, 0.5)))
    binary.append(binary_case("perfect separation", [0, 0, 0, 1, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.8, 0.9]))
    binary.append(binary_case("inverted ranking", [0, 0, 0, 1, 1, 1], [0.9, 0.8, 0.7, 0.3, 0.2, 0.1]))
    binary.append(binary_case("scores exactly 0 and 1 (clipped log loss)", [0, 1, 1, 0, 1], [0.0, 1.0, 0.0, 1.0, 0.5]))
    binary.append(binary_case("no predicted positives (zero_division)", [0, 1, 0, 1, 0], [0.1, 0.2, 0.3, 0.4, 0.2]))
    binary.append(binary_case("single class: all negative", [0, 0, 0, 0], [0.1, 0.6, 0.3, 0.2]))
    binary.append(binary_case("single class: all positive", [1, 1, 1], [0.9, 0.4, 0.8]))
    y2 = rng.integers(0, 2, 20000)
    s2 = np.round(np.clip(0.2 * y2 + 0.8 * rng.random(20000), 0, 1), 3)
    binary.append(binary_case("20000 rows, 3-decimal ties", y2, s2))
    y3 = (rng.random(3000) < 0.05).astype(int)
    binary.append(binary_case("imbalanced 5%", y3, np.clip(0.4 * y3 + 0.6 * rng.random(3000), 0, 1)))

    multiclass = []
    y = rng.integers(0, 3, 600)
    proba = dirichlet(600, 3)
    proba[np.arange(600), y] += 0.6
    proba = proba / proba.sum(axis=1, keepdims=True)
    multiclass.append(multiclass_case("3 classes", y, proba))
    yt = rng.integers(0, 4, 400)
    pt = dirichlet(400, 4, ties=True)
    multiclass.append(multiclass_case("4 classes with tied probabilities", yt, pt))
    # One class is never predicted: its precision is 0 by zero_division.
    yz = rng.integers(0, 4, 300)
    pz = dirichlet(300, 4)
    pz[:, 3] *= 0.01
    pz = pz / pz.sum(axis=1, keepdims=True)
    multiclass.append(multiclass_case("class never predicted (zero_division)", yz, pz))
    multiclass.append(multiclass_case("perfect 3 classes", [0, 1, 2, 0, 1, 2], np.eye(3)[[0, 1, 2, 0, 1, 2]]))
    # A class the model knows (and predicts) that the holdout never has: balanced
    # accuracy ignores it (sklearn warns), precision for it is 0.
    ya = rng.integers(0, 3, 200)
    pa = dirichlet(200, 4)
    pa[np.arange(200), ya] += 0.3
    pa = pa / pa.sum(axis=1, keepdims=True)
    multiclass.append(multiclass_case("predicted class absent from y_true", ya, pa))

    regression = []
    y = rng.normal(50, 10, 400)
    regression.append(regression_case("random", y, y + rng.normal(0, 3, 400)))
    regression.append(regression_case("even count median", [1, 2, 3, 4], [1.5, 2.5, 2.0, 6.0]))
    regression.append(regression_case("constant y, perfect", [3, 3, 3], [3, 3, 3]))
    regression.append(regression_case("constant y, imperfect", [3, 3, 3], [3, 4, 3]))
    regression.append(regression_case("zeros in y (mape eps)", [0.0, 1.0, -2.0, 0.0], [0.1, 1.0, -1.5, 0.0]))
    regression.append(regression_case("perfect", [1.5, -2.0, 7.0], [1.5, -2.0, 7.0]))

    json.dump(
        {
            "generator": "test/reference/evaluate/make_reference.py",
            "sklearn": sklearn.__version__,
            "numpy": np.__version__,
            "binary": binary,
            "multiclass": multiclass,
            "regression": regression,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


main()
