"""The benchmark workloads, written once per library so that both do the same work.

Each side builds the same inputs in its own object model: the same
5,000-ObjectSpec PropertyFilterSpec, the same 500-device VirtualMachineConfigSpec,
the same captured reply. Only the timed call differs, and it is each
library's own entry point:

- pyvmomo: ``Transport.encoder.request`` and ``Transport.decoder.decode``, what
  ``Transport.invoke`` runs for every call.
- pyvmomi: ``CheckField`` on each parameter + ``SoapStubAdapter.SerializeRequest``
  (what ``ManagedMethod`` invocation runs before sending), and
  ``SoapResponseDeserializer(stub).Deserialize(bytes, info.result)`` (what
  ``SoapStubAdapter.InvokeMethod`` runs on a reply).

pyvmomi is imported only inside this module's pyvmomi functions, through
``importlib`` (its objects are untyped here), so a pyvmomo worker never loads it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The same API version on both sides for offline encoding and decoding.
API_VERSION = "7.0.3.0"
PYVMOMI_VERSION_ID = "vim.version.v7_0_3_0"
VM_PATHS = ["name", "runtime.powerState", "config.hardware.numCPU", "summary"]


@dataclass(frozen=True)
class Side:
    """One library under test.

    Attributes:
        name: Display name, also the key in ``results.json``.
        distribution: Its PyPI distribution name (for the version).
        import_code: Statement(s) that import the package as a user would.
        connect_code: Statement(s) that import, connect, log in and fetch
            ServiceContent into ``content``, using ``HOST``, ``PORT``, ``URL``,
            ``USER``, ``PASSWORD``; they leave the client in ``client``.
        close_code: Statement(s) that log ``client`` out (not timed).
        decoder: Builds a function decoding a RetrievePropertiesEx reply.
        filter_request: Builds a function encoding RetrievePropertiesEx with n ObjectSpecs.
        config_request: Builds a function encoding ReconfigVM_Task with n device changes.
        caller: Connects and returns (call CurrentTime once, close).
        retriever: Connects and returns (RetrievePropertiesEx of every VM's
            ``VM_PATHS`` through a ContainerView, returning how many objects
            came back; close).
    """

    name: str
    distribution: str
    import_code: str
    connect_code: str
    close_code: str
    decoder: Callable[[], Callable[[bytes], Any]]
    filter_request: Callable[[int], Callable[[], bytes]]
    config_request: Callable[[int], Callable[[], bytes]]
    caller: Callable[[str, str, str], tuple[Callable[[], object], Callable[[], None]]]
    retriever: Callable[[str, str, str], tuple[Callable[[], int], Callable[[], None]]]


# -- pyvmomo ---------------------------------------------------------------------------------------


def _pyvmomo_transport() -> Any:
    from pyvmomo._registry import Registry
    from pyvmomo._transport import Transport

    # Offline: no request is sent; the transport only owns the encoder and decoder.
    return Transport("http://127.0.0.1/sdk", registry=Registry())


def _pyvmomo_decoder() -> Callable[[bytes], Any]:
    transport = _pyvmomo_transport()
    op = transport.registry.operation("RetrievePropertiesEx")
    decoder = transport.decoder

    def decode(content: bytes) -> Any:
        result = decoder.decode((content,), op, 200)
        if isinstance(result, Exception):
            raise result
        return result

    return decode


def _pyvmomo_filter_request(n: int) -> Callable[[], bytes]:
    from pyvmomo.vim25 import (
        ObjectSpec,
        PropertyCollector,
        PropertyFilterSpec,
        PropertySpec,
        RetrieveOptions,
        VirtualMachine,
    )

    transport = _pyvmomo_transport()
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=VirtualMachine(transport, f"vm-{i}"), skip=False) for i in range(n)],
        propSet=[PropertySpec(type="VirtualMachine", pathSet=list(VM_PATHS))],
    )
    collector = PropertyCollector(transport, "propertyCollector")
    op = transport.registry.operation("RetrievePropertiesEx")
    args = ([spec], RetrieveOptions())
    encoder = transport.encoder
    return lambda: encoder.request(collector, op, args, "bench-1")


def _pyvmomo_config_request(n: int) -> Callable[[], bytes]:
    from pyvmomo.vim25 import (
        VirtualDeviceConfigSpec,
        VirtualDeviceConnectInfo,
        VirtualDisk,
        VirtualDiskFlatVer2BackingInfo,
        VirtualEthernetCardNetworkBackingInfo,
        VirtualMachine,
        VirtualMachineConfigSpec,
        VirtualVmxnet3,
    )

    transport = _pyvmomo_transport()
    changes = []
    for i in range(n):
        if i % 2 == 0:
            disk = VirtualDisk(
                key=-(i + 1),
                controllerKey=1000,
                unitNumber=i % 16,
                capacityInKB=1048576,
                backing=VirtualDiskFlatVer2BackingInfo(
                    fileName=f"[datastore1] bench/disk-{i}.vmdk", diskMode="persistent", thinProvisioned=True
                ),
            )
            changes.append(VirtualDeviceConfigSpec(operation="add", fileOperation="create", device=disk))
        else:
            nic = VirtualVmxnet3(
                key=-(i + 1),
                backing=VirtualEthernetCardNetworkBackingInfo(deviceName="VM Network"),
                connectable=VirtualDeviceConnectInfo(
                    startConnected=True, allowGuestControl=True, connected=False
                ),
                addressType="generated",
            )
            changes.append(VirtualDeviceConfigSpec(operation="add", device=nic))
    spec = VirtualMachineConfigSpec(name="bench", numCPUs=2, memoryMB=4096, deviceChange=changes)
    vm = VirtualMachine(transport, "vm-42")
    op = transport.registry.operation("ReconfigVM_Task")
    encoder = transport.encoder
    return lambda: encoder.request(vm, op, (spec,), "bench-2")


def _pyvmomo_caller(url: str, user: str, password: str) -> tuple[Callable[[], object], Callable[[], None]]:
    import pyvmomo
    from pyvmomo.vim25 import ServiceInstance

    client = pyvmomo.connect(url, user=user, password=password)
    instance = client.ref(ServiceInstance, "ServiceInstance")
    return instance.CurrentTime, client.close


def _pyvmomo_retriever(url: str, user: str, password: str) -> tuple[Callable[[], int], Callable[[], None]]:
    import pyvmomo
    from pyvmomo.vim25 import ObjectSpec, PropertyFilterSpec, PropertySpec, RetrieveOptions, TraversalSpec

    client = pyvmomo.connect(url, user=user, password=password)
    content = client.content
    assert content.viewManager is not None
    view = content.viewManager.CreateContainerView(
        container=content.rootFolder, type=["VirtualMachine"], recursive=True
    )
    spec = PropertyFilterSpec(
        objectSet=[
            ObjectSpec(
                obj=view,
                skip=True,
                selectSet=[TraversalSpec(name="vms", type="ContainerView", path="view", skip=False)],
            )
        ],
        propSet=[PropertySpec(type="VirtualMachine", pathSet=list(VM_PATHS))],
    )
    collector = content.propertyCollector

    def retrieve() -> int:
        result = collector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
        return len(result.objects) if result is not None else 0

    return retrieve, client.close


PYVMOMO = Side(
    name="pyvmomo",
    distribution="pyvmomo",
    import_code="import pyvmomo",
    connect_code=(
        "import pyvmomo\n"
        "client = pyvmomo.connect(URL, user=USER, password=PASSWORD)\n"
        "content = client.content"
    ),
    close_code="client.close()",
    decoder=_pyvmomo_decoder,
    filter_request=_pyvmomo_filter_request,
    config_request=_pyvmomo_config_request,
    caller=_pyvmomo_caller,
    retriever=_pyvmomo_retriever,
)


# -- pyvmomi ---------------------------------------------------------------------------------------


def _pyvmomi() -> tuple[Any, Any, Any]:
    """``(SoapAdapter, vim, vmodl)``, untyped."""
    pyvmomi: Any = importlib.import_module("pyVmomi")
    return importlib.import_module("pyVmomi.SoapAdapter"), pyvmomi.vim, pyvmomi.vmodl


def _pyvmomi_stub() -> Any:
    soap, _, _ = _pyvmomi()
    # The constructor does not connect; only SerializeRequest and moref binding use the stub.
    return soap.SoapStubAdapter(host="127.0.0.1", port=1, version=PYVMOMI_VERSION_ID)


def _pyvmomi_method(cls: Any, wsdl_name: str) -> Any:
    return next(info for info in cls._methodInfo.values() if info.wsdlName == wsdl_name)


def _pyvmomi_decoder() -> Callable[[bytes], Any]:
    soap, _, vmodl = _pyvmomi()
    stub = _pyvmomi_stub()
    result_type = _pyvmomi_method(vmodl.query.PropertyCollector, "RetrievePropertiesEx").result

    def decode(content: bytes) -> Any:
        return soap.SoapResponseDeserializer(stub).Deserialize(content, result_type)

    return decode


def _pyvmomi_encoder(mo: Any, info: Any, args: list[Any]) -> Callable[[], bytes]:
    check_field = importlib.import_module("pyVmomi.VmomiSupport").CheckField
    stub = mo._stub

    def encode() -> bytes:
        for param, arg in zip(info.params, args, strict=True):
            check_field(param, arg)
        return stub.SerializeRequest(mo, info, args)  # type: ignore[no-any-return]

    return encode


def _pyvmomi_filter_request(n: int) -> Callable[[], bytes]:
    _, vim, vmodl = _pyvmomi()
    stub = _pyvmomi_stub()
    pc = vmodl.query.PropertyCollector
    spec = pc.FilterSpec(
        objectSet=[pc.ObjectSpec(obj=vim.VirtualMachine(f"vm-{i}", stub), skip=False) for i in range(n)],
        propSet=[pc.PropertySpec(type=vim.VirtualMachine, pathSet=list(VM_PATHS))],
    )
    collector = pc("propertyCollector", stub)
    info = _pyvmomi_method(pc, "RetrievePropertiesEx")
    return _pyvmomi_encoder(collector, info, [[spec], pc.RetrieveOptions()])


def _pyvmomi_config_request(n: int) -> Callable[[], bytes]:
    _, vim, _ = _pyvmomi()
    stub = _pyvmomi_stub()
    device = vim.vm.device
    changes = []
    for i in range(n):
        if i % 2 == 0:
            disk = device.VirtualDisk(
                key=-(i + 1),
                controllerKey=1000,
                unitNumber=i % 16,
                capacityInKB=1048576,
                backing=device.VirtualDisk.FlatVer2BackingInfo(
                    fileName=f"[datastore1] bench/disk-{i}.vmdk", diskMode="persistent", thinProvisioned=True
                ),
            )
            changes.append(device.VirtualDeviceSpec(operation="add", fileOperation="create", device=disk))
        else:
            nic = device.VirtualVmxnet3(
                key=-(i + 1),
                backing=device.VirtualEthernetCard.NetworkBackingInfo(deviceName="VM Network"),
                connectable=device.VirtualDevice.ConnectInfo(
                    startConnected=True, allowGuestControl=True, connected=False
                ),
                addressType="generated",
            )
            changes.append(device.VirtualDeviceSpec(operation="add", device=nic))
    spec = vim.vm.ConfigSpec(name="bench", numCPUs=2, memoryMB=4096, deviceChange=changes)
    vm = vim.VirtualMachine("vm-42", stub)
    return _pyvmomi_encoder(vm, _pyvmomi_method(vim.VirtualMachine, "ReconfigVM_Task"), [spec])


def _pyvmomi_caller(url: str, user: str, password: str) -> tuple[Callable[[], object], Callable[[], None]]:
    from urllib.parse import urlsplit

    connect: Any = importlib.import_module("pyVim.connect")
    parts = urlsplit(url)
    instance = connect.SmartConnect(
        protocol=parts.scheme, host=parts.hostname, port=parts.port, user=user, pwd=password
    )
    return instance.CurrentTime, lambda: connect.Disconnect(instance)


def _pyvmomi_retriever(url: str, user: str, password: str) -> tuple[Callable[[], int], Callable[[], None]]:
    from urllib.parse import urlsplit

    connect: Any = importlib.import_module("pyVim.connect")
    _, vim, vmodl = _pyvmomi()
    parts = urlsplit(url)
    instance = connect.SmartConnect(
        protocol=parts.scheme, host=parts.hostname, port=parts.port, user=user, pwd=password
    )
    content = instance.RetrieveContent()
    view = content.viewManager.CreateContainerView(content.rootFolder, [vim.VirtualMachine], True)
    pc = vmodl.query.PropertyCollector
    spec = pc.FilterSpec(
        objectSet=[
            pc.ObjectSpec(
                obj=view,
                skip=True,
                selectSet=[
                    pc.TraversalSpec(name="vms", type=vim.view.ContainerView, path="view", skip=False)
                ],
            )
        ],
        propSet=[pc.PropertySpec(type=vim.VirtualMachine, pathSet=list(VM_PATHS))],
    )
    collector = content.propertyCollector

    def retrieve() -> int:
        result = collector.RetrievePropertiesEx([spec], pc.RetrieveOptions())
        return len(result.objects) if result is not None else 0

    return retrieve, lambda: connect.Disconnect(instance)


PYVMOMI = Side(
    name="pyvmomi",
    distribution="pyvmomi",
    import_code="from pyVmomi import vim",
    connect_code=(
        "from pyVim.connect import SmartConnect\n"
        "client = SmartConnect(protocol='http', host=HOST, port=PORT, user=USER, pwd=PASSWORD)\n"
        "content = client.RetrieveContent()"
    ),
    close_code="from pyVim.connect import Disconnect\nDisconnect(client)",
    decoder=_pyvmomi_decoder,
    filter_request=_pyvmomi_filter_request,
    config_request=_pyvmomi_config_request,
    caller=_pyvmomi_caller,
    retriever=_pyvmomi_retriever,
)

SIDES = {side.name: side for side in (PYVMOMO, PYVMOMI)}
