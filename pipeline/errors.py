"""The library raises these; only the CLI turns them into messages and exit codes."""


class DeenError(Exception):
    """Base of every error deen reports to a user."""


class InputError(DeenError):
    """An input file or folder cannot be used (unreadable, binary, empty, too large, bad JSON)."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ModelError(DeenError):
    """A translation model is missing, incomplete or fails verification."""


class ConfigError(DeenError):
    """Settings or thresholds are invalid; the message lists every problem found."""


class CheckError(DeenError):
    """A check crashed on one unit; names the check and the unit."""

    def __init__(self, check: str, unit: str, cause: BaseException):
        self.check = check
        self.unit = unit
        self.cause = cause
        super().__init__(f"check {check!r} failed on {unit}: {type(cause).__name__}: {cause}")
