import { describe, expect, it } from 'vitest';
import { acceptCoding } from '../agreement/accept';
import { listDisagreements } from '../agreement/disagreements';
import { codeRange, withCoder } from '../agreement/test-support';
import { conceptuallyClusteredMatrix } from '../display/clustered';
import { applyChangeset } from '../model/changeset';
import { code, documentIdOf, projectWith, transcript } from './test-support';

const TEXT = 'P: Bagaimana pelatihan?\nI: Pelatihan rutin tiap bulan, tetapi modal masih sulit didapat.';

/** The count of a code's cell for the one transcript (no informant) in the conceptually clustered matrix. */
function countOf(state: ReturnType<typeof projectWith>, rootId: string, codeId: string): number {
  const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: rootId });
  const row = matrix.rows.findIndex((r) => r.codeId === codeId);
  return matrix.cells[row]!.reduce((sum, cell) => sum + cell.count, 0);
}

describe('the analysis reads the owner and the coders, not second coders kept for agreement', () => {
  const base = withCoder(projectWith(['factors'], [transcript('T1', TEXT)]), 'k2', 'Rina');
  const doc = documentIdOf(base, 'T1');
  const root = code(base, 'Faktor pendukung').parentId!;
  const pendukung = code(base, 'Faktor pendukung').id;
  const start = TEXT.indexOf('Pelatihan rutin');
  const owner = codeRange(base, null, doc, start, start + 15, [pendukung]);
  const both = codeRange(owner, 'k2', doc, start, start + 30, [pendukung]);

  it("counts the owner's segment once, whatever the second coder coded", () => {
    expect(countOf(owner, root, pendukung)).toBe(1);
    expect(countOf(both, root, pendukung)).toBe(1);
  });

  it("counts a coder's codings when the coder is a member of the team (role student)", () => {
    const asTeam = applyChangeset(both, { put: { coders: [{ ...both.coders['k2']!, role: 'student' }] } });
    expect(countOf(asTeam, root, pendukung)).toBe(2);
  });

  it("takes the second coder's coding into the analysis once accepted", () => {
    const [region] = listDisagreements(both, null, 'k2', pendukung);
    const accepted = applyChangeset(both, acceptCoding(both, region!, null, 'k2', 'b'));
    const matrix = conceptuallyClusteredMatrix(accepted, { rootCodeId: root });
    const row = matrix.rows.findIndex((r) => r.codeId === pendukung);
    expect(matrix.cells[row]!.flatMap((cell) => cell.quotes)).toEqual([TEXT.slice(start, start + 30)]);
  });
});
