/** Ids for the entities of a file being read: its GUIDs where present and unique, derived ones otherwise. */
import { derivedGuid } from './guid';
import type { XmlElement } from './xml-tree';

export class IdAllocator {
  private readonly used = new Set<string>();

  /** @param idFor maps a GUID from the file to the id Pilah gives the entity. */
  constructor(private readonly idFor: (guid: string) => string) {}

  /** The id for `element` (the `index`-th of its `kind`), never one already handed out. */
  take(element: XmlElement, kind: string, index: number): string {
    const guid = element.attributes.guid;
    let id = guid ? this.idFor(guid) : derivedGuid('missing-guid', kind, String(index));
    // Duplicate GUIDs happen in hand-made files; the second one must not overwrite the first.
    if (this.used.has(id)) id = derivedGuid('duplicate-guid', kind, id, String(index));
    this.used.add(id);
    return id;
  }
}
