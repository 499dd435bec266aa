/**
 * Memos in a REFI-QDA file live in several places (GUIDE §7): `Notes/Note` elements reached
 * by a `NoteRef`, or tied to a selection, code or source by a `Link` (ATLAS.ti's
 * "Memo-Quotation Relation"), or standing alone. Every note's text ends up somewhere: on
 * what it is attached to, else in the project journal.
 */
import { normalizeGuid } from './guid';
import { childNamed, childrenNamed, itemsIn, type XmlElement } from './xml-tree';

interface Note {
  name: string;
  text: string;
}

export class NoteIndex {
  private readonly notes = new Map<string, Note>();
  private readonly used = new Set<string>();
  /** Note GUIDs linked to each target GUID by a Link. */
  private readonly linked = new Map<string, string[]>();
  /** Links that tie a note to something; the others Pilah cannot show. */
  readonly memoLinks: number;
  readonly otherLinks: number;

  constructor(root: XmlElement, readFile: (path: string) => string | undefined) {
    for (const note of itemsIn(root, 'Notes', 'Note')) {
      const path = note.attributes.plainTextPath;
      const text = childNamed(note, 'PlainTextContent')?.text ?? (path ? readFile(path) : undefined) ?? childNamed(note, 'Description')?.text ?? '';
      this.notes.set(normalizeGuid(note.attributes.guid ?? ''), { name: note.attributes.name ?? '', text: text.replace(/\r\n?/g, '\n') });
    }
    let memoLinks = 0;
    let otherLinks = 0;
    for (const link of itemsIn(root, 'Links', 'Link')) {
      const origin = normalizeGuid(link.attributes.originGUID ?? '');
      const target = normalizeGuid(link.attributes.targetGUID ?? '');
      const [note, other] = this.notes.has(origin) ? [origin, target] : this.notes.has(target) ? [target, origin] : [null, null];
      if (note === null || other === null || other === '') {
        otherLinks++;
        continue;
      }
      memoLinks++;
      this.linked.set(other, [...(this.linked.get(other) ?? []), note]);
    }
    this.memoLinks = memoLinks;
    this.otherLinks = otherLinks;
  }

  /** The memo text attached to `element`: its NoteRefs' notes, then notes linked to it. */
  textFor(element: XmlElement): string {
    const guids = childrenNamed(element, 'NoteRef').map((ref) => normalizeGuid(ref.attributes.targetGUID ?? ''));
    guids.push(...(this.linked.get(normalizeGuid(element.attributes.guid ?? '')) ?? []));
    const texts: string[] = [];
    for (const guid of guids) {
      const note = this.notes.get(guid);
      if (!note) continue;
      this.used.add(guid);
      if (note.text.trim() !== '' && !texts.includes(note.text)) texts.push(note.text);
    }
    return texts.join('\n\n');
  }

  /** Notes nothing pointed at, each as its name above its text, for the project journal. */
  unattached(): string {
    const parts: string[] = [];
    for (const [guid, note] of this.notes) {
      if (this.used.has(guid) || note.text.trim() === '') continue;
      parts.push(note.name && note.name !== note.text ? `${note.name}\n${note.text}` : note.text);
    }
    return parts.join('\n\n');
  }
}

/** Joins memo parts with a blank line, leaving out empty ones. */
export const joinMemo = (...parts: string[]): string => parts.filter((p) => p !== '').join('\n\n');
