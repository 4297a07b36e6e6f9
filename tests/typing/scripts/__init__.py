"""User scripts that must type-check under mypy --strict and pyright strict, but for one marked line."""
