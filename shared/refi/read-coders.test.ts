import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdpx } from './read-qdpx';

const TEXT = 'P: Siapa yang mengode?\nI: Dua orang mengode kalimat ini bersama.\n';
const QUOTE = 'Dua orang mengode kalimat ini';
const START = TEXT.indexOf(QUOTE);
const OWNER = '11111111-0000-4000-8000-000000000001';
const SECOND = '11111111-0000-4000-8000-000000000002';
const ABSENT = '11111111-0000-4000-8000-000000000003';
const CODE = (n: number) => `22222222-0000-4000-8000-00000000000${n}`;
const selection = (n: number, user: string, codes: number[]) =>
  `<PlainTextSelection guid="33333333-0000-4000-8000-00000000000${n}" startPosition="${START}" endPosition="${START + QUOTE.length}" creatingUser="${OWNER}">${codes
    .map((c) => `<Coding guid="44444444-0000-4000-8000-0000000000${n}${c}" creatingUser="${user}"><CodeRef targetGUID="${CODE(c)}"/></Coding>`)
    .join('')}</PlainTextSelection>`;

const QDE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Dua pengode" origin="QualCoder 3.6" creatingUserGUID="${OWNER}">
  <Users><User guid="${OWNER}" name="Sari"/><User guid="${SECOND}" name="Budi"/></Users>
  <CodeBook><Codes><Code guid="${CODE(1)}" name="Kolaborasi" isCodable="true"/><Code guid="${CODE(2)}" name="Kolaborasi" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="55555555-0000-4000-8000-000000000001" name="W1" plainTextPath="internal://w1.txt">
    ${selection(1, OWNER, [1])}${selection(2, SECOND, [1, 2])}${selection(3, ABSENT, [2])}
  </TextSource></Sources>
</Project>`;

describe('codings keep who made them', () => {
  const { snapshot } = readQdpx(zipSync({ 'project.qde': strToU8(QDE), 'sources/w1.txt': strToU8(TEXT) }));

  it('makes the owner the researcher and every other user (even one the Users list forgot) a coder', () => {
    expect(snapshot.project.researcher).toBe('Sari');
    expect(snapshot.coders.map((c) => c.name)).toEqual(['Budi', ABSENT.toLowerCase()]);
  });

  it('keeps one segment per coder on the same words, with that coder’s codes, duplicate code names apart', () => {
    const byCoder = new Map(snapshot.segments.map((s) => [s.coderId, s]));
    expect(snapshot.segments).toHaveLength(3);
    const budi = snapshot.coders[0]!.id;
    expect(byCoder.get(null)!.codeIds).toEqual([CODE(1).toLowerCase()]);
    expect(byCoder.get(budi)!.codeIds).toEqual([CODE(1).toLowerCase(), CODE(2).toLowerCase()]);
    for (const s of snapshot.segments) expect(TEXT.slice(s.start, s.end)).toBe(QUOTE);
  });
});
