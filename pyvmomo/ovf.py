"""OVF and OVA deploy and export (``client.ovf``): a local package becomes a VM, and back.

The recipe is the one vSphere defines: ``OvfManager.CreateImportSpec`` turns
the descriptor into an import spec, ``ResourcePool.ImportVApp`` creates the
VM and an ``HttpNfcLease``, each disk goes up to the device URL the lease
names, and ``HttpNfcLeaseComplete`` ends it. The package is read by
``_package.py``: a ``.ovf`` with its files beside it, or an ``.ova`` read as a
tar archive in place.

Design decisions:
- Nothing is created from a package that cannot be deployed: a missing or
  unsafe file, a manifest that does not cover the files or whose digest of
  the descriptor differs, and the errors ``CreateImportSpec`` reports all
  raise ``OvfError`` before ``ImportVApp``. Its warnings are ``OvfWarning``
  (``warnings.warn``): servers warn about harmless sections often, and a
  caller can make them errors with a warnings filter.
- Once the lease exists, any failure or interrupt (``KeyboardInterrupt``
  included) sends ``HttpNfcLeaseAbort`` with the failure as its fault, then
  re-raises, so no half-imported VM is left looking complete.
- Disks go to the device URL matching their ``deviceId`` (``importKey``).
  Another host gets a pool of its own, no session cookie, and is verified by
  the lease's ``sslThumbprint`` for that device (SHA-1, received over the
  verified session) when there is one; a ``*`` host is the client's own
  (``_transfers.py``). A file the server creates (``create``) goes by PUT
  with ``Overwrite: t``, a disk by POST as a stream-optimized VMDK.
- Manifest digests are checked as the bytes stream (``Package.chunks``),
  before the last chunk is sent, so a disk that does not match never reaches
  the server whole, and the lease is aborted.
- A disk upload is not sent again after a break: a broken NFC stream cannot
  be resumed, and the lease is aborted instead (deploy again).
- Export (``VirtualMachine.ExportVm``) downloads each disk the lease offers
  into the directory (``<file>.part`` renamed when whole), then asks
  ``OvfManager.CreateDescriptor`` for the descriptor of exactly those files
  and writes it with a SHA-256 manifest, so the result deploys again.
- ``HttpNfcLeaseProgress`` goes out from a timer thread every
  ``LEASE_PROGRESS_SECONDS`` and after each disk, so a slow upload never lets
  the lease time out (servers expire it after about five minutes of silence).
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _log
from ._errors import ArgumentError, OvfError, OvfWarning, PyvmomoError, ServerFault, TransferError
from ._package import Package, open_package
from ._streams import IDLE_TIMEOUT, Progress, ProgressCallback
from ._transfers import Upload

if TYPE_CHECKING:
    import os

    from .client import Client
    from .vim25 import Datastore, Folder, HostSystem, Network, ResourcePool, VirtualMachine

log = _log.Logger("pyvmomo.ovf")

LEASE_PROGRESS_SECONDS = 15.0  # between HttpNfcLeaseProgress calls while disks upload
LEASE_READY_SECONDS = 300.0  # how long a lease may stay "initializing"
_STREAM_VMDK = "application/x-vnd.vmware-streamVmdk"


class Ovf:
    """OVF and OVA packages: deploy them as virtual machines, export VMs. Reached as ``client.ovf``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def deploy(
        self,
        package: str | os.PathLike[str],
        *,
        name: str,
        datastore: Datastore | str,
        resource_pool: ResourcePool | str | None = None,
        folder: Folder | None = None,
        host: HostSystem | str | None = None,
        network_mapping: Mapping[str, Network | str] | None = None,
        properties: Mapping[str, str] | None = None,
        disk_provisioning: str | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> VirtualMachine:
        """Deploy a local ``.ovf`` (its files beside it) or ``.ova`` as the VM ``name``; return it.

        ``datastore``, ``host`` and ``resource_pool`` take a proxy or a name
        (``resource_pool`` may name a cluster or host, meaning its root pool;
        without it the pool of ``host``, or the one pool that reaches the
        datastore). ``folder`` defaults to the datacenter's VM folder.
        ``network_mapping`` maps the OVF's network names to networks (proxy or
        name); ``properties`` sets OVF property values by key;
        ``disk_provisioning`` is ``"thin"``, ``"thick"``... as in
        ``OvfCreateImportSpecParams``. ``on_progress(done, total)`` sees the
        bytes of all disks; ``progress=True`` shows one bar per disk.

        Raises ``OvfError`` before anything is created when the package or
        its import spec cannot be used; after that, any failure aborts the
        lease and is raised.
        """
        if not name:
            raise ArgumentError("deploy() needs name=, the new VM's name")
        manager = self._client.content.ovfManager
        if manager is None:
            raise ArgumentError("this endpoint has no OvfManager: deploy through a vCenter or ESXi host")
        with open_package(package) as pkg:
            descriptor = pkg.descriptor()
            pkg.check_files()
            _check_keys("network_mapping", network_mapping, pkg.networks(), "NetworkSection")
            _check_keys("properties", properties, pkg.property_keys(), "ProductSection")
            datastore_ref = self._find("Datastore", datastore, "datastore")
            host_ref = None if host is None else self._find("HostSystem", host, "host")
            pool = self._resource_pool(resource_pool, host_ref, datastore_ref)
            new = self._client.transport.registry.new
            params = new(
                "OvfCreateImportSpecParams",
                locale="",
                deploymentOption="",
                entityName=name,
                hostSystem=host_ref,
                networkMapping=[
                    new("OvfNetworkMapping", name=key, network=self._find("Network", value, "network"))
                    for key, value in (network_mapping or {}).items()
                ],
                propertyMapping=[
                    new("KeyValue", key=key, value=str(value)) for key, value in (properties or {}).items()
                ],
                diskProvisioning=disk_provisioning,
            )
            result = manager.CreateImportSpec(
                ovfDescriptor=descriptor, resourcePool=pool, datastore=datastore_ref, cisp=params
            )
            _check_spec(result, pkg)
            lease = pool.ImportVApp(spec=result.importSpec, folder=folder, host=host_ref)
            with _Aborting(lease, self._client):
                info = _wait_ready(self._client, lease)
                items = list(result.fileItem or [])
                _Uploader(self._client, lease, info, pkg, on_progress, progress, idle_timeout).run(items)
                lease.HttpNfcLeaseProgress(percent=100)
                lease.HttpNfcLeaseComplete()
            vm: VirtualMachine = info.entity
            log.info("deployed %s as %s", pkg.name, vm)
            return vm

    def export(
        self,
        vm: VirtualMachine,
        directory: str | os.PathLike[str],
        *,
        name: str | None = None,
        overwrite: bool = False,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> Path:
        """Export the powered-off ``vm`` as ``<name>.ovf``, its disks and a manifest; return the .ovf path.

        ``directory`` must exist; ``name`` defaults to the VM's name. The disks
        are downloaded from the lease's device URLs (verified like uploads),
        ``OvfManager.CreateDescriptor`` writes the descriptor for them, and
        ``<name>.mf`` holds their SHA-256 digests. Any failure aborts the lease;
        a disk downloaded only in part is removed. Files already there are
        kept, and the export refused, unless ``overwrite=True``.
        """
        folder = Path(directory)
        if not folder.is_dir():
            raise ArgumentError(f"export() writes into an existing directory: create {folder} first")
        name = name or vm.fetch("name")["name"]
        if not name or "/" in name or name.startswith("."):
            raise ArgumentError(f"{name!r} cannot name the exported files: pass name= a plain file name")
        manager = self._client.content.ovfManager
        if manager is None:
            raise ArgumentError("this endpoint has no OvfManager: export through a vCenter or ESXi host")
        _refuse_existing(folder, [f"{name}.ovf", f"{name}.mf"], overwrite)
        lease = vm.ExportVm()
        with _Aborting(lease, self._client):
            info = _wait_ready(self._client, lease)
            downloader = _Downloader(self._client, lease, info, folder, on_progress, progress, idle_timeout)
            _refuse_existing(folder, downloader.targets, overwrite)
            files = downloader.run()
            new = self._client.transport.registry.new
            params = new(
                "OvfCreateDescriptorParams",
                ovfFiles=[new("OvfFile", deviceId=f.key, path=f.path, size=f.size) for f in files],
                name=name,
            )
            result = manager.CreateDescriptor(obj=vm, cdp=params)
            if result.error:
                raise OvfError(
                    f"the server cannot describe {vm} as OVF: "
                    + "; ".join(_describe(e) for e in result.error),
                    errors=list(result.error),
                )
            for warning in result.warning or []:
                warnings.warn(f"{name}.ovf: {_describe(warning)}", OvfWarning, stacklevel=2)
            descriptor = result.ovfDescriptor.encode("utf-8")
            lines = [f"SHA256({f.path})= {f.sha256}\n" for f in files]
            lines.insert(0, f"SHA256({name}.ovf)= {hashlib.sha256(descriptor).hexdigest()}\n")
            (folder / f"{name}.ovf").write_bytes(descriptor)
            (folder / f"{name}.mf").write_text("".join(lines))
            lease.HttpNfcLeaseProgress(percent=100)
            lease.HttpNfcLeaseComplete()
        log.info("exported %s to %s", vm, folder / f"{name}.ovf")
        return folder / f"{name}.ovf"

    # -- finding things by name --------------------------------------------------------

    def _find(self, type_name: str, value: Any, what: str) -> Any:
        """A proxy given as itself or by name (names must be unique on the server)."""
        if not isinstance(value, str):
            return value
        cls = self._client.transport.registry.managed_class(type_name)
        assert cls is not None
        found = [row.obj for row in self._client.retrieve(cls, ["name"]) if row["name"] == value]
        if len(found) != 1:
            problem = "no" if not found else f"{len(found)}"
            raise ArgumentError(f"{problem} {what} named {value!r} on this server: pass the {what} object")
        return found[0]

    def _resource_pool(self, pool: ResourcePool | str | None, host: Any, datastore: Any) -> Any:
        if pool is not None and not isinstance(pool, str):
            return pool
        from .vim25 import ComputeResource, HostSystem, ResourcePool

        computes = {row.obj: row for row in self._client.retrieve(ComputeResource, ["name", "resourcePool"])}
        if isinstance(pool, str):
            roots = [row["resourcePool"] for row in computes.values() if row["name"] == pool]
            pools = [r.obj for r in self._client.retrieve(ResourcePool, ["name"]) if r["name"] == pool]
            found = list(dict.fromkeys(roots + pools))
            if len(found) != 1:
                problem = "no" if not found else f"{len(found)}"
                raise ArgumentError(
                    f"{problem} cluster, host or resource pool named {pool!r}: pass resource_pool= a "
                    "ResourcePool object"
                )
            return found[0]
        parents = {row.obj: row["parent"] for row in self._client.retrieve(HostSystem, ["parent"])}
        if host is not None:
            return computes[parents[host]]["resourcePool"]
        owners = {parents[mount.key] for mount in datastore.fetch("host")["host"] or []}
        if len(owners) != 1:
            names = ", ".join(sorted(computes[o]["name"] for o in owners))
            where = f"several clusters or hosts ({names})" if owners else "no host"
            raise ArgumentError(
                f"the datastore is reached from {where}: "
                "pass resource_pool= (a name or a ResourcePool) or host="
            )
        return computes[owners.pop()]["resourcePool"]


def _refuse_existing(folder: Path, names: list[str], overwrite: bool) -> None:
    there = [name for name in names if (folder / name).exists()]
    if there and not overwrite:
        raise ArgumentError(
            f"{', '.join(there)} already in {folder}: pass overwrite=True, another name= or another directory"
        )


def _check_keys(what: str, given: Mapping[str, object] | None, known: list[str], section: str) -> None:
    unknown = sorted(set(given or {}) - set(known))
    if unknown:
        listed = ", ".join(repr(k) for k in known) or "none"
        raise ArgumentError(
            f"{what} names {', '.join(map(repr, unknown))}, not in the OVF's {section} ({listed})"
        )


def _check_spec(result: Any, pkg: Package) -> None:
    """Raise CreateImportSpec's errors, warn its warnings, and check the package holds each file."""
    errors = list(result.error or [])
    if errors:
        raise OvfError(
            f"the server cannot import {pkg.name}: "
            + "; ".join(_describe(e) for e in errors)
            + " (fix the descriptor or the mapping passed to deploy())",
            errors=errors,
        )
    for warning in result.warning or []:
        warnings.warn(f"{pkg.name}: {_describe(warning)}", OvfWarning, stacklevel=4)
    if result.importSpec is None:
        raise OvfError(f"the server returned no import spec for {pkg.name}")
    for item in result.fileItem or []:
        pkg.size(item.path)  # raises OvfError for a file the package lacks
        if item.compressionMethod or item.chunkSize:
            raise OvfError(
                f"{pkg.name} holds {item.path} compressed ({item.compressionMethod or 'no'}) or in chunks "
                f"({item.chunkSize or 'no'}): deploy() sends files as they are; convert the package to "
                "plain files first"
            )


def _describe(fault: Any) -> str:
    inner = getattr(fault, "fault", None)
    message = getattr(fault, "localizedMessage", None) or ""
    return f"{type(inner).__name__}: {message}" if inner is not None else str(message or fault)


def _wait_ready(client: Client, lease: Any) -> Any:
    """The lease's info once it is ready; its own fault if it went to ``error``."""
    state = lease.fetch("state")["state"]
    if state == "initializing":
        with client.watch([lease], ["state"], timeout=LEASE_READY_SECONDS) as changes:
            for change in changes:
                state = change.value
                if state != "initializing":
                    break
    row = lease.fetch("state", "error", "info")
    if row["state"] == "error":
        fault = getattr(row["error"], "fault", None)
        if isinstance(fault, ServerFault):
            raise fault
        raise OvfError(f"the import lease failed: {_describe(row['error'])}")
    if row["state"] != "ready":
        raise OvfError(f"the import lease is {row['state']!r}, not ready, after {LEASE_READY_SECONDS:g} s")
    return row["info"]


class _Aborting:
    """Around the work done under a lease: any exception aborts it (with the failure as its fault)."""

    def __init__(self, lease: Any, client: Client) -> None:
        self._lease = lease
        self._client = client

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            return
        what = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"{type(exc).__name__}: {exc}"
        message = f"pyvmomo aborted the transfer: {what}"
        new = self._client.transport.registry.new
        fault = new(
            "LocalizedMethodFault", fault=new("SystemError", reason=message), localizedMessage=message
        )
        try:
            self._lease.HttpNfcLeaseAbort(fault=fault)
        except PyvmomoError as abort_failed:  # the original failure matters more; say both
            log.warning("could not abort lease %s after %s: %s", self._lease, what, abort_failed)
        else:
            log.info("aborted lease %s: %s", self._lease, what)


class _LeaseKeeper:
    """Tells the server the lease is alive: HttpNfcLeaseProgress every ``interval`` seconds."""

    def __init__(self, lease: Any, interval: float = LEASE_PROGRESS_SECONDS) -> None:
        self.percent = 0
        self._lease = lease
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pyvmomo-lease-progress", daemon=True)

    def __enter__(self) -> _LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def report(self) -> None:
        self._lease.HttpNfcLeaseProgress(percent=self.percent)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.report()
            except PyvmomoError as exc:  # the upload itself will fail if the lease is gone
                log.info("HttpNfcLeaseProgress on %s failed: %s", self._lease, exc)


class _Uploader:
    """Uploads each file item of the import spec to its device URL, checking manifest digests."""

    def __init__(
        self,
        client: Client,
        lease: Any,
        info: Any,
        pkg: Package,
        on_progress: ProgressCallback | None,
        progress: bool,
        idle_timeout: float,
    ) -> None:
        self._client = client
        self._lease = lease
        self._urls = {url.importKey: url for url in info.deviceUrl or []}
        self._pkg = pkg
        self._on_progress = on_progress
        self._bar = progress
        self._idle_timeout = idle_timeout
        self._done = 0
        self._total = 0

    def run(self, items: list[Any]) -> None:
        missing = [item.deviceId for item in items if item.deviceId not in self._urls]
        if missing:
            raise OvfError(
                f"the lease names no device URL for {', '.join(missing)}: the server cannot take them"
            )
        sizes = [self._pkg.size(item.path) for item in items]
        self._total = sum(sizes)
        with _LeaseKeeper(self._lease) as keeper:
            for item, size in zip(items, sizes, strict=True):
                self._upload(item, size, keeper)
                keeper.percent = self._percent()
                keeper.report()
        if self._on_progress is not None and not items:
            self._on_progress(0, 0)

    def _percent(self) -> int:
        return 100 if not self._total else min(99, self._done * 100 // self._total)

    def _upload(self, item: Any, size: int, keeper: _LeaseKeeper) -> None:
        device = self._urls[item.deviceId]
        base = self._done

        def overall(done: int, _total: int) -> None:
            self._done = base + done
            keeper.percent = self._percent()
            if self._on_progress is not None:
                self._on_progress(self._done, self._total)

        if item.create:
            headers = {"Content-Type": "application/octet-stream", "Overwrite": "t"}
        else:
            headers = {"Content-Type": _STREAM_VMDK}
        method = "PUT" if item.create else "POST"
        with (
            self._pkg.chunks(item.path) as chunks,
            Progress(f"uploading {item.path}", size, overall, self._bar) as shown,
        ):
            with self._client.transport.transfers.open(
                method,
                device.url,
                body=Upload(size, _counted(chunks, shown)),
                headers=headers,
                sha1_thumbprint=device.sslThumbprint or None,
                idle_timeout=self._idle_timeout,
            ) as reply:
                reply.read()
            if reply.status not in (200, 201, 204):
                raise TransferError(
                    f"{method} of {item.path} to the import lease answered HTTP {reply.status}: "
                    "see the host's log (the lease was aborted)",
                    status=reply.status,
                )
        log.info("uploaded %s (%d bytes) to %s", item.path, size, device.importKey)


class _Exported(NamedTuple):
    key: str  # the device URL's key, the OvfFile deviceId
    path: str  # the file name in the directory
    size: int
    sha256: str


class _Downloader:
    """Downloads each disk an export lease offers into a directory, digesting it on the way."""

    def __init__(
        self,
        client: Client,
        lease: Any,
        info: Any,
        folder: Path,
        on_progress: ProgressCallback | None,
        progress: bool,
        idle_timeout: float,
    ) -> None:
        self._client = client
        self._lease = lease
        self._urls = [url for url in info.deviceUrl or [] if url.targetId]
        self._folder = folder
        self._on_progress = on_progress
        self._bar = progress
        self._idle_timeout = idle_timeout
        sizes = [url.fileSize for url in self._urls]
        # Sizes are optional in the lease; the capacity is an upper bound for the percentage.
        self._total = sum(sizes) if all(sizes) else (info.totalDiskCapacityInKB or 0) * 1024
        self._done = 0

    @property
    def targets(self) -> list[str]:
        return [url.targetId for url in self._urls]

    def run(self) -> list[_Exported]:
        for url in self._urls:
            if "/" in url.targetId or url.targetId.startswith("."):
                raise OvfError(f"the lease names a file {url.targetId!r} that cannot be written as it is")
        exported = []
        with _LeaseKeeper(self._lease) as keeper:
            for url in self._urls:
                exported.append(self._download(url, keeper))
                keeper.report()
        if self._on_progress is not None and self._done != self._total:
            self._on_progress(self._done, self._done)  # the capacity was an estimate: end at 100 %
        return exported

    def _download(self, device: Any, keeper: _LeaseKeeper) -> _Exported:
        target = self._folder / device.targetId
        part = target.with_name(target.name + ".part")
        hasher = hashlib.sha256()
        base, written = self._done, 0
        try:
            with (
                self._client.transport.transfers.open(
                    "GET",
                    device.url,
                    sha1_thumbprint=device.sslThumbprint or None,
                    idle_timeout=self._idle_timeout,
                ) as reply,
                open(part, "wb") as sink,
            ):
                if reply.status != 200:
                    raise TransferError(
                        f"GET of {device.targetId} from the export lease answered HTTP {reply.status}: "
                        "see the host's log (the lease was aborted)",
                        status=reply.status,
                    )
                size = int(reply.headers.get("content-length", "0") or 0)
                with Progress(f"downloading {device.targetId}", size, None, self._bar) as shown:
                    for chunk in reply.chunks():
                        sink.write(chunk)
                        hasher.update(chunk)
                        written += len(chunk)
                        shown.update(written)
                        self._done = base + written
                        total = max(self._total, self._done)
                        keeper.percent = min(99, self._done * 100 // total) if total else 0
                        if self._on_progress is not None:
                            self._on_progress(self._done, total)
            part.replace(target)
        finally:
            part.unlink(missing_ok=True)
        log.info("downloaded %s (%d bytes)", device.targetId, written)
        return _Exported(device.key, device.targetId, written, hasher.hexdigest())


def _counted(chunks: Iterable[bytes], shown: Progress) -> Iterator[bytes]:
    """Progress by bytes handed to the socket, in the caller's thread."""
    sent = 0
    for chunk in chunks:
        yield chunk
        sent += len(chunk)
        shown.update(sent)
