"""A record becomes table rows: article, speaker and target rows, dedup signatures, the facts ledger."""
