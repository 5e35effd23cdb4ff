"""Technology transfer in the desktop app: patents, organizations, people and their moves, and
the transfer figures and charts."""
