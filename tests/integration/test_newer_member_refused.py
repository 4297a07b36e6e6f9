"""Against vcsim (API 6.5): a member newer than the negotiated API is refused before anything is sent.

Real servers reject members newer than the version a client speaks
("Unexpected element tag", terraform-provider-vsphere #289, #379); vcsim
would silently take it. pyvmomo refuses it locally, naming the member, the
version it exists since and the version negotiated. A FaultProxy between the
client and vcsim counts what actually reached the server.
"""

from __future__ import annotations

import pytest

import pyvmomo
from pyvmomo.vim25 import VirtualDeviceConfigSpec, VirtualMachine, VirtualMachineConfigSpec, VirtualNVDIMM
from tests.tools.faultproxy import FaultProxy
from tests.vcsim import VcsimFactory

pytestmark = pytest.mark.integration


def first_vm(client: pyvmomo.Client) -> VirtualMachine:
    content = client.content
    assert content.searchIndex is not None
    found = content.searchIndex.FindByInventoryPath(inventoryPath="DC0/vm/DC0_H0_VM0")
    assert isinstance(found, VirtualMachine)
    return found


def test_a_member_newer_than_the_negotiated_api_is_refused_before_anything_is_sent(
    vcsim_factory: VcsimFactory,
) -> None:
    server = vcsim_factory()
    with FaultProxy(server.url) as proxy, pyvmomo.connect(proxy.url, user="u", password="p") as client:
        assert client.api_version == "6.5"
        vm = first_vm(client)
        too_new = VirtualMachineConfigSpec(annotation="pyvmomo", sevEnabled=True)  # sevEnabled: 7.0.1.0
        with pytest.raises(pyvmomo.ArgumentError) as info:
            vm.ReconfigVM_Task(spec=too_new)
        assert str(info.value) == (
            f"ReconfigVM_Task on {vm!r}: VirtualMachineConfigSpec.sevEnabled exists since API 7.0.1.0, "
            "but this connection speaks 6.5; leave it unset"
        )
        assert proxy.delivered["ReconfigVM_Task"] == 0

        vm.ReconfigVM_Task(spec=VirtualMachineConfigSpec(annotation="pyvmomo")).wait(timeout=30)
        assert proxy.delivered["ReconfigVM_Task"] == 1  # the same call without it goes through


def test_a_type_newer_than_the_negotiated_api_is_refused_even_in_an_old_slot(
    vcsim_factory: VcsimFactory,
) -> None:
    server = vcsim_factory()
    with FaultProxy(server.url) as proxy, pyvmomo.connect(proxy.url, user="u", password="p") as client:
        vm = first_vm(client)
        device = VirtualNVDIMM(key=-1, capacityInMB=16)  # VirtualNVDIMM: since 6.7
        spec = VirtualMachineConfigSpec(
            deviceChange=[VirtualDeviceConfigSpec(operation="add", device=device)]
        )
        with pytest.raises(pyvmomo.ArgumentError) as info:
            vm.ReconfigVM_Task(spec=spec)
        assert "VirtualNVDIMM exists since API 6.7, but this connection speaks 6.5" in str(info.value)
        assert proxy.delivered["ReconfigVM_Task"] == 0
