"""Exceptions the library raises; the CLI words them and maps them to exit codes."""


class WardError(Exception):
    """Base class. `exit_code` is what the CLI exits with."""

    exit_code = 2


class InputError(WardError):
    """A page that cannot be read or decoded. Ingest reports it and goes on."""

    exit_code = 1

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(WardError):
    """The store is missing, locked, damaged or of a newer schema."""

    exit_code = 2


class LockedError(StoreError):
    """Another writer holds the store lock and we were told not to wait."""


class NotFoundError(WardError):
    """A doc id, ward or official that the store does not hold."""

    exit_code = 2


class AmbiguousError(WardError):
    """A prefix or name that matches more than one thing."""

    exit_code = 2


class UsageError(WardError):
    exit_code = 2
