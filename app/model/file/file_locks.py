"""The kernel's open-file-description locks (`F_OFD_SETLK`) on one byte of a file.

They belong to the open file, not to the process: closing another descriptor of the same
file (as SQLite does) keeps them, and they end with their descriptor or process, however
it ends. The byte lies far past any a database locks or a file could grow to, so they never
meet SQLite's own locks, and they stay byte-range locks on network file systems, where
`flock` is emulated with a whole-file lock.
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct

_LOCKED_BYTE = 1 << 62
_FLOCK = "@hhqqixxxx"  # struct flock: type, whence, start, length, pid (0 for OFD), padding


def _request(kind: int) -> bytes:
    return struct.pack(_FLOCK, kind, os.SEEK_SET, _LOCKED_BYTE, 1, 0)


def try_lock(descriptor: int) -> bool:
    """Take the lock (the descriptor open for writing) without waiting; False if another
    open file holds it, in this process or any other."""
    try:
        fcntl.fcntl(descriptor, fcntl.F_OFD_SETLK, _request(fcntl.F_WRLCK))
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def is_locked(descriptor: int) -> bool:
    """Whether another open file holds the lock (asked without taking it, so a descriptor
    open only for reading will do)."""
    answer = fcntl.fcntl(descriptor, fcntl.F_OFD_GETLK, _request(fcntl.F_WRLCK))
    kind: int = struct.unpack(_FLOCK, answer)[0]
    return kind != fcntl.F_UNLCK
