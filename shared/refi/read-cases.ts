/**
 * Informants from a REFI-QDA file: each Case becomes one, its variables filling the
 * informant's fields (Jabatan, Kelompok … by Indonesian or English name) or free attributes.
 * MAXQDA puts document variables on the TextSource itself; such a source, when no Case
 * claims it, becomes an informant of its own, so its variables are not lost.
 */
import type { Informant } from '../model/types';
import { normalizeGuid } from './guid';
import type { IdAllocator } from './id-allocator';
import { fieldForVariable } from './informant-variables';
import { joinMemo, type NoteIndex } from './read-notes';
import { childNamed, childrenNamed, itemsIn, type XmlElement } from './xml-tree';

export interface CaseReading {
  informants: Informant[];
  /** The informant of each source GUID (normalised) a Case or the source's own variables name. */
  informantOfSource: Map<string, string>;
  /** References to parts of a transcript (`SelectionRef`), which Pilah's informants cannot hold. */
  selectionRefs: number;
}

/** Informants from the Cases, then from sources that carry variables but belong to no Case. */
export function readCases(root: XmlElement, projectId: string, ids: IdAllocator, notes: NoteIndex): CaseReading {
  const variables = new Map<string, string>();
  for (const v of itemsIn(root, 'Variables', 'Variable')) variables.set(normalizeGuid(v.attributes.guid ?? ''), v.attributes.name ?? '');
  const informants: Informant[] = [];
  const informantOfSource = new Map<string, string>();
  let selectionRefs = 0;

  const make = (element: XmlElement, label: string): Informant => {
    const order = informants.length;
    const informant: Informant = {
      id: ids.take(element, 'case', order),
      projectId,
      label: label || `I${order + 1}`,
      name: '',
      position: '',
      category: '',
      group: '',
      interviewDate: '',
      place: '',
      attributes: {},
      memo: joinMemo(childNamed(element, 'Description')?.text ?? '', notes.textFor(element)),
      order,
    };
    for (const value of childrenNamed(element, 'VariableValue')) {
      const ref = childNamed(value, 'VariableRef')?.attributes.targetGUID;
      const variableName = ref ? variables.get(normalizeGuid(ref)) : undefined;
      if (!variableName) continue;
      // The value is whichever of TextValue, IntegerValue, DateValue … the file used.
      const text = value.children.find((c) => c.name !== 'VariableRef')?.text.trim() ?? '';
      const field = fieldForVariable(variableName);
      if (field) informant[field] = text;
      else informant.attributes[variableName] = text;
    }
    if (!informant.name) informant.name = informant.label;
    informants.push(informant);
    return informant;
  };

  for (const element of itemsIn(root, 'Cases', 'Case')) {
    const informant = make(element, element.attributes.name ?? '');
    for (const ref of childrenNamed(element, 'SourceRef')) {
      const source = normalizeGuid(ref.attributes.targetGUID ?? '');
      if (!informantOfSource.has(source)) informantOfSource.set(source, informant.id);
    }
    selectionRefs += childrenNamed(element, 'SelectionRef').length;
  }
  for (const source of itemsIn(root, 'Sources', 'TextSource')) {
    const guid = normalizeGuid(source.attributes.guid ?? '');
    if (informantOfSource.has(guid) || childrenNamed(source, 'VariableValue').length === 0) continue;
    // The informant takes the source's variables but not its memo, which stays on the document.
    const informant = make({ ...source, children: childrenNamed(source, 'VariableValue'), attributes: {} }, source.attributes.name ?? '');
    informantOfSource.set(guid, informant.id);
  }
  return { informants, informantOfSource, selectionRefs };
}
