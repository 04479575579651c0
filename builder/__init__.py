"""zhaoshang-corpus builder: raw web captures in, a validated Parquet dataset out."""

from builder.run import compiled_patterns

__version__ = "0.15.0"

# Before any of the builder's modules compiles its patterns: a third of a parsing process's start (compiled_patterns).
compiled_patterns.install()
