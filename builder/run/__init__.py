"""Running a build: the per-capture pipeline, the local and Ray engines, the incremental cache."""
