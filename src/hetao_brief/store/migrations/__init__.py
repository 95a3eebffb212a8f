"""Alembic's environment and revisions for the store's schema (see store/schema.py)."""
