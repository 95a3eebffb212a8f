"""The Telegram adapter: python-telegram-bot updates in, conversation replies out."""

import os

# Opt in to PTB 23's time periods as timedelta now: PTB 22 otherwise warns on every 429
# (`RetryAfter` reads its own deprecated attribute), and our code already expects timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "1")
