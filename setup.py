"""Only what pyproject.toml cannot say: ship the top-level resources/ folder inside the wheel.

DESIGN keeps icons, translations and samples in resources/ at the top of the checkout; in an
installed wheel they live in the package `roadmap._resources` (see roadmap/locations.py).
"""

from setuptools import find_namespace_packages, setup

resources = ["roadmap._resources"] + [
    f"roadmap._resources.{name}" for name in find_namespace_packages(where="resources")
]

setup(
    packages=[*find_namespace_packages(include=["roadmap", "roadmap.*"]), *resources],
    package_dir={"roadmap._resources": "resources"},
)
