"""The behavioural suite: capability and invariance cases for every field (CheckList, Ribeiro et al. 2020)."""
