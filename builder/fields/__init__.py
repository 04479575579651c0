"""One module per field family, each taking clean text and returning typed values."""
