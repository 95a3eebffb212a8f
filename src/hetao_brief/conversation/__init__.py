"""The transport-free conversation layer: events in, replies out (see `conversation`)."""
