"""The Storage Policy service (PBM) through ``client.pbm`` against vcsim's PBM simulator.

vcsim implements RetrieveServiceContent, QueryProfile, QueryAssociatedProfile,
RetrieveContent, Create, Delete and CheckRequirements (VPX model only); each
is called here through the typed proxies. vcsim's CheckRequirements returns
every datastore and QueryAssociatedProfile returns nothing: the tests check
what it returns, not more. The ``vcSessionCookie`` header, which vcsim
ignores, is checked on the wire in tests/wire/test_pbm_session_header.py.
"""

from __future__ import annotations

import http.client
import subprocess
import sys
import urllib.parse
import uuid
from collections.abc import Iterator
from typing import assert_type

import pytest

import pyvmomo
from pyvmomo import OutcomeUnknown, ProtocolError
from pyvmomo.pbm import (
    PbmCapabilityConstraintInstance,
    PbmCapabilityInstance,
    PbmCapabilityMetadataUniqueId,
    PbmCapabilityProfile,
    PbmCapabilityProfileCreateSpec,
    PbmCapabilityPropertyInstance,
    PbmCapabilitySubProfile,
    PbmCapabilitySubProfileConstraints,
    PbmPlacementCapabilityProfileRequirement,
    PbmProfileId,
    PbmProfileResourceType,
    PbmServerObjectRef,
    PbmServiceInstanceContent,
)
from pyvmomo.pbm.managed.pbm_profile_profile_manager import PbmProfileProfileManager
from pyvmomo.serialize import decode_reply
from pyvmomo.vim25 import InvalidArgument
from tests.tools.faultproxy import FaultProxy
from tests.tools.rawsoap import PBM_QUERY_PROFILE, PBM_SERVICE_CONTENT, envelope
from tests.vcsim import VcsimServer

pytestmark = pytest.mark.integration

STORAGE = PbmProfileResourceType(resourceType="STORAGE")


@pytest.fixture
def client(vcsim: VcsimServer) -> Iterator[pyvmomo.Client]:
    with pyvmomo.connect(vcsim.url, "user", "pass") as c:
        yield c


def profiles(client: pyvmomo.Client) -> PbmProfileProfileManager:
    manager = client.pbm.content.profileManager
    assert isinstance(manager, PbmProfileProfileManager)
    return manager


def test_the_pbm_service_content_is_fetched_once_with_typed_managers(client: pyvmomo.Client) -> None:
    content = client.pbm.content
    assert isinstance(content, PbmServiceInstanceContent)
    assert content.aboutInfo.name == "PBM"
    assert client.pbm.content is content  # not fetched again
    assert content.placementSolver.type == "PbmPlacementSolver"
    assert client.pbm.transport.url.endswith("/pbm/sdk")
    # vcsim negotiates vim25 6.5: its PBM version parent is 6.5
    assert (client.api_version, client.pbm.version) == ("6.5", "6.5")


def test_query_profile_and_retrieve_content_read_the_simulators_policies(client: pyvmomo.Client) -> None:
    assert_type(client.pbm.content, PbmServiceInstanceContent)
    ids = profiles(client).PbmQueryProfile(resourceType=STORAGE)
    assert_type(ids, list[PbmProfileId])
    assert ids and all(isinstance(i, PbmProfileId) for i in ids)
    found = profiles(client).PbmRetrieveContent(profileIds=ids)
    names = {p.name for p in found}
    assert "vSAN Default Storage Policy" in names
    vsan = next(p for p in found if p.name == "vSAN Default Storage Policy")
    assert isinstance(vsan, PbmCapabilityProfile)
    assert isinstance(vsan.constraints, PbmCapabilitySubProfileConstraints)
    rules = {
        prop.id: prop.value
        for sub in vsan.constraints.subProfiles
        for capability in sub.capability
        for constraint in capability.constraint
        for prop in constraint.propertyInstance
    }
    assert rules["hostFailuresToTolerate"] == 1
    assert rules["forceProvisioning"] is False


def test_query_associated_profile_returns_what_vcsim_has_nothing(client: pyvmomo.Client) -> None:
    entity = PbmServerObjectRef(objectType="virtualMachine", key="vm-42")
    assert profiles(client).PbmQueryAssociatedProfile(entity=entity) == []


def test_a_policy_is_created_read_back_and_deleted(client: pyvmomo.Client) -> None:
    name = f"gold-{uuid.uuid4().hex[:8]}"
    rule = PbmCapabilityInstance(
        id=PbmCapabilityMetadataUniqueId(namespace="VSAN", id="hostFailuresToTolerate"),
        constraint=[
            PbmCapabilityConstraintInstance(
                propertyInstance=[PbmCapabilityPropertyInstance(id="hostFailuresToTolerate", value=2)]
            )
        ],
    )
    spec = PbmCapabilityProfileCreateSpec(
        name=name,
        description="two failures to tolerate",
        category="REQUIREMENT",
        resourceType=STORAGE,
        constraints=PbmCapabilitySubProfileConstraints(
            subProfiles=[PbmCapabilitySubProfile(name="vSAN", capability=[rule])]
        ),
    )
    created = profiles(client).PbmCreate(createSpec=spec)
    assert isinstance(created, PbmProfileId)
    [read] = profiles(client).PbmRetrieveContent(profileIds=[created])
    assert read.name == name and read.description == "two failures to tolerate"
    outcomes = profiles(client).PbmDelete(profileId=[created])
    assert [o for o in outcomes if o.fault is not None] == []  # vcsim lists no outcome on success
    assert created.uniqueId not in {
        i.uniqueId for i in profiles(client).PbmQueryProfile(resourceType=STORAGE)
    }


def test_a_pbm_fault_is_raised_as_the_vim25_class_the_server_named(client: pyvmomo.Client) -> None:
    with pytest.raises(InvalidArgument) as raised:
        profiles(client).PbmRetrieveContent(profileIds=[PbmProfileId(uniqueId="no-such-policy")])
    assert raised.value.remote_method == "PbmRetrieveContent"


def test_check_requirements_lists_the_datastores_vcsim_offers(client: pyvmomo.Client) -> None:
    [policy, *_] = profiles(client).PbmQueryProfile(resourceType=STORAGE)
    results = client.pbm.content.placementSolver.PbmCheckRequirements(
        placementSubjectRequirement=[PbmPlacementCapabilityProfileRequirement(profileId=policy)]
    )
    assert results
    assert {r.hub.hubType for r in results} == {"Datastore"}


def test_a_killed_session_is_renewed_once_and_the_pbm_call_succeeds(
    vcsim: VcsimServer, client: pyvmomo.Client
) -> None:
    before = profiles(client).PbmQueryProfile(resourceType=STORAGE)
    generation = client.transport.session.generation
    with pyvmomo.connect(vcsim.url, "user", "pass") as admin:
        assert client.session is not None and admin.content.sessionManager is not None
        admin.content.sessionManager.TerminateSession(sessionId=[client.session.key])
    after = profiles(client).PbmQueryProfile(resourceType=STORAGE)
    assert [i.uniqueId for i in after] == [i.uniqueId for i in before]
    assert client.transport.session.generation == generation + 1  # one re-login


def gold_spec(name: str) -> PbmCapabilityProfileCreateSpec:
    rule = PbmCapabilityInstance(
        id=PbmCapabilityMetadataUniqueId(namespace="VSAN", id="stripeWidth"),
        constraint=[
            PbmCapabilityConstraintInstance(
                propertyInstance=[PbmCapabilityPropertyInstance(id="stripeWidth", value=2)]
            )
        ],
    )
    return PbmCapabilityProfileCreateSpec(
        name=name,
        category="REQUIREMENT",
        resourceType=STORAGE,
        constraints=PbmCapabilitySubProfileConstraints(
            subProfiles=[PbmCapabilitySubProfile(name="vSAN", capability=[rule])]
        ),
    )


def test_a_lost_pbm_reply_is_re_sent_for_a_query_and_not_for_a_create(vcsim: VcsimServer) -> None:
    retry = pyvmomo.RetryPolicy(attempts=3, backoff=0.0, max_backoff=0.0, jitter=0.0)
    with FaultProxy(vcsim.url) as proxy, pyvmomo.connect(proxy.url, "user", "pass", retry=retry) as client:
        manager = profiles(client)
        proxy.inject("PbmQueryProfile", "reset_before_response")
        assert manager.PbmQueryProfile(resourceType=STORAGE)  # safe: re-sent after the reset
        assert proxy.delivered["PbmQueryProfile"] == 2
        name = f"lost-{uuid.uuid4().hex[:8]}"
        proxy.inject("PbmCreate", "reset_before_response")
        with pytest.raises(OutcomeUnknown):
            manager.PbmCreate(createSpec=gold_spec(name))  # not safe: the server may have created it
        assert proxy.delivered["PbmCreate"] == 1
        created = [
            p for p in manager.PbmRetrieveContent(profileIds=manager.PbmQueryProfile(resourceType=STORAGE))
        ]
        [made] = [p for p in created if p.name == name]  # it did: re-sending would have made two
        manager.PbmDelete(profileId=[made.profileId])


def post_raw(url: str, inner: str, cookie: str | None = None) -> bytes:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"urn:pbm/6.5"'}
    if cookie:
        headers["Cookie"] = f"vmware_soap_session={cookie}"
    try:
        conn.request("POST", parts.path, envelope(inner), headers)
        return conn.getresponse().read()
    finally:
        conn.close()


def test_recorded_pbm_replies_decode_without_naming_the_service(
    vcsim: VcsimServer, client: pyvmomo.Client
) -> None:
    content_reply = post_raw(vcsim.pbm_url, PBM_SERVICE_CONTENT)
    query_reply = post_raw(vcsim.pbm_url, PBM_QUERY_PROFILE, client.session_cookie)
    content = decode_reply(content_reply)
    assert isinstance(content, PbmServiceInstanceContent)
    assert content.profileManager.type == "PbmProfileProfileManager"
    ids = decode_reply(query_reply, "PbmQueryProfile")
    assert ids and all(isinstance(i, PbmProfileId) for i in ids)
    with pytest.raises(ProtocolError) as refused:
        decode_reply(query_reply, "PbmQueryProfile", bindings="pyvmomo.vim25")
    message = str(refused.value)
    assert "{urn:pbm}PbmQueryProfileResponse" in message
    assert "{urn:vim25}PbmQueryProfileResponse" in message


def test_pyvmomo_pbm_is_imported_only_when_client_pbm_is_used(vcsim: VcsimServer) -> None:
    script = (
        "import sys, pyvmomo\n"
        f"client = pyvmomo.connect({vcsim.url!r}, 'user', 'pass')\n"
        "before = 'pyvmomo.pbm' in sys.modules\n"
        "client.pbm.content\n"
        "print(before, 'pyvmomo.pbm' in sys.modules)\n"
        "client.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr
