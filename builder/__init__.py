"""zhaoshang-corpus builder: raw web captures in, a validated Parquet dataset out."""

from builder.run import compiled_patterns, native

__version__ = "0.15.0"

# Before any of the builder's modules compiles its patterns: a third of a parsing process's start (compiled_patterns).
compiled_patterns.install()
# Before any of the compiled modules is imported: the parser's steps in C where they are up to date (native).
native.install()
