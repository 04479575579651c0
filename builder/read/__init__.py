"""Reading inputs: files, folders, manifests and WARC records become captures (bytes, encoding, text)."""
