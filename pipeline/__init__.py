"""deen: German→English translation, mistranslation checks, corrections and review reports."""

__version__ = "0.1.0"
