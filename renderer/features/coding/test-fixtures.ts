/** Small builders of domain rows for the coding workspace's unit tests, in project p1. */
import type { Code, Segment } from '../../../shared/model/types';
import { makeCode as makeProjectCode, makeSegment as makeProjectSegment } from '../../testing/fixtures';

export function makeSegment(id: string, start: number, end: number, codeIds: string[], documentId = 'd1'): Segment {
  return makeProjectSegment('p1', id, documentId, start, end, codeIds);
}

/** A code with an Indonesian and an English label, under `parentId`, at `order` among its siblings. */
export function makeCode(id: string, parentId: string | null, labelId: string, labelEn: string, order = 0): Code {
  return { ...makeProjectCode('p1', id, labelId), parentId, label: { id: labelId, en: labelEn }, order };
}
