"""Only what pyproject.toml cannot say: ship the top-level resources/ folder inside the wheel.

DESIGN keeps icons, translations and samples in resources/ at the top of the checkout; in an
installed wheel they live in the package `roadmap._resources` (see roadmap/locations.py).
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["roadmap", "roadmap.*"]), "roadmap._resources"],
    package_dir={"roadmap._resources": "resources"},
)
