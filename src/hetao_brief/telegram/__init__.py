"""The Telegram adapter: python-telegram-bot updates in, conversation replies out."""
