#!/usr/bin/env python3
"""One-off merge of the per-article extraction files (seeds/parts/S*.json) into the seed files.

Kept in the repository so the provenance of seeds/*.json is clear; after the merge the seed
files are the curated data set and are edited directly.
Organizations are merged by id (the first article that names one, in publication order, gives
its record); ids that two articles both used for different records get the source as suffix.
"""
import collections, json, pathlib

seeds = pathlib.Path(__file__).resolve().parent.parent / "seeds"
order = ["S4", "S3", "S0", "S1", "S2"]  # publication order: late 2022 .. March 2024
parts = {s: json.loads((seeds / "parts" / f"{s}.json").read_text(encoding="utf-8")) for s in order}

# Decisions where articles' extractions disagree on an organization.
org_overrides = {
    "avatar-ai": {"region": "US"},
    "adobe": {"kind": "big-tech"},
    "hugging-face": {"kind": "startup"},
    "nvidia": {"nameEn": "NVIDIA"},
}

orgs = {}
for s in order:
    for o in parts[s]["organizations"]:
        if o["id"] not in orgs:
            orgs[o["id"]] = dict(o, **org_overrides.get(o["id"], {}))

def merged(array):
    rows = [r for s in order for r in parts[s][array]]
    counts = collections.Counter(r["id"] for r in rows)
    for r in rows:
        if counts[r["id"]] > 1:
            r["id"] = f'{r["id"]}-{r["source"].lower()}'
    return rows

def write(name, data):
    (seeds / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

write("organizations.json", sorted(orgs.values(), key=lambda o: o["id"]))
write("events.json", sorted(merged("events"), key=lambda e: (e["date"], e["id"])))
write("funding-rounds.json", sorted(merged("fundingRounds"), key=lambda r: (r["date"], r["id"])))
# Market figures (no organization) that describe one country's market get that region.
market_region = {
    "m-chinese-dialogue-tech-lag": "CN", "m-consumer-aigc-tools-monthly-fee": "CN", "m-hk-deepfake-fraud-amount": "HK",
    "m-ai-course-price-range": "CN", "m-ai-course-promo-income-claim": "CN",
    "m-ai-resurrection-listing-prices": "CN", "m-ai-resurrection-10-yuan-listing": "CN",
}
metrics = merged("metrics")
for m in metrics:
    region = market_region.get(m["id"]) or ("CN" if m["orgId"] is None and m["id"].startswith(("m-cn-", "m-china-")) else None)
    m["region"] = region
write("metrics.json", metrics)
write("placements.json", merged("placements"))
