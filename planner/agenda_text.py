"""The agenda file's text, kept in pieces so that a change of one star rewrites one piece.

The text is what json.dumps(to_document(agenda), ensure_ascii=False, indent=2) writes: one
piece per entry, in the order of their ids, joined by commas, inside a fixed head and tail.
Each piece is put together from strings encoded by json's C encoder (with an indent json.dumps
encodes in Python: 100 ms for 10,000 stars). Building every piece is still ~10 ms at 10,000
stars; a star key changes one entry, so the text of the new agenda is made from the pieces of
the last one, with the entries it does not share built anew. An AgendaText never changes.
"""

from __future__ import annotations

from bisect import bisect_left
from json.encoder import encode_basestring as _q  # type: ignore[attr-defined]  # the C one

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~10% of a start-up)
if TYPE_CHECKING:
    from planner.agenda import Agenda, Entry

# Above this many entries changed, all pieces are built again: the edits cost more.
MOST_EDITS = 64


def _piece(pid: str, e: Entry) -> str:
    return (f'    {_q(pid)}: {{\n      "starred_at": {_q(e.starred_at)},\n'
            f'      "note": {_q(e.note)},\n      "level": {_q(e.level)}\n    }}')


class AgendaText:
    """The file's text of `agenda`, as pieces in file order."""

    __slots__ = ("_ids", "_pieces", "agenda")

    def __init__(self, agenda: Agenda, ids: list[str], pieces: list[str]) -> None:
        self.agenda = agenda
        self._ids = ids  # sorted: the file's order
        self._pieces = pieces

    @classmethod
    def of(cls, agenda: Agenda) -> AgendaText:
        entries = agenda.entries
        ids = sorted(entries)
        return cls(agenda, ids, [_piece(pid, entries[pid]) for pid in ids])

    def changed_to(self, agenda: Agenda) -> AgendaText:
        """The text of `agenda`, made from this one's pieces where the entry is the same
        (the very object: a changed agenda shares every entry it did not change)."""
        if agenda is self.agenda:
            return self
        # Added, changed or removed: every id whose entry is not the very object of the last
        # text (found in C by Agenda.differs_from: a Python loop over 10,000 cost more).
        changed = agenda.differs_from(self.agenda)
        if len(changed) > MOST_EDITS:
            return AgendaText.of(agenda)
        new = agenda.entries
        ids, pieces = list(self._ids), list(self._pieces)
        for pid in changed:
            i = bisect_left(ids, pid)
            here = i < len(ids) and ids[i] == pid
            if pid not in new:
                if here:
                    del ids[i], pieces[i]
            elif here:
                pieces[i] = _piece(pid, new[pid])
            else:
                ids.insert(i, pid)
                pieces.insert(i, _piece(pid, new[pid]))
        return AgendaText(agenda, ids, pieces)

    def text(self, format_name: str, version: int) -> str:
        starred = "{\n" + ",\n".join(self._pieces) + "\n  }" if self._pieces else "{}"
        return (f'{{\n  "format": {_q(format_name)},\n  "version": {version},\n'
                f'  "starred": {starred}\n}}\n')
