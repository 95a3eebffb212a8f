"""Hetao Brief: briefings on the Hetao Shenzhen-Hong Kong Science and Technology Innovation
Cooperation Zone, from news articles to facts to answers and digests."""

__version__ = "0.1.0"
