"""One module per schema revision, oldest first: 0001 is the schema of 2026-11-25 (2d4543a)."""
