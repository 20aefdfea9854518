"""One exception family for input and data errors; each message says what was wrong and what to do."""


class TrackerError(Exception):
    """Root of the tracker's errors: bad input or missing data, never a programming bug."""


class InputError(TrackerError, ValueError):
    """An input (a query, a file, an argument) is not usable as given."""


class GazetteerError(TrackerError):
    """The gazetteer index is missing, corrupt or cannot be built."""


class GeodataError(TrackerError):
    """A file in geodata/ is missing or malformed."""
