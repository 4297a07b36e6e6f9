"""Small OVF packages built by tests: a descriptor, a manifest, a disk, as a directory or an OVA.

Role:
    The OVF tests (and the files-and-appliances guide) deploy packages they
    build themselves, so no appliance is checked into the repository and a
    test can damage exactly one part (a digest, a missing disk, an item the
    server cannot import).

Design decisions:
    * One VM with one CPU, 64 MiB, an LSI Logic controller, one disk and one
      NIC on the OVF network ``VM Network``, and an OVF property ``greeting``:
      what ``OvfManager.CreateImportSpec`` of vcsim (govmomi 0.24) maps.
    * The OVA is an uncompressed tar in the order the OVF spec asks for:
      descriptor, manifest, then the files.
    * The manifest uses SHA-256, as ``ovftool`` writes by default.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path

__all__ = ["DISK", "DISK2", "UNSUPPORTED_ITEM", "descriptor", "manifest", "write_ova", "write_ovf"]

DISK = "tiny-disk1.vmdk"
DISK2 = "tiny-disk2.vmdk"
_ENVELOPE = """<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"
 xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
 xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
 xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
  <References>
    <File ovf:id="file1" ovf:href="{disk}" ovf:size="{size}"/>{files}
  </References>
  <DiskSection>
    <Info>Virtual disks</Info>
    <Disk ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^20"
     ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>{disks}
  </DiskSection>
  <NetworkSection>
    <Info>Networks</Info>
    <Network ovf:name="VM Network"><Description>The VM Network</Description></Network>
  </NetworkSection>
  <VirtualSystem ovf:id="tiny">
    <Info>A tiny VM</Info>
    <ProductSection>
      <Info>Properties</Info>
      <Product>tiny</Product>
      <Property ovf:key="greeting" ovf:type="string" ovf:userConfigurable="true">
        <Label>Greeting</Label></Property>
    </ProductSection>
    <VirtualHardwareSection>
      <Info>Hardware</Info>
      <System>
        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>
        <vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>
      </System>
      <Item><rasd:ElementName>1 CPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
        <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
      <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>64 MB</rasd:ElementName>
        <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
        <rasd:VirtualQuantity>64</rasd:VirtualQuantity></Item>
      <Item><rasd:ElementName>SCSI</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
        <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType><rasd:ResourceType>6</rasd:ResourceType></Item>
      <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk0</rasd:ElementName>
        <rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>
        <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
      <Item><rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>
        <rasd:Connection>VM Network</rasd:Connection>
        <rasd:ElementName>eth0</rasd:ElementName><rasd:InstanceID>5</rasd:InstanceID>
        <rasd:ResourceSubType>E1000</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType></Item>{extra}
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
"""
# A device vcsim cannot import (resource type 35, "Sound card"): CreateImportSpec reports an error.
UNSUPPORTED_ITEM = """
      <Item><rasd:ElementName>sound</rasd:ElementName><rasd:InstanceID>6</rasd:InstanceID>
        <rasd:ResourceType>35</rasd:ResourceType></Item>"""


def descriptor(disk_size: int, *, second_disk_size: int | None = None, extra_items: str = "") -> bytes:
    """The descriptor of the tiny VM whose disk file holds ``disk_size`` bytes (and a second disk's)."""
    files = disks = ""
    if second_disk_size is not None:
        files = f'\n    <File ovf:id="file2" ovf:href="{DISK2}" ovf:size="{second_disk_size}"/>'
        disks = (
            '\n    <Disk ovf:diskId="vmdisk2" ovf:fileRef="file2" ovf:capacity="2" '
            'ovf:capacityAllocationUnits="byte * 2^20"/>'
        )
        extra_items = (
            "\n      <Item><rasd:AddressOnParent>1</rasd:AddressOnParent>"
            "<rasd:ElementName>disk1</rasd:ElementName>"
            "\n        <rasd:HostResource>ovf:/disk/vmdisk2</rasd:HostResource>"
            "<rasd:InstanceID>7</rasd:InstanceID>"
            "\n        <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>"
            + extra_items
        )
    return _ENVELOPE.format(disk=DISK, size=disk_size, files=files, disks=disks, extra=extra_items).encode()


def manifest(files: dict[str, bytes], *, wrong: str | None = None) -> bytes:
    """A SHA-256 manifest of ``files``; the digest of ``wrong`` is of other bytes."""
    lines = []
    for name, data in files.items():
        digest = hashlib.sha256(data + (b"!" if name == wrong else b"")).hexdigest()
        lines.append(f"SHA256({name})= {digest}\n")
    return "".join(lines).encode()


def write_ovf(directory: Path, disk: bytes, *, with_disk: bool = True, extra_items: str = "") -> Path:
    """``tiny.ovf``, ``tiny.mf`` and (unless ``with_disk=False``) the disk in ``directory``."""
    ovf = descriptor(len(disk), extra_items=extra_items)
    (directory / "tiny.ovf").write_bytes(ovf)
    (directory / "tiny.mf").write_bytes(manifest({"tiny.ovf": ovf, DISK: disk}))
    if with_disk:
        (directory / DISK).write_bytes(disk)
    return directory / "tiny.ovf"


def write_ova(
    path: Path, disk: bytes, *, second_disk: bytes | None = None, wrong_digest: bool = False
) -> Path:
    """An OVA at ``path``: descriptor, manifest (the first disk's digest wrong if asked), the disks."""
    ovf = descriptor(len(disk), second_disk_size=None if second_disk is None else len(second_disk))
    disks = {DISK: disk} if second_disk is None else {DISK: disk, DISK2: second_disk}
    mf = manifest({"tiny.ovf": ovf, **disks}, wrong=DISK if wrong_digest else None)
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in (("tiny.ovf", ovf), ("tiny.mf", mf), *disks.items()):
            member = tarfile.TarInfo(name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return path
