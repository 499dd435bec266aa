/**
 * Word files built to hurt: a zip whose headers lie about how big an entry is, and XML with a
 * DOCTYPE. Both are refused with their own sentence before mammoth sees a byte of them.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LYING_BOMB_CLAIMED_BYTES, makeLyingZipBomb } from '../../test/fixtures/hostile-files';
import { makeTranscriptDocx } from '../../test/fixtures/make-docx';
import { docxToText } from './docx';
import { describeImportError, ImportError } from './errors';
import { importTranscript } from './import-transcript';

async function refusal(bytes: Uint8Array): Promise<ImportError> {
  try {
    await importTranscript({ name: 'wawancara.docx', bytes });
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('imported');
}

describe('a .docx whose zip headers understate its sizes', () => {
  const bomb = makeLyingZipBomb();

  it('passes any check that trusts the headers (the file is small, the claimed sizes tiny)', () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const claimed: number[] = [];
    unzipSync(bomb, { filter: (file) => (claimed.push(file.originalSize), false) });
    expect(Math.max(...claimed)).toBe(LYING_BOMB_CLAIMED_BYTES);
  });

  it('is refused as a zip bomb once it inflates past what it claimed', async () => {
    const err = await refusal(bomb);
    expect(err.code).toBe('zip-bomb');
    expect(describeImportError(err, 'en')).toBe(
      'The file "wawancara.docx" would expand to an enormous size when opened, so it was refused for safety; save the document again in Word, then import it again.',
    );
  });
});

describe('a .docx with a DOCTYPE', () => {
  it('is refused as unsafe, not as damaged', async () => {
    const parts = unzipSync(await makeTranscriptDocx());
    const body = strFromU8(parts['word/document.xml']!);
    parts['word/document.xml'] = strToU8(body.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE w:document [<!ENTITY nama "Sri Wahyuni">]>'));
    const err = await refusal(zipSync(parts));
    expect(err.code).toBe('unsafe-docx');
    expect(describeImportError(err, 'en')).toBe(
      'The file "wawancara.docx" was refused as unsafe: its XML declares a DOCTYPE, which Word never writes and which can be used for attacks; open it in Word and save it again as .docx, then import it again.',
    );
    expect(describeImportError(err, 'id')).toMatch(/^Berkas "wawancara\.docx" ditolak karena tidak aman: XML di dalamnya memuat DOCTYPE/);
  });
});

describe('what mammoth is given', () => {
  it('still reads a real transcript whole, images and all left packed', async () => {
    const text = await docxToText(await makeTranscriptDocx());
    expect(text).toContain('P: Selamat pagi, Bu. Bagaimana program pemberdayaan UMKM di dinas ini dimulai?');
  });
});
