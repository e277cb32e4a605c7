#!/usr/bin/python3
"""Regenerates the bundled churn example: data, a trained scikit-learn model
and its predictions. Run by hand with Debian's python3-sklearn:

    /usr/bin/python3 examples/churn/make_example.py

Everything is seeded, so the files only change when this script does.
"""
import json
import os
import sys

import joblib
import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_calls", "age"]
CATEGORICAL = ["contract", "payment_method", "region", "has_partner"]


def customers(rng, n, start_id, charges_shift=0.0, contract_p=(0.55, 0.25, 0.20)):
    tenure = rng.integers(1, 73, n)
    monthly = np.round(rng.normal(65 + charges_shift, 20, n).clip(18, 130), 2)
    total = np.round(tenure * monthly * rng.uniform(0.9, 1.1, n), 2)
    calls = rng.poisson(1.5, n)
    age = rng.integers(18, 80, n)
    contract = rng.choice(["month-to-month", "one-year", "two-year"], n, p=contract_p)
    payment = rng.choice(["card", "bank-transfer", "electronic-check", "mailed-check"], n, p=[0.3, 0.25, 0.3, 0.15])
    region = rng.choice(["north", "south", "east", "west", "central"], n)
    partner = rng.choice(["yes", "no"], n)
    logit = (
        -1.2
        - 0.04 * tenure
        + 0.025 * (monthly - 65)
        + 0.45 * calls
        + np.where(contract == "month-to-month", 1.3, np.where(contract == "one-year", 0.0, -1.0))
        + np.where(payment == "electronic-check", 0.6, 0.0)
        + np.where(partner == "yes", -0.3, 0.0)
    )
    churned = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype(int)
    frame = pd.DataFrame(
        {
            "customer_id": [f"C{start_id + i:05d}" for i in range(n)],
            "tenure_months": tenure,
            "monthly_charges": monthly,
            "total_charges": total,
            "support_calls": calls,
            "age": age,
            "contract": contract,
            "payment_method": payment,
            "region": region,
            "has_partner": partner,
            "churned": churned,
        }
    )
    return frame


def pipeline(numeric, categorical, c=1.0):
    return Pipeline(
        [
            (
                "prepare",
                ColumnTransformer(
                    [("num", StandardScaler(), numeric), ("cat", OneHotEncoder(handle_unknown="ignore"), categorical)]
                ),
            ),
            ("classify", LogisticRegression(C=c, max_iter=1000)),
        ]
    )


def predictions(model, frame, features):
    proba = model.predict_proba(frame[features])[:, 1]
    return pd.DataFrame(
        {"customer_id": frame["customer_id"], "prediction": (proba >= 0.5).astype(int), "proba_1": np.round(proba, 6)}
    )


def main():
    rng = np.random.default_rng(20261121)
    train = customers(rng, 2000, 0)
    holdout = customers(rng, 600, 10000)
    # Today's data: prices went up and more customers are on monthly contracts.
    current = customers(rng, 1000, 20000, charges_shift=12.0, contract_p=(0.70, 0.18, 0.12)).drop(columns=["churned"])

    features = NUMERIC + CATEGORICAL
    candidate = pipeline(NUMERIC, CATEGORICAL).fit(train[features], train["churned"])
    # The champion now in production: an older model that never saw payment method or support calls.
    old_numeric = ["tenure_months", "monthly_charges", "total_charges", "age"]
    old_categorical = ["contract", "region", "has_partner"]
    champion = pipeline(old_numeric, old_categorical).fit(train[features], train["churned"])

    train.to_csv(os.path.join(HERE, "data", "train.csv"), index=False)
    holdout.to_csv(os.path.join(HERE, "data", "holdout.csv"), index=False)
    current.to_csv(os.path.join(HERE, "data", "current.csv"), index=False)
    predictions(candidate, holdout, features).to_csv(os.path.join(HERE, "predictions", "candidate.csv"), index=False)
    predictions(champion, holdout, features).to_csv(os.path.join(HERE, "predictions", "champion.csv"), index=False)

    joblib.dump(candidate, os.path.join(HERE, "model", "model.joblib"))
    with open(os.path.join(HERE, "model", "requirements.txt"), "w") as f:
        # pandas too: the ColumnTransformer selects columns by name, so the server must pass a DataFrame.
        f.write(
            f"scikit-learn=={sklearn.__version__}\njoblib=={joblib.__version__}\n"
            f"numpy=={np.__version__}\npandas=={pd.__version__}\n"
        )
    with open(os.path.join(HERE, "model", "input_example.json"), "w") as f:
        json.dump({"columns": features, "data": holdout[features].head(3).values.tolist()}, f, default=str)
        f.write("\n")
    print(f"wrote example with scikit-learn {sklearn.__version__}, python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
