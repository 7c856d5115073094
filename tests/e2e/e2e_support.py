"""Shared helpers of the end-to-end tests: run the real textanalyticsd.

The server prints one line when it is serving,
`textanalyticsd: serving N documents on HOST:PORT`; Server reads it to learn
the port, so no test sleeps or polls.
"""

import os
import re
import selectors
import signal
import subprocess
import tempfile
import time

READY_LINE = re.compile(r"^textanalyticsd: serving (\d+) documents on (\S+):(\d+)$")

# Seconds to wait for the ready line or for the process to exit.
STARTUP_SECONDS = 60
SHUTDOWN_SECONDS = 30

SEED_ID = "000-f2b4827ed7942156"
SEED_NAME = "documents/" + SEED_ID
SEED_FILE = "000_f2b4827ed7942156.txt"

# Small articles added to the seed in a corpus of several documents. One has
# a character outside the BMP, so UTF-16 and code point offsets differ.
EXTRA_DOCUMENTS = {
    "101 Harbour Bridge.txt": (
        "Harbour bridge reopens after repairs\n\n"
        "The harbour bridge reopened on Monday after six months of repairs. "
        "Engineers replaced the cables and resurfaced the deck.\n\n"
        "Traffic was light in the morning. By the evening rush, queues had "
        "returned to both approaches.\n"
    ),
    "102_festival.txt": (
        "Crowds gather for the river festival\n\n"
        "Thousands of visitors lined the river on Saturday for the annual "
        "festival \U0001F389 of boats and lights. Organisers said it was the "
        "busiest year since the festival began.\n\n"
        "Caf\u00e9 owners reported record sales. \u201cWe ran out of bread by "
        "noon,\u201d one said.\n"
    ),
}


class ServerError(Exception):
    pass


class Server:
    """The real server on `corpus_dir`, listening on a free local port."""

    def __init__(self, binary, corpus_dir, extra_flags=()):
        self._stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [binary, "--listen=127.0.0.1:0", "--corpus_dir=" + corpus_dir,
             *extra_flags],
            stdout=subprocess.PIPE, stderr=self._stderr)
        line = self._read_ready_line()
        match = READY_LINE.match(line)
        if not match:
            self.process.kill()
            self.process.wait()
            raise ServerError("unexpected first line %r; stderr: %s"
                              % (line, self.stderr()))
        self.document_count = int(match.group(1))
        self.address = "%s:%s" % (match.group(2), match.group(3))

    def _read_ready_line(self):
        """The first stdout line, or ServerError on exit or timeout."""
        data = b""
        deadline = time.monotonic() + STARTUP_SECONDS
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while b"\n" not in data:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    self.process.kill()
                    self.process.wait()
                    raise ServerError("no ready line within %d s" % STARTUP_SECONDS)
                chunk = os.read(self.process.stdout.fileno(), 4096)
                if not chunk:
                    code = self.process.wait()
                    raise ServerError("server exited with %d before serving: %s"
                                      % (code, self.stderr()))
                data += chunk
        return data.split(b"\n", 1)[0].decode("utf-8")

    def stderr(self):
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")

    def stop(self, sig=signal.SIGTERM):
        """Sends `sig` and returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout=SHUTDOWN_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise ServerError("server did not exit within %d s of signal %d"
                              % (SHUTDOWN_SECONDS, sig))
        self.process.stdout.close()
        return code

    def close(self):
        """Stops the server if it runs; for cleanup paths."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if not self.process.stdout.closed:
            self.process.stdout.close()
        self._stderr.close()


def make_corpus(source_dir, directory):
    """Writes the seed and EXTRA_DOCUMENTS into `directory`."""
    with open(os.path.join(source_dir, "seeds", SEED_FILE), "rb") as f:
        seed = f.read()
    with open(os.path.join(directory, SEED_FILE), "wb") as f:
        f.write(seed)
    for name, text in EXTRA_DOCUMENTS.items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(text)


def run_server_expecting_failure(binary, corpus_dir):
    """Runs the server on a corpus it must refuse; returns (code, stdout, stderr)."""
    result = subprocess.run(
        [binary, "--listen=127.0.0.1:0", "--corpus_dir=" + corpus_dir],
        capture_output=True, timeout=STARTUP_SECONDS)
    return (result.returncode, result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"))
