"""Text lines: damage repair, pinyin and noise removal, furniture, punctuation, script."""
