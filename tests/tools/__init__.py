"""Loopback test tools for the SDK tests: a fault-injecting proxy and a scripted fake vSphere."""
