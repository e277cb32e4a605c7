#!/usr/bin/python3
"""Reference values for the drift statistics, made with Debian's scipy 1.10.

Run by hand (the tests only read the JSON it writes):

    /usr/bin/python3 test/reference/drift/make_reference.py

Writes reference.json beside this file: the inputs of every case and what
scipy (and, for the drift tests, Evidently's definitions re-stated below with
pandas/numpy/scipy) returns for them.
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial import distance

warnings.simplefilter("ignore")
assert scipy.__version__.startswith("1.10"), scipy.__version__

rng = np.random.RandomState(20240521)


def arr(x, decimals=6):
    """Rounded so the JSON text round-trips to the very same doubles."""
    return [float(v) for v in np.round(np.asarray(x, dtype=float), decimals)]


def num(v):
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v


# ---------------------------------------------------------------- samples
pairs = {}


def pair(name, x, y, decimals=6):
    pairs[name] = {"x": arr(x, decimals), "y": arr(y, decimals)}


pair("normal_small", rng.normal(0, 1, 15), rng.normal(0.5, 1, 12))
pair("normal_equal_n", rng.normal(0, 1, 40), rng.normal(0.3, 1, 40))
pair("normal_mid", rng.normal(0, 1, 300), rng.normal(0.1, 1.2, 250))
pair("normal_1000", rng.normal(5, 2, 1000), rng.normal(5.2, 2, 1000))
pair("shifted_large", rng.normal(0, 1, 3000), rng.normal(0.05, 1, 4000))
pair("ties_integers", rng.randint(0, 6, 80), rng.randint(0, 7, 95), 0)
pair("discrete_three", rng.choice([1, 2, 3], 200, p=[0.5, 0.3, 0.2]), rng.choice([1, 2, 3], 150, p=[0.4, 0.3, 0.3]), 0)
pair("binary", rng.randint(0, 2, 60), rng.binomial(1, 0.7, 70), 0)
pair("tiny_exact", rng.normal(0, 1, 6), rng.normal(1, 1, 7))
pair("tiny_equal", rng.normal(0, 1, 8), rng.normal(0.2, 1, 8))
pair("cvm_exact_20", rng.normal(0, 1, 20), rng.normal(0.4, 1, 17))
pair("identical", np.arange(30), np.arange(30), 0)
pair("uniform_vs_normal", rng.uniform(-2, 2, 500), rng.normal(0, 1, 520))
pair("heavy_tail", rng.standard_t(2, 700), rng.standard_t(3, 650), 4)
pair("far_apart", rng.normal(0, 1, 50), rng.normal(3, 1, 60))
pair("asymp_ks", rng.normal(0, 1, 12000), rng.normal(0.02, 1, 10500), 3)
pair("asymp_ks_drift", rng.normal(0, 1, 11000), rng.normal(0.2, 1, 9000), 3)
pair("wide_range", rng.lognormal(0, 2, 400), rng.lognormal(0.3, 2, 380))
pair("const_vs_varying", np.full(50, 3.0), rng.normal(3, 1, 50))
pair("ties_mannw_small", [1, 2, 2, 3, 5], [2, 3, 4, 4, 6, 7], 0)
pair("mannw_exact_8", rng.normal(0, 1, 8), rng.normal(0.8, 1, 30))

ks, wasserstein, energy, anderson, cvm, mannw, mannw_less, ttest = [], [], [], [], [], [], [], []
for name, p in pairs.items():
    x, y = np.array(p["x"]), np.array(p["y"])
    r = stats.ks_2samp(x, y)
    ks.append({"case": name, "statistic": num(r.statistic), "pvalue": num(r.pvalue)})
    wasserstein.append({"case": name, "value": num(stats.wasserstein_distance(x, y))})
    energy.append({"case": name, "value": num(stats.energy_distance(x, y))})
    if len(np.unique(np.concatenate([x, y]))) > 1:
        a = stats.anderson_ksamp([x, y])
        anderson.append({"case": name, "statistic": num(a.statistic), "pvalue": num(a.significance_level)})
    c = stats.cramervonmises_2samp(x, y)
    cvm.append({"case": name, "statistic": num(c.statistic), "pvalue": num(c.pvalue)})
    m = stats.mannwhitneyu(x, y)
    mannw.append({"case": name, "statistic": num(m.statistic), "pvalue": num(m.pvalue)})
    ml = stats.mannwhitneyu(x, y, alternative="less")
    mannw_less.append({"case": name, "statistic": num(ml.statistic), "pvalue": num(ml.pvalue)})
    t = stats.ttest_ind(x, y)
    ttest.append({"case": name, "statistic": num(t.statistic), "pvalue": num(t.pvalue)})

# Pairs of the same size chosen to exercise the exact KS paths (n1 == n2 and n1 != n2, large h).
ks_extra = []
for n1, n2, shift in [(100, 100, 0.3), (500, 500, 0.1), (37, 91, 0.5), (1000, 999, 0.05), (5000, 7000, 0.03), (10000, 10000, 0.01), (3, 4, 2.0), (1, 1, 1.0), (2, 9, 0.0)]:
    x = np.round(rng.normal(0, 1, n1), 4)
    y = np.round(rng.normal(shift, 1, n2), 4)
    r = stats.ks_2samp(x, y)
    ks_extra.append({"x": arr(x, 4), "y": arr(y, 4), "statistic": num(r.statistic), "pvalue": num(r.pvalue)})

# ---------------------------------------------------------------- counts
count_cases = [
    ([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]),
    ([10, 20, 30], [20.0, 20.0, 20.0]),
    ([5, 0, 7, 3], [4.5, 1.5, 6.0, 3.0]),
    ([120, 80], [100.0, 100.0]),
    ([1000, 1013, 987, 1500], [1125.0, 1125.0, 1125.0, 1125.0]),
]
chisq, gtest = [], []
for obs, exp in count_cases:
    r = stats.chisquare(obs, exp)
    chisq.append({"observed": obs, "expected": exp, "statistic": num(r.statistic), "pvalue": num(r.pvalue)})
    g = stats.power_divergence(obs, exp, lambda_="log-likelihood")
    gtest.append({"observed": obs, "expected": exp, "statistic": num(g.statistic), "pvalue": num(g.pvalue)})

dist_cases = [
    ([0.1, 0.2, 0.7], [0.3, 0.3, 0.4]),
    ([1.0, 0.0], [0.5, 0.5]),
    ([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25]),
    ([5, 3, 2], [1, 1, 8]),
    ([1e-7, 0.5, 0.4999999], [0.2, 0.3, 0.5]),
]
js, kl = [], []
for p, q in dist_cases:
    js.append({"p": p, "q": q, "value": num(distance.jensenshannon(p, q))})
    kl.append({"p": p, "q": q, "value": num(stats.entropy(p, q))})

fisher = []
for table in [[[8, 2], [1, 5]], [[3, 1], [1, 3]], [[0, 5], [5, 0]], [[10, 10], [10, 10]], [[120, 80], [95, 105]], [[1, 9], [11, 3]], [[0, 0], [4, 5]], [[500, 480], [450, 530]], [[2, 7], [8, 2]], [[7, 0], [0, 0]]]:
    r = stats.fisher_exact(table)
    fisher.append({"table": table, "statistic": num(r[0]), "pvalue": num(r[1])})

kstwo = []
for n in [3, 10, 50, 140, 141, 500, 2000, 20000, 200000]:
    for x in [0.004, 0.01, 0.03, 0.06, 0.1, 0.2, 0.35, 0.5, 0.7]:
        kstwo.append({"n": n, "x": x, "sf": num(stats.kstwo.sf(x, n))})

# ---------------------------------------------------------------- Evidently's drift tests
# Re-stated from the definitions in evidently/legacy/calculations/stattests (not imported:
# Evidently is not installed here); inputs are the non-missing values of each column.


def keys_of(ref, cur):
    return list(set(ref.dropna().unique()) | set(cur.dropna().unique()))


def binned(ref, cur, feature_type, fill=True):
    if feature_type == "num" and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins="sturges")
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = keys_of(ref, cur)
        rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
        r = np.array([rd[k] / len(ref) for k in keys])
        c = np.array([cd[k] / len(cur) for k in keys])
    if fill:
        for a in (r, c):
            m = min(a[a != 0])
            np.place(a, a == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def counts_obs_exp(ref, cur):
    keys = keys_of(ref, cur)
    rd = {**dict.fromkeys(keys, 0), **dict(ref.value_counts())}
    cd = {**dict.fromkeys(keys, 0), **dict(cur.value_counts())}
    k = cur.shape[0] / ref.shape[0]
    return [cd[key] for key in keys], [rd[key] * k for key in keys]


def z_test(ref, cur):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return 1.0
    key = sorted(keys_of(ref, cur))[0]
    a = ref.apply(lambda v: 0 if v == key else 1)
    b = cur.apply(lambda v: 0 if v == key else 1)
    n1, n2 = len(a), len(b)
    p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
    P = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
    return 2 * (1 - stats.norm.cdf(np.abs(z)))


def hellinger(ref, cur, feature_type):
    keys = list(set(ref.unique()) | set(cur.unique()))
    if feature_type == "cat":
        r = (ref.value_counts() / len(ref)).to_dict()
        c = (cur.value_counts() / len(cur)).to_dict()
        h = sum(math.sqrt(r.get(k, 0) * c.get(k, 0)) for k in keys)
    else:
        bins = np.histogram_bin_edges(keys, bins="sturges")
        h1 = np.histogram(ref.to_numpy(), bins=bins, density=True)[0]
        h2 = np.histogram(cur.to_numpy(), bins=bins, density=True)[0]
        width = (max(bins) - min(bins)) / (len(bins) - 1)
        h = sum(math.sqrt(h1[i] * h2[i]) * width for i in range(len(h1)))
    return math.sqrt(1 - np.clip(h, 0, 1))


def fisher_test(ref, cur):
    cats = sorted(set(ref.unique().tolist() + cur.unique().tolist()), key=str)
    one = cats[0]
    zero = cats[1] if len(cats) > 1 else None
    table = [[int((cur == one).sum()), int((cur == zero).sum())], [int((ref == one).sum()), int((ref == zero).sum())]]
    return stats.fisher_exact(table)[1]


def evidently(test, ref, cur, ft):
    if test == "ks":
        return stats.ks_2samp(ref, cur)[1]
    if test == "chisquare":
        o, e = counts_obs_exp(ref, cur)
        return stats.chisquare(o, e)[1]
    if test == "g_test":
        o, e = counts_obs_exp(ref, cur)
        return stats.power_divergence(o, e, lambda_="log-likelihood")[1]
    if test == "z":
        return z_test(ref, cur)
    if test == "wasserstein":
        return stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
    if test == "jensenshannon":
        r, c = binned(ref, cur, ft)
        return distance.jensenshannon(r, c)
    if test == "psi":
        r, c = binned(ref, cur, ft)
        return np.sum((r - c) * np.log(r / c))
    if test == "kl_div":
        r, c = binned(ref, cur, ft)
        return stats.entropy(r, c)
    if test == "hellinger":
        return hellinger(ref, cur, ft)
    if test == "anderson":
        return stats.anderson_ksamp([ref.values, cur.values])[2]
    if test == "cramer_von_mises":
        return stats.cramervonmises_2samp(ref.to_numpy(), cur.to_numpy()).pvalue
    if test == "mannw":
        return stats.mannwhitneyu(x=ref, y=cur, alternative="less")[1]
    if test == "t_test":
        return stats.ttest_ind(ref, cur)[1]
    if test == "ed":
        return stats.energy_distance(ref, cur)
    if test == "fisher_exact":
        return fisher_test(ref, cur)
    raise ValueError(test)


def default_test(ref, cur, ft):
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if ft == "num":
            return ("chisquare" if n_values > 2 else "z") if n_values <= 5 else "ks"
        return "chisquare" if n_values > 2 else "z"
    if ft == "num":
        return "jensenshannon" if n_values <= 5 else "wasserstein"
    return "jensenshannon"


drift_columns = {}


def column(name, ref, cur, ft):
    drift_columns[name] = {"kind": ft, "reference": list(ref), "current": list(cur)}


column("num_small", arr(rng.normal(0, 1, 200)), arr(rng.normal(0.3, 1, 180)), "num")
column("num_large", arr(rng.normal(10, 3, 2500), 3), arr(rng.normal(10.5, 3, 2200), 3), "num")
column("num_large_few_values", arr(rng.randint(0, 15, 1500), 0), arr(rng.randint(0, 18, 1300), 0), "num")
column("num_three_values", arr(rng.choice([0, 1, 2], 300), 0), arr(rng.choice([0, 1, 2], 250, p=[0.2, 0.3, 0.5]), 0), "num")
column("num_two_values", arr(rng.choice([0, 1], 300), 0), arr(rng.choice([0, 1], 280, p=[0.3, 0.7]), 0), "num")
column("num_large_four_values", arr(rng.choice([1, 2, 3, 4], 1200), 0), arr(rng.choice([1, 2, 3, 4], 1100, p=[0.1, 0.2, 0.3, 0.4]), 0), "num")
column("num_constant_ref", [2.0] * 100, arr(rng.normal(2, 0.5, 90)), "num")
column("cat_small", list(rng.choice(["a", "b", "c", "d"], 300)), list(rng.choice(["a", "b", "c", "e"], 260)), "cat")
column("cat_large", list(rng.choice(list("abcdefghij"), 3000)), list(rng.choice(list("abcdefghijk"), 2800)), "cat")
column("cat_binary", list(rng.choice(["yes", "no"], 400)), list(rng.choice(["yes", "no"], 380, p=[0.6, 0.4])), "cat")
column("cat_single_same", ["x"] * 50, ["x"] * 40, "cat")

all_tests = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div", "hellinger", "anderson", "cramer_von_mises", "mannw", "t_test", "ed", "g_test", "fisher_exact"]
numeric_only = {"ks", "wasserstein", "anderson", "cramer_von_mises", "mannw", "t_test", "ed"}
drift = []
for name, col in drift_columns.items():
    ref = pd.Series(col["reference"])
    cur = pd.Series(col["current"])
    entry = {"column": name, "default": default_test(ref, cur, col["kind"]), "scores": {}}
    for test in all_tests:
        if test in numeric_only and col["kind"] != "num":
            continue
        if test == "fisher_exact" and len(set(ref) | set(cur)) > 2:
            continue
        if test == "anderson" and len(set(ref) | set(cur)) < 2:
            continue
        entry["scores"][test] = num(evidently(test, ref, cur, col["kind"]))
    drift.append(entry)

out = {
    "generator": f"scipy {scipy.__version__}, numpy {np.__version__}, pandas {pd.__version__}",
    "pairs": pairs,
    "ks_2samp": ks,
    "ks_2samp_extra": ks_extra,
    "kstwo_sf": kstwo,
    "wasserstein_distance": wasserstein,
    "energy_distance": energy,
    "anderson_ksamp": anderson,
    "cramervonmises_2samp": cvm,
    "mannwhitneyu": mannw,
    "mannwhitneyu_less": mannw_less,
    "ttest_ind": ttest,
    "chisquare": chisq,
    "power_divergence_loglik": gtest,
    "jensenshannon": js,
    "entropy": kl,
    "fisher_exact": fisher,
    "drift_columns": drift_columns,
    "drift": drift,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(f"wrote {path}")
