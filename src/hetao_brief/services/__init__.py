"""The service layer: what the bot does, each use case one call that owns its unit of work.

The conversation calls these with plain values and gets plain values (or domain objects)
back; it never sees a database session."""
