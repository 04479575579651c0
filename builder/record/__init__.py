"""The contract: the pydantic models of a record, every schema derived from them, and migrations."""
