/**
 * The Bab IV figures read back as pictures: every bar as long as the count the displays give
 * its cell, every indicator of the framework in the findings diagram with its stored verdict,
 * and the student's text escaped and wrapped so it stays inside the picture.
 */
import { describe, expect, it } from 'vitest';
import { analysedProject } from '../appendix/test-support';
import { roleOrderedMatrix } from '../display/clustered';
import { leafRows, frameworkRows } from '../display/code-rows';
import { applyChangeset } from '../model/changeset';
import { childrenOf } from '../project/code-tree';
import { codeFrequencyByGroup, findingsDiagramSvg, findingsTree, frequencyChartSvg, wrapText } from '.';

const fixture = analysedProject();
const framework = childrenOf(fixture.state, null).find((code) => code.label.id === 'Pemberdayaan')!;

/** Every element with `data-code`: its attributes. */
function tagged(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag} ([^>]*data-code="[^"]*"[^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('code-frequency chart by informant group', () => {
  it('draws one bar per informant group for every indicator, each equal to the display’s count, lengths in proportion', () => {
    const { state } = fixture;
    const data = codeFrequencyByGroup(state, framework.id, 'id');
    expect(data.series.map((s) => s.label)).toEqual(['ASN', 'Pelaku UMKM']);
    const svg = frequencyChartSvg(data, 'id', 'Frekuensi');
    const bars = tagged(svg, 'rect');
    const matrix = roleOrderedMatrix(state, { rootCodeId: framework.id, locale: 'id', by: 'group' });
    const indicators = leafRows(state, frameworkRows(state, framework.id, 'id'));
    expect(bars).toHaveLength(indicators.length * 2);
    const unit = Math.max(...bars.map((b) => Number(b.width) / Math.max(1, Number(b['data-count']))));
    for (const row of indicators) {
      const r = matrix.rows.findIndex((m) => m.codeId === row.codeId);
      for (const [j, column] of matrix.columns.entries()) {
        if (!column.key.startsWith('group:')) continue;
        const bar = bars.find((b) => b['data-code'] === row.codeId && b['data-series'] === column.key)!;
        expect(Number(bar['data-count']), `${row.label} × ${column.label}`).toBe(matrix.cells[r]![j]!.count);
        expect(Number(bar.width)).toBeCloseTo(unit * matrix.cells[r]![j]!.count, 0);
      }
    }
    // The coded indicator has a bar; observation notes are not an informant group.
    const sosialisasi = bars.filter((b) => b['data-code'] === fixture.codeId('Sosialisasi program')).map((b) => Number(b['data-count']));
    expect(sosialisasi).toEqual([1, 1]);
    expect(bars.some((b) => b['data-series']?.startsWith('source:'))).toBe(false);
    // A segment coded once more changes its bar.
    const more = applyChangeset(state, { put: { segments: [{ ...fixture.segments.pelatihan, id: crypto.randomUUID(), codeIds: [fixture.codeId('Sosialisasi program')] }] } });
    const after = tagged(frequencyChartSvg(codeFrequencyByGroup(more, framework.id, 'id'), 'id', 'F'), 'rect');
    expect(after.filter((b) => b['data-code'] === fixture.codeId('Sosialisasi program')).map((b) => Number(b['data-count']))).toEqual([2, 1]);
  });

  it('is an SVG of fixed pixel size with the generic font list and escaped labels', () => {
    const { state } = fixture;
    const renamed = applyChangeset(state, { project: { settings: { ...state.project.settings, informantGroups: ['ASN & <Dinas>', 'Pelaku UMKM'] } } });
    const svg = frequencyChartSvg(codeFrequencyByGroup(renamed, framework.id, 'id'), 'id', 'A & B');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+"/);
    expect(svg).toContain('font-family="Liberation Sans, Arial, sans-serif"');
    expect(svg).toContain('ASN &amp; &lt;Dinas&gt;');
    expect(svg).not.toContain('<Dinas>');
    expect(svg).toContain('Jumlah segmen data');
    expect(frequencyChartSvg(codeFrequencyByGroup(renamed, framework.id, 'en'), 'en', 'x')).toContain('Number of data segments');
  });
});

describe('findings diagram', () => {
  it('has a node for every indicator of the framework with its stored verdict, or “belum disimpulkan”', () => {
    const { state } = fixture;
    const svg = findingsDiagramSvg(findingsTree(state, framework.id, 'id'), 'id', 'Temuan');
    const nodes = tagged(svg, 'g');
    const indicators = leafRows(state, frameworkRows(state, framework.id, 'id'));
    expect(nodes.map((n) => n['data-code']).sort()).toEqual(indicators.map((r) => r.codeId).sort());
    const verdictOf = (label: string) => nodes.find((n) => n['data-code'] === fixture.codeId(label))!['data-verdict'];
    expect(verdictOf('Sosialisasi program')).toBe('Cukup optimal');
    // A conclusion without a verdict is not a verdict.
    expect(verdictOf('Pelatihan')).toBe('');
    expect(svg).toContain('>Cukup optimal</tspan>');
    const unconcluded = indicators.length - 1;
    expect(svg.match(/>belum disimpulkan<\/tspan>/g)).toHaveLength(unconcluded);
    // Every dimension and the framework are drawn.
    for (const dimension of childrenOf(state, framework.id)) expect(svg).toContain(`data-dimension="${dimension.id}"`);
    expect(svg).toContain(`data-framework="${framework.id}"`);
    // The framework's own stored verdict is shown in its box.
    expect(svg.slice(svg.indexOf('data-framework'))).toMatch(/^[^]*?>Pemberdayaan<\/tspan>.*?>Belum optimal<\/tspan>/);
    // In English: the default scale's words in English, the missing verdict too.
    const en = findingsDiagramSvg(findingsTree(state, framework.id, 'en'), 'en', 'Findings');
    expect(en).toContain('>Fairly optimal</tspan>');
    expect(en).toContain('>not concluded yet</tspan>');
  });

  it('follows the stored verdict when the student changes it', () => {
    const { state } = fixture;
    const stored = Object.values(state.conclusions).find((k) => k.codeId === fixture.codeId('Pelatihan'))!;
    const judged = applyChangeset(state, { put: { conclusions: [{ ...stored, verdict: 'Sangat <baik> & merata' }] } });
    const nodes = tagged(findingsDiagramSvg(findingsTree(judged, framework.id, 'id'), 'id', 'T'), 'g');
    expect(nodes.find((n) => n['data-code'] === stored.codeId)!['data-verdict']).toBe('Sangat &lt;baik&gt; &amp; merata');
  });
});

describe('wrapText', () => {
  it('wraps long labels between words, never wider than asked, cutting words that cannot fit', () => {
    const lines = wrapText('Pemberdayaan masyarakat melalui pelatihan pengemasan produk dan pemasaran digital', 120, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Pemberdayaan masyarakat melalui pelatihan pengemasan produk dan pemasaran digital');
    expect(wrapText('x'.repeat(80), 100, 12).every((line) => line.length < 80)).toBe(true);
    expect(wrapText('a b c d e f g h i j k l m n o p', 20, 12, { maxLines: 2 })).toHaveLength(2);
  });
});
