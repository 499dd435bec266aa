import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTranscriptDocx } from '../../test/fixtures/make-docx';
import { importQdpx } from './import-qdpx';
import { readQdpx } from './read-qdpx';

const SOURCE = 'e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4';
const QDE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo Mac" origin="NVivo for Mac 15.0.0">
  <CodeBook><Codes><Code guid="66666666-0000-4000-8000-000000000001" name="Pelatihan" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${SOURCE}" name="Wawancara Bu Ratna" plainTextPath="internal://${SOURCE}.txt" richTextPath="internal://${SOURCE}.docx">
    <PlainTextSelection guid="77777777-0000-4000-8000-000000000001" startPosition="0" endPosition="1"><Coding guid="88888888-0000-4000-8000-000000000001"><CodeRef targetGUID="66666666-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
  </TextSource></Sources>
</Project>`;

describe('a source whose plain text is empty and whose words are only in the .docx (NVivo for Mac)', async () => {
  const bytes = zipSync({ 'project.qde': strToU8(QDE), [`sources/${SOURCE}.txt`]: strToU8('\n'), [`sources/${SOURCE}.docx`]: await makeTranscriptDocx(), 'sources/.root': new Uint8Array(0) });

  it('opens the transcript from the .docx and says its segment could not be placed', async () => {
    const { snapshot, warnings } = await importQdpx(bytes);
    expect(snapshot.documents).toHaveLength(1);
    expect(snapshot.documents[0]!.text).toContain('Pelatihan kami adakan tiap bulan.');
    expect(snapshot.segments).toEqual([]);
    expect(warnings).toEqual([{ code: 'text-from-rich-text', what: 'Wawancara Bu Ratna', count: 1 }]);
  });

  it('without the .docx step (readQdpx) reports the source as empty instead of opening a blank transcript', () => {
    const { snapshot, warnings } = readQdpx(bytes);
    expect(snapshot.documents).toEqual([]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        { code: 'skipped-sources', what: 'TextSource', count: 1 },
        { code: 'skipped-codings-missing-source', what: 'TextSource', count: 1 },
      ]),
    );
  });
});
