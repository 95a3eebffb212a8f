"""Everything that turns facts into what a reader sees: locale messages, HTML replies and
digests, Telegram-sized parts, and charts."""
