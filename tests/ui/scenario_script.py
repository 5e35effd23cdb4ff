"""What the scenario test types (tests/ui/test_build_from_empty.py), kept apart so that the authoring
benchmark can count its keystrokes: every step is one line typed into the capture box."""

from __future__ import annotations

PROBLEM = "Memory wall in AI servers"
PRODUCT = "Optical memory fabric"
PATHWAYS = ("Near-memory compute", "Photonic interconnect", "Chiplet packaging")

# Twelve steps across all four lanes and three pathways, ISO dates and TRL typed in the line.
STEP_LINES = (
    "Coherence study 2027-01-01 to 2027-06-30 @Res #Near TRL2-3",
    "PIM macro design 2027-07-01 to 2028-03-31 @Tech #Near TRL3-5",
    "PIM test chip 2028-04-01 to 2028-12-31 @Prod #Near TRL5-6",
    "Hyperscaler pilot 2029-01-01 to 2029-09-30 @Ind #Near TRL6-7",
    "Waveguide physics 2027-01-01 to 2027-09-30 @Res #Phot TRL1-3",
    "Modulator array 2027-10-01 to 2028-06-30 @Tech #Phot TRL3-4",
    "Optical I/O module 2028-07-01 to 2029-06-30 @Prod #Phot TRL4-6",
    "Switch vendor trial 2029-07-01 to 2030-03-31 @Ind #Phot TRL6-7",
    "Interposer research 2027-03-01 to 2027-12-31 @Res #Chip TRL2-4",
    "Hybrid bonding line 2028-01-01 to 2028-09-30 @Tech #Chip TRL4-5",
    "Chiplet reference kit 2028-10-01 to 2029-06-30 @Prod #Chip TRL5-7",
    "Foundry partnership 2029-07-01 to 2030-06-30 @Ind #Chip TRL7-8",
)
MILESTONE_LINES = (
    "Tape-out 2028-06-30 @Tech #Near !mile",
    "First light 2028-03-31 @Tech #Phot !mile",
)
GATE_LINE = "Go/no-go review 2028-12-15 @Ind #Chip !gate"
PASTED_LIST = "Survey vendors\nWrite spec\nBuild rig\nRun trials\nReport results"
