"""Persistence: SQLAlchemy 2 tables, the engine for SQLite or PostgreSQL, repositories."""
