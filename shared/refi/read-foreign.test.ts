import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { validateAgainstXsd } from '../../test/support/xsd';
import { readQdpx } from './read-qdpx';

const REFI = new URL('../../../shared/refi-qda/', import.meta.url).pathname;

// What another tool might write: CRLF line ends, a BOM, an astral character, positions in
// code points with CRLF counted once, upper-case GUIDs referenced in lower case and braces.
const LF_TEXT = 'P: Apa peran koperasi bagi petani?\nI: Koperasi 🌾 membantu petani\nmenjual gabah dengan harga “wajar”.\nP: Kendalanya?\nI: Modal kerja.\n';
const RAW_FILE = '\uFEFF' + LF_TEXT.replace(/\n/g, '\r\n');
const QUOTE = 'membantu petani\nmenjual gabah';
const cp = (s: string): number => Array.from(s).length;
const START = cp(LF_TEXT.slice(0, LF_TEXT.indexOf(QUOTE)));
const END = START + cp(QUOTE);

const G = {
  parent: 'AAAAAAAA-0000-4000-8000-000000000001',
  child: 'AAAAAAAA-0000-4000-8000-000000000002',
  other: 'AAAAAAAA-0000-4000-8000-000000000003',
  position: 'BBBBBBBB-0000-4000-8000-000000000001',
  group: 'BBBBBBBB-0000-4000-8000-000000000002',
  gender: 'BBBBBBBB-0000-4000-8000-000000000003',
  case: 'CCCCCCCC-0000-4000-8000-000000000001',
  source: 'DDDDDDDD-0000-4000-8000-000000000001',
  inline: 'DDDDDDDD-0000-4000-8000-000000000002',
  picture: 'DDDDDDDD-0000-4000-8000-000000000003',
  note: 'EEEEEEEE-0000-4000-8000-000000000001',
  user: 'FFFFFFFF-0000-4000-8000-000000000001',
};
const sel = (n: number) => `5E1E0000-0000-4000-8000-00000000000${n}`;
const coding = (n: number) => `C0D10000-0000-4000-8000-00000000000${n}`;

const QDE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Koperasi tani" origin="OtherTool 3.1" creatingUserGUID="${G.user}" creationDateTime="2025-03-01T09:00:00Z">
  <Users><User guid="${G.user}" name="Rina Kartika"/></Users>
  <CodeBook><Codes>
    <Code guid="${G.parent}" name="Peran koperasi" isCodable="false">
      <Code guid="${G.child}" name="Pemasaran hasil" isCodable="true" color="#C33"><Description>Koperasi membantu menjual.</Description></Code>
    </Code>
    <Code guid="${G.other}" name="Modal" isCodable="true" color="#117733"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="${G.position}" name="Position" typeOfVariable="Text"/>
    <Variable guid="${G.group}" name="Group" typeOfVariable="Text"/>
    <Variable guid="${G.gender}" name="Gender" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="${G.case}" name="Pak Darto">
      <VariableValue><VariableRef targetGUID="${G.position.toLowerCase()}"/><TextValue>Ketua kelompok tani</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${G.group}"/><TextValue>Petani</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${G.gender}"/><TextValue>Laki-laki</TextValue></VariableValue>
      <SourceRef targetGUID="{${G.source.toLowerCase()}}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="${G.source}" name="Wawancara Pak Darto.docx" plainTextPath="internal://${G.source}.txt">
      <PlainTextSelection guid="${sel(1)}" startPosition="${START}" endPosition="${END}">
        <Description>Pemasaran bersama</Description>
        <Coding guid="${coding(1)}"><CodeRef targetGUID="${G.child.toLowerCase()}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${sel(2)}" startPosition="${START}" endPosition="${END}">
        <Coding guid="${coding(2)}"><CodeRef targetGUID="${G.parent}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${sel(3)}" startPosition="5" endPosition="100000">
        <Coding guid="${coding(3)}"><CodeRef targetGUID="${G.other}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="${G.inline}" name="Catatan lapangan">
      <PlainTextContent>Rapat anggota, 3 Maret.
Hadir 20 orang.</PlainTextContent>
      <PlainTextSelection guid="${sel(4)}" startPosition="24" endPosition="39">
        <Coding guid="${coding(4)}"><CodeRef targetGUID="${G.other}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="${G.picture}" name="Foto rapat" path="internal://${G.picture}.jpg"/>
  </Sources>
  <Notes><Note guid="${G.note}" name="Journal"><PlainTextContent>Catatan peneliti &amp; refleksi.</PlainTextContent></Note></Notes>
  <Links><Link guid="${coding(9)}" originGUID="${G.note}" targetGUID="${sel(1)}"/></Links>
  <NoteRef targetGUID="${G.note}"/>
</Project>`;

const FILE = zipSync({
  'project.qde': strToU8(QDE),
  // Another tool's folder case and extension case; Pilah must still find it.
  [`Sources/${G.source.toLowerCase()}.TXT`]: strToU8(RAW_FILE),
  [`Sources/${G.picture}.jpg`]: new Uint8Array([0xff, 0xd8, 0xff]),
});

describe('readQdpx of a schema-valid file from another tool', () => {
  it('is schema-valid itself (so the test checks what the issue asks)', async () => {
    const result = await validateAgainstXsd(QDE, `${REFI}schemas/Project.xsd`);
    expect(result.errors).toEqual([]);
  });

  const { snapshot, warnings } = readQdpx(FILE, { now: '2026-01-01T00:00:00.000Z' });
  const darto = snapshot.informants[0]!;
  const interview = snapshot.documents.find((d) => d.title === 'Wawancara Pak Darto.docx')!;

  it('makes an informant from the Case, with position and group from English variable names', () => {
    expect(snapshot.informants).toHaveLength(1);
    expect(darto).toMatchObject({ label: 'Pak Darto', position: 'Ketua kelompok tani', group: 'Petani', attributes: { Gender: 'Laki-laki' } });
    expect(interview.informantId).toBe(darto.id);
    expect(snapshot.project.settings.informantGroups).toEqual(['Petani']);
  });

  it('turns the CRLF text into canonical LF text and recognises its speaker turns', () => {
    expect(interview.text).toBe(LF_TEXT);
    expect(interview.kind).toBe('interview');
    expect(interview.turns.length).toBeGreaterThanOrEqual(4);
  });

  it('maps code-point positions (CRLF counted once, emoji before them) onto the same words', () => {
    const segment = snapshot.segments.find((s) => s.documentId === interview.id)!;
    expect(interview.text.slice(segment.start, segment.end)).toBe(QUOTE);
  });

  it('merges selections over the same range into one segment with both codes', () => {
    const inInterview = snapshot.segments.filter((s) => s.documentId === interview.id);
    expect(inInterview).toHaveLength(1);
    const names = inInterview[0]!.codeIds.map((id) => snapshot.codes.find((c) => c.id === id)!.label.id);
    expect(names).toEqual(['Pemasaran hasil', 'Peran koperasi']);
    // The selection's own comment, then the note a Link ties to it (ATLAS.ti's memo relation).
    expect(inInterview[0]!.memo).toBe('Pemasaran bersama\n\nCatatan peneliti & refleksi.');
  });

  it('reads inline PlainTextContent sources', () => {
    const note = snapshot.documents.find((d) => d.title === 'Catatan lapangan')!;
    const segment = snapshot.segments.find((s) => s.documentId === note.id)!;
    expect(note.text.slice(segment.start, segment.end)).toBe('Hadir 20 orang.');
  });

  it('keeps the code tree, colours (#RGB expanded) and definitions, and the project journal', () => {
    const child = snapshot.codes.find((c) => c.label.id === 'Pemasaran hasil')!;
    const parent = snapshot.codes.find((c) => c.label.id === 'Peran koperasi')!;
    expect(child.parentId).toBe(parent.id);
    expect(child.color).toBe('#CC3333');
    expect(child.definition.id).toBe('Koperasi membantu menjual.');
    expect(snapshot.project).toMatchObject({ title: 'Koperasi tani', researcher: 'Rina Kartika', journal: 'Catatan peneliti & refleksi.' });
  });

  it('warns about everything it left out: the picture, the out-of-range selection', () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        { code: 'skipped-sources', what: 'PictureSource', count: 1 },
        { code: 'skipped-selections', what: 'Wawancara Pak Darto.docx', count: 1 },
      ]),
    );
  });

  it('says the positions were not counted the spec’s way for an unknown producer, and which fitted', () => {
    // The file counts CRLF once; an unknown producer is expected to follow the spec (twice).
    expect(warnings).toContainEqual({ code: 'offsets-unexpected', what: 'OtherTool 3.1', count: 1 });
  });
});

describe('readQdpx of real files from other tools (smoke test)', () => {
  it.each([
    { file: 'atlasti-win-23.2_codes-only.qdpx', codes: 3, documents: 0 },
    { file: 'maxqda-24_themes.qdpx', codes: 307, documents: 10 },
  ])('reads $file with its $codes nested codes', ({ file, codes, documents }) => {
    const { snapshot } = readQdpx(new Uint8Array(readFileSync(`${REFI}samples/${file}`)));
    expect(snapshot.codes).toHaveLength(codes);
    expect(snapshot.documents).toHaveLength(documents);
    expect(snapshot.codes.some((c) => c.parentId !== null)).toBe(true);
    const ids = new Set(snapshot.codes.map((c) => c.id));
    for (const code of snapshot.codes) if (code.parentId !== null) expect(ids.has(code.parentId)).toBe(true);
    expect(snapshot.codes.every((c) => c.label.id !== '' && /^#[0-9A-Fa-f]{6}$/.test(c.color))).toBe(true);
  });
});
