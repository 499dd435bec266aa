/**
 * Writes a codebook as nested `<Code>` elements: the same tree in a project file
 * (`project.qde`) and in a codebook file (`.qdc`), whose schemas share the Code type except
 * that only the project's may carry NoteRefs.
 */
import type { Code } from '../model/types';
import { guidForId } from './guid';
import type { XmlWriter } from './xml-writer';

const COLOR = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** The name a code is written under: its Indonesian label, else the English one, else its id. */
export const codeName = (code: Code): string => code.label.id || code.label.en || code.id;

/** The operational definition written as `Description`, Indonesian first. */
export const codeDescription = (code: Code): string => code.definition.id || code.definition.en;

export interface CodeTreeOptions {
  /** Called inside each `<Code>` after its Description, before its children (project files add NoteRefs here). */
  afterDescription?: (xml: XmlWriter, code: Code) => void;
}

/**
 * Writes `<Codes>` with every code nested under its parent, siblings in their order. A code
 * whose parent is missing, or that sits in a parent cycle, is written at the top rather than
 * lost. Writes nothing when there are no codes (the schemas reject an empty `<Codes>`).
 */
export function writeCodes(xml: XmlWriter, codes: readonly Code[], options: CodeTreeOptions = {}): void {
  if (codes.length === 0) return;
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(code);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.order - b.order);
  const written = new Set<string>();
  const writeCode = (code: Code): void => {
    written.add(code.id);
    xml.start('Code', {
      guid: guidForId(code.id),
      name: codeName(code),
      isCodable: true,
      color: COLOR.test(code.color) ? code.color : undefined,
    });
    const description = codeDescription(code);
    if (description) xml.text('Description', description);
    options.afterDescription?.(xml, code);
    for (const child of children.get(code.id) ?? []) if (!written.has(child.id)) writeCode(child);
    xml.end();
  };
  xml.start('Codes');
  for (const root of children.get(null) ?? []) writeCode(root);
  for (const code of codes) if (!written.has(code.id)) writeCode(code);
  xml.end();
}
