"""Run by the Python of a separate virtual environment holding an older `datasets`:
`python tests/compat/load.py DIST [--script]`. Prints, per config, the row count, a digest of the
rows and the features, as JSON; with --script, also whether the loading script gives the same.
Imports nothing of the project: it sees only what a user of that `datasets` release sees.
"""

import hashlib
import json
import sys

import datasets
from datasets import load_dataset

CONFIGS = ["articles", "targets", "speakers", "duplicates", "people"]


def digest(dataset):
    rows = json.dumps(dataset.to_list(), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(rows.encode("utf-8")).hexdigest()


def main():
    folder, script = sys.argv[1], "--script" in sys.argv
    found = {"datasets": datasets.__version__, "configs": {}}
    for config in CONFIGS:
        yaml_path = load_dataset(folder, config, split="train")
        entry = {"rows": yaml_path.num_rows, "digest": digest(yaml_path)}
        if script:
            loaded = load_dataset(f"{folder}/zhaoshang_loader.py", config, split="train", trust_remote_code=True)
            entry["script_same_features"] = loaded.features == yaml_path.features
            entry["script_same_rows"] = digest(loaded) == entry["digest"]
        found["configs"][config] = entry
    print(json.dumps(found))


if __name__ == "__main__":
    main()
