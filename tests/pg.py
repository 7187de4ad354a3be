"""A real PostgreSQL server for the tests, started from Debian's binaries in a temporary folder.

``initdb`` into a fresh folder, the server listening on 127.0.0.1 only (a free port) with its
unix socket inside the folder, password authentication over TCP, and fsync off (the data is
thrown away). As root (CI), the server runs as the unprivileged ``postgres`` user, since
PostgreSQL refuses to run as root. Missing binaries fail the tests with what to install:
they never skip.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

USER = "warta"
PASSWORD = "warta-test-pw"
MISSING = ("PostgreSQL server binaries (initdb, postgres) not found on PATH nor under "
           "/usr/lib/postgresql/*/bin: run `make system-deps` (as root it installs Debian's "
           "postgresql package; otherwise it says what to install)")


class PostgresMissing(RuntimeError):
    pass


def find_bin(name: str) -> str:
    """``name`` from PostgreSQL's bin folder: the newest under /usr/lib/postgresql, or PATH."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    if candidates:
        return candidates[-1]
    found = shutil.which(name)
    if found:
        return found
    raise PostgresMissing(MISSING)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One throwaway server; :meth:`database` makes a new empty database and returns its URL."""

    def __init__(self) -> None:
        self.initdb, self.postgres = find_bin("initdb"), find_bin("postgres")
        self.root = Path(tempfile.mkdtemp(prefix="warta-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._count = 0
        self._as: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self._as = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresMissing("running as root, and there is no `postgres` user to run "
                                      "the server as: " + MISSING) from None
            os.chown(self.root, self._as.pw_uid, self._as.pw_gid)
        os.chmod(self.root, 0o755)

    def _demote(self) -> None:
        if self._as is not None:
            os.setgid(self._as.pw_gid)
            os.setgroups([])
            os.setuid(self._as.pw_uid)

    def start(self) -> PostgresServer:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as is not None:
            os.chown(pwfile, self._as.pw_uid, self._as.pw_gid)
        env = {**os.environ, "LC_ALL": "C"}
        done = subprocess.run(
            [self.initdb, "-D", str(self.data), "-U", USER, f"--pwfile={pwfile}", "-E", "UTF8",
             "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "-N"],
            capture_output=True, text=True, preexec_fn=self._demote, env=env, check=False,
            cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed ({done.returncode}): {done.stderr.strip()}")
        self.log = self.root / "server.log"
        for _attempt in range(5):  # another program may take the free port first
            if self._launch(env):
                return self
            self.port = _free_port()
        raise RuntimeError("postgres could not bind a port: " + self.log.read_text()[-2000:])

    def _launch(self, env: dict[str, str]) -> bool:
        """Start the server and wait until it accepts connections; False when its port was
        taken."""
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [self.postgres, "-D", str(self.data), "-h", "127.0.0.1", "-p", str(self.port),
                 "-k", str(self.root), "-c", "fsync=off", "-c", "synchronous_commit=off",
                 "-c", "full_page_writes=off", "-c", "max_connections=100"],
                stdout=log, stderr=subprocess.STDOUT, preexec_fn=self._demote, env=env,
                cwd=self.root)
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                text = self.log.read_text()
                if "could not bind" in text or "already in use" in text:
                    return False
                raise RuntimeError("postgres exited at start: " + text[-2000:])
            try:
                with psycopg.connect(self.dsn("postgres"), connect_timeout=2):
                    return True
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError("postgres did not accept connections within 60 s: "
                                       + self.log.read_text()[-2000:]) from None
                time.sleep(0.1)

    def dsn(self, dbname: str) -> str:
        return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{dbname}"

    def database(self, prefix: str = "t") -> str:
        """A new, empty database; its URL (``postgresql://user:password@127.0.0.1:port/name``)."""
        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)
